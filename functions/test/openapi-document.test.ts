import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateOpenApiDocument } from '../src/openapi-document'

describe('the OpenAPI document the functions serve', () => {
  it('is the one generated from the route definitions (run `pnpm openapi:generate` after changing a route)', () => {
    const served = JSON.parse(readFileSync(new URL('../src/openapi.generated.json', import.meta.url), 'utf8'))
    expect(served).toEqual(generateOpenApiDocument())
  })

  it('documents every app’s routes', () => {
    const paths = Object.keys(generateOpenApiDocument().paths as object)
    for (const prefix of ['/api/onboarding/', '/api/matching/', '/api/monitoring/']) expect(paths.some((p) => p.startsWith(prefix))).toBe(true)
  })
})
