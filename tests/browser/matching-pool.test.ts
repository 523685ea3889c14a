/**
 * A matching run limited to part of the pool, in a real browser (issue 9: "optionally filtered by locality, sector or
 * coordinator"): the MentorYou coordinator, who held about half of the demo's screening interviews, opens « Limiter le
 * vivier » on the Matching tab with the keyboard, types two localities in another case, picks a sector, ticks « only the
 * people I interviewed » and starts the run. The run says its limit under its heading and every pair it shows is
 * within it (checked against the people's data), and the list of runs names each run's limit. A locality the form cannot send is said next to the field, with
 * focus on it, and records no run. axe and screenshots in French (the page no wider than a phone), the run's words
 * once in English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Person } from '@binome/core'
import type { Platform } from '@binome/local'
import { systemContext } from '@binome/data'
import en from '../../web/src/lib/i18n/en.json'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
// Jette is one of the communes whose people the coordinator receives, Forest one of the admin's (../../packages/local/src/seed/seed.ts).
const TYPED = 'JETTE, forest'
const LOCALITIES = ['Jette', 'Forest']
const SECTOR = { value: 'construction', label: 'Construction' }

let session: BrowserSession
let platform: Platform
let page: Page
let admin: ApiClient
let coordinatorId: string
let people: Person[]
const runsUrl = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`

beforeAll(async () => {
  // The demo as `pnpm start` shows it, its duos included: the pool is what they leave free.
  session = await browserSession('matching-pool', COORDINATOR, {
    async prepare(p) {
      admin = await signIn(p, 'admin@mentoryou.demo')
      coordinatorId = (await (await signIn(p, COORDINATOR)).get('/api/onboarding/me')).body.user.id
      people = await p.deps.data.forTenant(systemContext(PLS)).people.all(PLS_PROGRAMME)
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const runCount = async () => (await admin.get(`${runsUrl}?limit=100`)).body.items.length as number
const focused = () => page.evaluate<string | null>('document.activeElement?.getAttribute("name") ?? null')
const result = () => page.locator('section[aria-labelledby="run-result-title"]')
const fullName = (x: Person) => `${x.firstName} ${x.lastName}`
/** The pool column of the list of runs (the second), newest run first. */
const poolCells = async (title: string) =>
  (await page.getByRole('region', { name: title }).locator('tbody tr td:nth-of-type(2)').allTextContents()).map((t) => t.trim())

describe('a run limited to part of the pool, from the Matching tab', () => {
  it('says a locality it cannot take next to the field, moves focus there, and records no run', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    await page.getByRole('group', { name: fr.matching.pool.legend }).waitFor()
    const before = await runCount()
    // A street pasted instead of a commune: longer than any locality (100 characters at most).
    const street = 'Rue Léon Théodor 108 à Jette au deuxième étage chez Madame Vandenbroucke (sonnez deux fois puis montez à gauche)'
    expect(street.length).toBeGreaterThan(100)
    await page.getByLabel(fr.matching.pool.localities, { exact: true }).fill(`Anderlecht, ${street}`)
    await page.getByRole('button', { name: fr.matching.start }).click()

    const localities = page.getByLabel(fr.matching.pool.localities, { exact: true })
    await expect.poll(() => localities.getAttribute('aria-invalid')).toBe('true')
    const error = page.locator('#run-pool-localities-error')
    const said = fr.matching.pool.itemError
      .replace('{item}', `${street.slice(0, 29)}…`)
      .replace('{error}', fr.validation['too-long'].replace('{max}', '100'))
    expect(await error.textContent()).toBe(said)
    // The field's description names the error; focus is on the field to correct, not on the score.
    expect(await localities.getAttribute('aria-describedby')).toContain('run-pool-localities-error')
    expect(await focused()).toBe('poolLocalities')
    expect(await page.getByLabel(fr.matching.minScore, { exact: true }).getAttribute('aria-invalid')).toBeNull()
    await session.shoot('matching-pool-error')
    expect(await runCount()).toBe(before)
    expect(await result().count()).toBe(0)
  })

  it('limits a run with the keyboard to two localities typed in another case, a sector and my interviews, and shows only pairs within it', async () => {
    // The people this limit allows: ready, of Jette or Forest, of the sector, interviewed by the coordinator; ready
    // people of those communes are left out (Forest's, of another sector and received by the admin).
    const typedOnes = people.filter((x) => x.stage === 'ready' && LOCALITIES.includes(x.facets.locality ?? ''))
    const allowed = typedOnes.filter((x) => x.facets.sector === SECTOR.value && x.interview?.interviewer === coordinatorId)
    for (const kind of ['mentee', 'mentor'] as const) expect(allowed.filter((x) => x.kind === kind).length, kind).toBeGreaterThan(0)
    expect(allowed.length).toBeLessThan(typedOnes.length)

    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    const before = await runCount()
    // From the score, each new control is the next stop of the Tab key, and each is worked from the keyboard.
    await page.getByLabel(fr.matching.minScore, { exact: true }).focus()
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('poolLocalities')
    await page.keyboard.type(TYPED)
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('poolSector')
    await page.getByLabel(fr.matching.pool.sector, { exact: true }).selectOption({ label: SECTOR.label })
    await page.keyboard.press('Tab')
    expect(await focused()).toBe('poolMine')
    await page.keyboard.press('Space')
    expect(await page.getByLabel(fr.matching.pool.mine, { exact: true }).isChecked()).toBe(true)
    await session.shoot('matching-pool-form')
    await page.keyboard.press('Tab')
    expect(await page.evaluate<string | null>('document.activeElement?.textContent?.trim() ?? null')).toBe(fr.matching.start)
    await page.keyboard.press('Enter')

    const status = result().locator('[role="status"]').first()
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain(fr.status.run.completed)
    expect(await runCount()).toBe(before + 1)
    // A limited run is small: its counted words agree with their numbers (« 1 binôme proposé », not « 1 binômes »).
    const summary = (await result().locator('p', { hasText: / ms\)\.\s*$/ }).first().textContent()) ?? ''
    const counted = [...summary.matchAll(/(\d+) (binômes?|mentoré·es?|mentors?)\b/gu)]
    expect(counted.length, summary).toBe(3)
    for (const [words, n, noun] of counted) expect(noun!.endsWith('s'), words).toBe(Number(n) > 1)
    // Under the run's heading, its limit: the localities as typed, the sector by its label, the coordinator as « vous ».
    const limit = fr.matching.pool.limited.replace('{parts}', `JETTE, forest · ${SECTOR.label} · ${fr.matching.pool.byMe}`)
    expect(await result().locator('#run-result-title + p').textContent()).toBe(limit)
    // The list of runs says each run's limit too, in the same few words, this run first.
    const history = page.getByRole('region', { name: fr.matching.history })
    expect(await history.getByRole('columnheader').allTextContents()).toContain(fr.matching.pool.column)
    await expect.poll(async () => (await poolCells(fr.matching.history))[0]).toBe(`JETTE, forest · ${SECTOR.label} · ${fr.matching.pool.byMe}`)

    // Every pair shown, and every mentee left without one, is among the people the limit allows.
    const rows = result().locator('table tbody tr')
    await rows.first().waitFor()
    const names = new Map(allowed.map((x) => [fullName(x), x.kind]))
    // The mentee heads each row, the mentor is the second cell (after the box that selects the pair).
    const mentees = (await rows.locator('th').allTextContents()).map((t) => t.trim())
    const mentors = (await rows.locator('td:nth-of-type(2)').allTextContents()).map((t) => t.replace(/^→\s*/, '').trim())
    expect(mentees.length).toBeGreaterThan(0)
    expect(mentors).toHaveLength(mentees.length)
    mentees.forEach((mentee, i) => expect([names.get(mentee), names.get(mentors[i]!)], `${mentee} → ${mentors[i]}`).toEqual(['mentee', 'mentor']))
    for (const name of await result().locator('h4 + ul > li > strong').allTextContents()) expect(names.get(name.trim()), name).toBe('mentee')
    // The API says the same of the run: its limit as sent, and its pairs within it.
    const latest = (await admin.get(`${runsUrl}?limit=100`)).body.items as { id: string; createdAt: string; pool: unknown }[]
    const run = latest.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!
    expect(run.pool).toEqual({ localities: ['JETTE', 'forest'], sectors: [SECTOR.value], coordinatorId })
    const ids = new Set(allowed.map((x) => x.id))
    for (const s of (await admin.get(`${runsUrl}/${run.id}/suggestions?limit=100`)).body.items) {
      expect([ids.has(s.menteeId), ids.has(s.mentorId)]).toEqual([true, true])
    }
    await session.shoot('matching-pool-run')
  })

  it('says the form and the run\'s limit in English', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('group', { name: en.matching.pool.legend }).waitFor()
    for (const label of [en.matching.pool.localities, en.matching.pool.sector, en.matching.pool.mine]) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1)
    }
    const limit = en.matching.pool.limited.replace('{parts}', `JETTE, forest · ${SECTOR.label} · ${en.matching.pool.byMe}`)
    expect(await result().locator('#run-result-title + p').textContent()).toBe(limit)
    expect((await poolCells(en.matching.history))[0]).toBe(`JETTE, forest · ${SECTOR.label} · ${en.matching.pool.byMe}`)
    expect(await page.locator('main').textContent()).not.toContain(fr.matching.pool.legend)
    await session.shoot('matching-pool-run-en')
    await page.getByRole('button', { name: 'Français' }).click()
    await page.getByRole('group', { name: fr.matching.pool.legend }).waitFor()
  })
})
