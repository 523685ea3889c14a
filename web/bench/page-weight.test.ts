/**
 * The first page everyone loads stays lean: the sign-in page's JavaScript, measured on the build `pnpm test` makes
 * just before, stays under 51 KB gzip (KB = 1024 bytes), and none of it is zod or the API's schemas.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { pageWeight, type PageWeight } from './page-weight'

const webDir = fileURLToPath(new URL('..', import.meta.url))
// 50 KB until the trainer's three partner screens: the app entry carries SvelteKit's route dictionary (about 80 B gzip
// per route, measured: 49.99 KB before them, 50.31 KB with them), so every new screen costs the sign-in page a little.
const SIGN_IN_BUDGET = 51 * 1024

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

  it('counts what a form screen loads: the members page brings zod and weighs more than the sign-in page', () => {
    const signIn = pageWeight(webDir, '/signin')
    const members = pageWeight(webDir, '/(app)/orgs/[orgId]/members')
    expect(holdsZod(members)).toBe(true)
    expect(members.gzip).toBeGreaterThan(signIn.gzip + 20 * 1024)
    // Every script is counted once, and the shared ones are the same files on both pages.
    expect(new Set(members.scripts.map((s) => s.file)).size).toBe(members.scripts.length)
    expect(signIn.scripts.filter((s) => s.file.includes('/entry/'))).toHaveLength(2)
  })

  it('leaves the matching panel out of the programme overview: only the Matching tab loads it', () => {
    const overview = pageWeight(webDir, '/(app)/orgs/[orgId]/programmes/[programmeId]')
    const matching = pageWeight(webDir, '/(app)/orgs/[orgId]/programmes/[programmeId]/matching')
    const isPanel = (file: string) => readFileSync(join(webDir, 'build', file), 'utf8').includes('matching.runOf')
    expect(matching.scripts.filter((s) => isPanel(s.file))).toHaveLength(1)
    expect(overview.scripts.some((s) => isPanel(s.file))).toBe(false)
  })

  it('names an unknown route rather than measuring nothing', () => {
    expect(() => pageWeight(webDir, '/no-such-route')).toThrow(/no route "\/no-such-route"/)
  })
})
