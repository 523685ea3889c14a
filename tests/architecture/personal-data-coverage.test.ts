import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { coverageProblems, Store, systemContext, tenantData, tenantEntityCoverage } from '@binome/data'

/**
 * Every tenant entity is either reached by a person's erasure or declared free of personal data
 * (packages/data/src/personal-data-coverage.ts), so that the next entity cannot be forgotten by the erasure.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))

/** The source files that ship (tests and the declaration's own module left out), under `base`. */
function sources(base: string): string[] {
  const out: string[] = []
  for (const top of ['packages', 'functions']) {
    let entries: string[] = []
    try {
      entries = readdirSync(join(base, top), { recursive: true }) as string[]
    } catch {
      continue
    }
    for (const rel of entries) {
      const path = join(top, rel)
      if (!path.endsWith('.ts') || path.endsWith('.test.ts') || path.endsWith('.d.ts') || path.includes('node_modules') || path.endsWith('data/src/entity.ts')) continue
      if (!path.includes(`${join('src', '')}`)) continue
      out.push(join(base, path))
    }
  }
  return out
}

/**
 * The types declared with `defineTenantEntity` in the sources under `base`; throws when a declaration does not name
 * its `type` first, as a declaration this scan cannot read must not pass unseen.
 */
function declaredTenantEntities(base: string): string[] {
  const types: string[] = []
  for (const file of sources(base)) {
    const text = readFileSync(file, 'utf8')
    const calls = text.match(/defineTenantEntity(?:<[^>]*>)?\(/g)?.length ?? 0
    const named = [...text.matchAll(/defineTenantEntity(?:<[^>]*>)?\(\{\s*type:\s*'([^']+)'/g)].map((m) => m[1]!)
    if (named.length !== calls) throw new Error(`${file}: a defineTenantEntity call that does not start with its type: '…'`)
    types.push(...named)
  }
  return types
}

describe('erasure coverage of tenant entities', () => {
  it('lists every entity declared with defineTenantEntity, and nothing else', () => {
    const declared = declaredTenantEntities(root)
    expect(declared.length).toBeGreaterThan(40)
    expect(coverageProblems(declared, tenantEntityCoverage)).toEqual([])
  })

  it('names, for each entity erasure reaches, functions the tenant repositories have and the erasure calls', () => {
    const store = new Store({} as never)
    const tenant = tenantData({ tenant: store, platform: store, other: () => store }, systemContext('o1')) as unknown as Record<string, Record<string, unknown>>
    const erasure = readFileSync(join(root, 'functions/src/shared/erasure.ts'), 'utf8')
    const named = Object.values(tenantEntityCoverage).flatMap((c) => ('erasedBy' in c ? c.erasedBy : []))
    expect(named.length).toBeGreaterThan(10)
    for (const fn of new Set(named)) {
      const [repo, method] = fn.split('.') as [string, string]
      expect(typeof tenant[repo]?.[method], `tenant.${fn}`).toBe('function')
      expect(erasure, `erasure calls tenant.${fn}`).toContain(`tenant.${fn}(`)
    }
  })

  const fixture = mkdtempSync(join(tmpdir(), 'binome-coverage-'))
  afterAll(() => rmSync(fixture, { recursive: true, force: true }))
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true })
    writeFileSync(join(fixture, path), text)
  }

  it('fails on a new entity declared without either, and on one it cannot read', () => {
    write('packages/data/src/tenant/pet-photos.ts', [
      "import { defineTenantEntity, safe } from '../entity'",
      'export const petPhotoEntity = defineTenantEntity({',
      "  type: 'pet-photo',",
      "  partition: () => 'PET-PHOTOS',",
      "  sort: (personId: string) => `PERSON#${safe(personId, 'personId')}`,",
      '})',
    ].join('\n'))
    const declared = declaredTenantEntities(fixture)
    expect(declared).toEqual(['pet-photo'])
    expect(coverageProblems([...Object.keys(tenantEntityCoverage), ...declared], tenantEntityCoverage)).toEqual([
      'pet-photo: declared with defineTenantEntity but neither erased nor declared free of personal data (packages/data/src/personal-data-coverage.ts)',
    ])
    // Declared where it says nothing, or listed and declared nowhere: both fail too.
    expect(coverageProblems(['person'], { person: { erasedBy: ['people.erase'] }, ghost: { noPersonalData: 'x' } })).toEqual([
      'ghost: listed in the erasure coverage but declared nowhere',
    ])
    write('packages/data/src/tenant/hidden.ts', "export const e = defineTenantEntity({ partition: () => 'X', type: 'hidden' })\n")
    expect(() => declaredTenantEntities(fixture)).toThrow(/does not start with its type/)
  })
})
