/**
 * The first page everyone loads stays lean: the sign-in page's JavaScript, measured on the build `pnpm test` makes
 * just before, stays under its budget (KB = 1024 bytes) with the catalogue it waits for in each language, and none of
 * it is zod or the API's schemas.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import en from '../src/lib/i18n/en.json'
import fr from '../src/lib/i18n/fr.json'
import nl from '../src/lib/i18n/nl.json'
import { catalogueChunk, pageWeight, type PageWeight } from './page-weight'

const webDir = fileURLToPath(new URL('..', import.meta.url))
// Issue 13's target. The sign-in page is built apart from the app (web/vite.signin.config.ts): inside the SPA every
// new screen made it heavier (SvelteKit's route dictionary, about 80 B gzip a route, and the Svelte runtime features
// any screen uses, in one shared chunk): 54.7 KB with the screens of 2026-12-01; alone it measured 29.9 KB.
const SIGN_IN_BUDGET = 50 * 1024

/** zod 4 registers each schema class under its name; the minifier keeps these strings. */
const holdsZod = (weight: PageWeight) =>
  weight.scripts.some((s) => readFileSync(join(webDir, 'build', s.file), 'utf8').includes('$ZodObject'))

const listing = (weight: PageWeight) =>
  weight.scripts.map((s) => `${(s.gzip / 1024).toFixed(1)} KB ${s.file}`).join('\n')

describe('first-load JavaScript of the built web app', () => {
  it(`keeps the sign-in page under ${SIGN_IN_BUDGET / 1024} KB gzip, without zod or the API schemas`, () => {
    const signIn = pageWeight(webDir, '/signin')
    expect(signIn.gzip, `sign-in page loads ${(signIn.gzip / 1024).toFixed(1)} KB gzip:\n${listing(signIn)}`).toBeLessThanOrEqual(SIGN_IN_BUDGET)
    expect(holdsZod(signIn), listing(signIn)).toBe(false)
  })

  it.each([['fr', fr], ['en', en], ['nl', nl]] as const)('in %s, waits before it renders for the public part of the catalogue only, within the budget', (lang, catalogue) => {
    const signIn = pageWeight(webDir, '/signin')
    const code = (file: string) => readFileSync(join(webDir, 'build', file), 'utf8')
    const firstLoad = signIn.scripts.map((s) => code(s.file)).join('\n')
    const awaited = catalogueChunk(webDir, '/signin', lang, 'public')
    const rest = catalogueChunk(webDir, '/signin', lang, 'rest')
    // French's public part is in the first load; another language's is one small chunk, its rest a later one.
    expect(awaited === undefined, lang).toBe(lang === 'fr')
    const waitedFor = firstLoad + (awaited ? code(awaited.file) : '')
    expect(waitedFor).toContain(catalogue.signin.title)
    expect(waitedFor).toContain(catalogue.errorPage.generic.body)
    expect(waitedFor).not.toContain(catalogue.members.title)
    expect(waitedFor).not.toContain(catalogue.refusals['last-admin'])
    expect(rest && code(rest.file)).toContain(catalogue.members.title)
    const total = signIn.gzip + (awaited?.gzip ?? 0)
    expect(total, `sign-in page in ${lang}: ${(total / 1024).toFixed(1)} KB gzip before it renders:\n${listing(signIn)}${awaited ? `\n${(awaited.gzip / 1024).toFixed(1)} KB ${awaited.file}` : ''}`).toBeLessThanOrEqual(SIGN_IN_BUDGET)
    // The whole catalogue would weigh about as much as the page's own code: the public part is a tenth of it.
    expect(awaited?.gzip ?? 0).toBeLessThan(4 * 1024)
  })

  it('does not grow with the app: the sign-in page loads no SvelteKit code or route table', () => {
    const signIn = pageWeight(webDir, '/signin')
    const code = signIn.scripts.map((s) => readFileSync(join(webDir, 'build', s.file), 'utf8')).join('\n')
    // Strings of SvelteKit's client and of its generated route table (the programme tabs' route ids) survive minification.
    expect(code).not.toContain('sveltekit-internal')
    expect(code).not.toContain('[programmeId]')
  })

  it('counts what a form screen loads: the members page brings zod and weighs more than the sign-in page', () => {
    const signIn = pageWeight(webDir, '/signin')
    const members = pageWeight(webDir, '/(app)/orgs/[orgId]/members')
    expect(holdsZod(members)).toBe(true)
    expect(members.gzip).toBeGreaterThan(signIn.gzip + 20 * 1024)
    // Every script is counted once; the app's pages load SvelteKit's two entry points, the sign-in page neither.
    expect(new Set(members.scripts.map((s) => s.file)).size).toBe(members.scripts.length)
    expect(members.scripts.filter((s) => s.file.includes('/entry/'))).toHaveLength(2)
    expect(signIn.scripts.filter((s) => s.file.includes('/entry/'))).toHaveLength(0)
    expect(signIn.scripts.every((s) => s.file.startsWith('_app/immutable/signin/'))).toBe(true)
  })

  it('leaves the matching panel out of the programme overview: only the Matching tab loads it', () => {
    const overview = pageWeight(webDir, '/(app)/orgs/[orgId]/programmes/[programmeId]')
    const matching = pageWeight(webDir, '/(app)/orgs/[orgId]/programmes/[programmeId]/matching')
    const isPanel = (file: string) => readFileSync(join(webDir, 'build', file), 'utf8').includes('matching.runOf')
    expect(matching.scripts.filter((s) => isPanel(s.file))).toHaveLength(1)
    expect(overview.scripts.some((s) => isPanel(s.file))).toBe(false)
  })

  it('loads the matching engine and the gazetteer on no page’s first load: the Criteria page fetches them when shown', () => {
    const build = (file: string) => readFileSync(join(webDir, 'build', file), 'utf8')
    // String literals of the engine's input check and of the gazetteer's table survive minification.
    const isEngine = (file: string) => build(file).includes('duplicate criterion id')
    const isGazetteer = (file: string) => build(file).includes('BELGIAN_LOCALITIES_TSV') || build(file).includes('Aalst\\t50.9')
    const manifest = JSON.parse(readFileSync(join(webDir, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')) as Record<string, { file: string; dynamicImports?: string[] }>
    const engineChunks = Object.values(manifest).filter((c) => c.file.endsWith('.js') && isEngine(c.file))
    expect(engineChunks.length).toBeGreaterThan(0)
    for (const route of ['/signin', '/(app)/orgs/[orgId]/programmes/[programmeId]', '/(app)/orgs/[orgId]/programmes/[programmeId]/matching', '/(app)/orgs/[orgId]/programmes/[programmeId]/rules/criteria', '/(app)/orgs/[orgId]/programmes/[programmeId]/rules/forms']) {
      const weight = pageWeight(webDir, route)
      expect(weight.scripts.filter((s) => isEngine(s.file) || isGazetteer(s.file)).map((s) => s.file), route).toEqual([])
    }
    // The engine is a dynamic import of the preview module, which only the Criteria page imports (dynamically too).
    const importers = Object.entries(manifest).filter(([, c]) => (c.dynamicImports ?? []).some((k) => isEngine(manifest[k]?.file ?? '')))
    expect(importers).toHaveLength(1)
    const [node] = importers[0]!
    // SvelteKit's generated node module names the route component it loads.
    expect(readFileSync(join(webDir, node), 'utf8')).toContain('rules/criteria/+page.svelte')
  })

  it('names an unknown route rather than measuring nothing', () => {
    expect(() => pageWeight(webDir, '/no-such-route')).toThrow(/no route "\/no-such-route"/)
  })
})
