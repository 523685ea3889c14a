import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as IConfiguration
/** Everything that ships or tests it; generated and installed folders are excluded by the configuration. */
const sources = ['packages', 'functions', 'web/src', 'infra/lib', 'infra/bin', 'infra/test', 'tests']

/**
 * Where dependency-cruiser keeps its last result for the workspace (its `cache` option, content strategy): a run over
 * unchanged sources reads it instead of parsing the ~960 modules again (116 Svelte compiles and the TypeScript parses,
 * ~17 s of CPU). The tool cruises again when any file with a source extension outside .gitignore changed, appeared or
 * went (this test and .dependency-cruiser.cjs included) or an option changed; it does not look at what decides how an
 * import resolves (the package manifests, the lockfile and so the installed versions), so those name the folder, and
 * older folders are removed. The tool also remembers file hashes for the life of its process: a process cruises the
 * workspace once (vitest runs this isolated file in a process of its own each time).
 */
function cacheFolder(baseDir: string): string {
  const manifests = ['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'functions/package.json', 'infra/package.json', 'web/package.json', 'tests/package.json']
  for (const name of readdirSync(join(baseDir, 'packages'))) manifests.push(`packages/${name}/package.json`)
  const hash = createHash('sha256')
  for (const file of manifests) {
    const path = join(baseDir, file)
    hash.update(`${file}\0${existsSync(path) ? readFileSync(path, 'utf8') : ''}\0`)
  }
  const parent = join(baseDir, 'node_modules/.cache/dependency-cruiser')
  const key = hash.digest('hex').slice(0, 16)
  if (existsSync(parent)) for (const old of readdirSync(parent)) if (old !== key) rmSync(join(parent, old), { recursive: true, force: true })
  return join(parent, key)
}

/**
 * Cruises `files` under `baseDir` with the repository's rules: how many modules, and the violations as `rule: from → to`.
 * With `cache`, the tool's result for unchanged files is read from that folder (see cacheFolder).
 */
async function cruised(baseDir: string, files: string[], cache?: string): Promise<{ modules: number; violations: string[] }> {
  const cwd = process.cwd()
  // dependency-cruiser reads paths relative to the working directory.
  process.chdir(baseDir)
  try {
    const result = await cruise(
      files,
      { ...config.options, validate: true, ruleSet: config as never, baseDir, ...(cache ? { cache: { folder: cache, strategy: 'content' } } : {}) },
      // SvelteKit's alias (web/.svelte-kit/tsconfig.json); given here because the configuration file's schema has no alias.
      { alias: { $lib: join(baseDir, 'web/src/lib') } } as never,
    )
    const output = (typeof result.output === 'string' ? JSON.parse(result.output) : result.output) as ICruiseResult
    return {
      modules: output.summary.totalCruised,
      violations: output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`),
    }
  } finally {
    process.chdir(cwd)
  }
}

describe('dependency rules (../shared/design.md)', () => {
  it('hold for the whole workspace: one-way dependencies, a pure core, no cycle', async () => {
    const { modules, violations } = await cruised(root, sources, cacheFolder(root))
    expect(violations).toEqual([])
    // Every area was read (the web's Svelte components included), not an empty selection.
    expect(modules).toBeGreaterThan(250)
  })

  const fixture = mkdtempSync(join(tmpdir(), 'binome-deps-'))
  afterAll(() => rmSync(fixture, { recursive: true, force: true }))
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true })
    writeFileSync(join(fixture, path), text)
  }

  it('fail on an edge against the rules and on a cycle', async () => {
    write('packages/core/src/index.ts', "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n")
    write('packages/contracts/src/index.ts', "export { x } from '../../core/src/index'\n")
    write('packages/data/src/a.ts', "import { b } from './b'\nexport const a = () => b\n")
    write('packages/data/src/b.ts', "import { a } from './a'\nexport const b = () => a\n")
    write('packages/local/src/index.ts', "export const local = 1\n")
    write('functions/src/app.ts', "import { local } from '../../packages/local/src/index'\nexport const app = local\n")
    write('node_modules/hono/package.json', '{ "name": "hono", "version": "4.0.0", "main": "index.js" }')
    write('node_modules/hono/index.js', 'export const Hono = class {}\n')
    write('packages/matching/src/serve.ts', "import { Hono } from 'hono'\nimport { createServer } from 'node:http'\nexport const serve = [Hono, createServer]\n")
    write('web/src/lib/roles.ts', "import { x } from '../../../packages/core/src/index'\nexport const roles = x\n")
    write('packages/documents/src/engine.ts', "import { readFileSync } from 'node:fs'\nimport { x } from '../../core/src/index'\nexport const engine = [readFileSync, x]\n")
    write('web/src/lib/preview.ts', "import { engine } from '../../../packages/documents/src/engine'\nexport const preview = engine\n")
    write('web/src/lib/fine.ts', "import { x } from '../../../packages/contracts/src/index'\nimport { roles } from '$lib/roles'\nexport const fine = [x, roles]\n")
    // The criteria preview is the web's one door to the matching engine; any other web module going there is refused.
    write('packages/matching/src/index.ts', "export const engine = 1\n")
    write('web/src/lib/rules/matching-preview.ts', "import { engine } from '../../../../packages/matching/src/index'\nexport const preview = engine\n")
    write('web/src/lib/sneaky.ts', "import { engine } from '../../../packages/matching/src/index'\nexport const sneaky = engine\n")
    const found = (await cruised(fixture, ['packages', 'functions', 'web'])).violations
    // Exactly these: the web's import of the contracts and of its own modules through $lib is fine, and so is the
    // criteria preview's import of the matching engine.
    expect(found.sort()).toEqual([
      'core-and-matching-nothing-from-aws-or-http: packages/matching/src/serve.ts → http',
      'core-and-matching-nothing-from-aws-or-http: packages/matching/src/serve.ts → node_modules/hono/index.js',
      'core-is-pure: packages/core/src/index.ts → fs',
      'documents-reach-no-file-system-or-network: packages/documents/src/engine.ts → fs',
      'functions-dependencies: functions/src/app.ts → packages/local/src/index.ts',
      'no-circular: packages/data/src/a.ts → packages/data/src/b.ts (packages/data/src/b.ts → packages/data/src/a.ts)',
      'web-depends-on-contracts-only: web/src/lib/preview.ts → packages/documents/src/engine.ts',
      'web-depends-on-contracts-only: web/src/lib/roles.ts → packages/core/src/index.ts',
      'web-depends-on-contracts-only: web/src/lib/sneaky.ts → packages/matching/src/index.ts',
    ])
  })

  it('find an edge against the rules added after a clean run whose result was cached', async () => {
    // Each step in a folder of its own sharing one cache folder: the tool remembers file hashes by absolute path for
    // the life of the process (a test process cruises the workspace once, so it never sees a stale hash there).
    const cache = join(fixture, 'cache')
    const tree = (step: string, files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(fixture, step, path)), { recursive: true })
        writeFileSync(join(fixture, step, path), text)
      }
      return join(fixture, step)
    }
    const clean = { 'packages/core/src/index.ts': 'export const x = 1\n', 'packages/contracts/src/index.ts': "export { x } from '../../core/src/index'\n" }
    const planted = { ...clean, 'packages/core/src/clock.ts': "import { readFileSync } from 'node:fs'\nexport const clock = readFileSync\n" }
    expect((await cruised(tree('first', clean), ['packages'], cache)).violations).toEqual([])
    // Nothing changed: read from the cache, which is left as it was.
    const written = statSync(join(cache, 'cache.json')).mtimeMs
    expect((await cruised(tree('unchanged', clean), ['packages'], cache)).violations).toEqual([])
    expect(statSync(join(cache, 'cache.json')).mtimeMs).toBe(written)
    // A file added since: cruised again, and the edge is found.
    expect((await cruised(tree('planted', planted), ['packages'], cache)).violations).toEqual(['core-is-pure: packages/core/src/clock.ts → fs'])
    expect((await cruised(tree('removed', clean), ['packages'], cache)).violations).toEqual([])
  })
})
