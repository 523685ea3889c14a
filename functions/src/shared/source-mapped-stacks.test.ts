import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildSync } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * Plain Node, as on Lambda: vitest maps its workers' stacks itself, so the stacks are made and mapped in a child
 * process, in a bundle built as the functions are (minified, its map beside it: frames name `index.mjs:<line>:<column>`).
 */
const thrower = `export function outer() {
  return inner()
}

function inner() {
  throw new Error('thrown on line 6')
}
`
const entry = `import { mappingErrorStacks, sourceMappedStack } from ${JSON.stringify(join(import.meta.dirname, 'source-mapped-stacks.ts'))}
import { outer } from './thrower'

const thrown = (f) => { try { f() } catch (error) { return error } }
export function run() {
  const maps = new Map()
  const raw = thrown(outer).stack
  const mapped = sourceMappedStack(raw, maps)
  const cached = [...maps.values()].find(Boolean)
  const again = sourceMappedStack(thrown(outer).stack, maps)
  const mapsRead = [...maps.values()].filter(Boolean).length
  const unbundled = 'Error: plain\\n    at f (file:///nowhere/plain.mjs:1:2)\\n    at node:internal/main:3:4'
  const error = new Error('wrapped', { cause: thrown(outer) })
  const replace = mappingErrorStacks()
  return {
    raw, mapped, mappedTwice: sourceMappedStack(mapped, maps), again, mapsRead, kept: [...maps.values()].find(Boolean) === cached,
    unbundled, unbundledMapped: sourceMappedStack(unbundled, maps),
    replacedIsSame: replace('error', error) === error, causeStack: error.cause.stack,
    passedThrough: [replace('count', 3), replace('text', 'index.mjs:1:2')],
  }
}
`
type Outcome = {
  raw: string; mapped: string; mappedTwice: string; again: string; mapsRead: number; kept: boolean
  unbundled: string; unbundledMapped: string; replacedIsSame: boolean; causeStack: string; passedThrough: unknown[]
}
let out: Outcome
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'binome-stacks-'))
  writeFileSync(join(dir, 'thrower.ts'), thrower)
  writeFileSync(join(dir, 'entry.ts'), entry)
  buildSync({ entryPoints: [join(dir, 'entry.ts')], outfile: join(dir, 'out/index.mjs'), bundle: true, minify: true, sourcemap: true, format: 'esm', platform: 'node', logLevel: 'error' })
  const script = `const { run } = await import(${JSON.stringify(pathToFileURL(join(dir, 'out/index.mjs')).href)}); console.log(JSON.stringify(run()))`
  out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } })) as Outcome
})

describe('sourceMappedStack', () => {
  it('names the source file, line and column of each bundled frame, and leaves the other lines as they are', () => {
    expect(out.raw).toMatch(/index\.mjs:\d+:\d+\)/)
    const lines = out.mapped.split('\n')
    expect(lines[0]).toBe('Error: thrown on line 6')
    expect(lines[1]).toMatch(/ \(thrower\.ts:6:\d+\)$/)
    expect(lines[2]).toMatch(/ \(thrower\.ts:2:\d+\)$/)
    expect(lines[3]).toMatch(/entry\.ts:\d+:\d+\)$/)
    expect(out.mapped).not.toContain('index.mjs')
    // The last frame is the child's script, which has no map: unchanged.
    expect(lines.at(-1)).toBe(out.raw.split('\n').at(-1))
  })

  it('changes nothing the second time, nor in a stack whose files have no map', () => {
    expect(out.mappedTwice).toBe(out.mapped)
    expect(out.unbundledMapped).toBe(out.unbundled)
  })

  it('reads a map once, the first time a stack names its file, and keeps it', () => {
    expect(out.again).toMatch(/thrower\.ts:6:\d+/)
    expect(out.mapsRead).toBe(1)
    expect(out.kept).toBe(true)
  })
})

describe('mappingErrorStacks', () => {
  it('maps the stack of a logged error and of the errors it was caused by, and passes other values through', () => {
    expect(out.replacedIsSame).toBe(true)
    expect(out.causeStack).toMatch(/thrower\.ts:6:\d+/)
    expect(out.causeStack).not.toContain('index.mjs')
    expect(out.passedThrough).toEqual([3, 'index.mjs:1:2'])
  })
})
