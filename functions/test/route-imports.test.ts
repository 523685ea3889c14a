import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const src = join(import.meta.dirname, '../src')
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))

describe('route registration stays light', () => {
  it('no function imports @hono/zod-openapi at run time, except the ahead-of-time OpenAPI document', () => {
    // Importing it extends zod's whole namespace: all of zod's locales and the OpenAPI generator land in every Lambda
    // bundle (issue 13). Routes use ./shared/routes.ts; types may still come from it.
    const offenders = files(src)
      .filter((f) => !f.endsWith('openapi-document.ts') && !f.endsWith('.test.ts'))
      .filter((f) => /^import (?!type )[^\n]*from '@hono\/zod-openapi'/m.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f))
    expect(offenders).toEqual([])
  })
})
