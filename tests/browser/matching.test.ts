/**
 * Reviewing a matching run in a real browser: the MentorYou coordinator opens the Matching tab of a programme of
 * 130 mentors and 130 mentees, reads the suggestions a page at a time (names, scores, explanations), loads more,
 * sees the mentees left without a suggestion with the reason, and starts a run of the demo programme and sees it
 * complete — with axe and screenshots on a desktop and on a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { writePool } from '../support/pool'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
const perSide = 130

let session: BrowserSession
let platform: Platform
let page: Page
let poolProgramme: string

beforeAll(async () => {
  session = await browserSession('matching', COORDINATOR, {
    // The whole pool as recruited (the demo duos would hold nine of MentorYou's mentees): pages of suggestions to review.
    platform: { demoRuns: true, demoDuos: false },
    async prepare(p) {
      const admin = await signIn(p, 'admin@mentoryou.demo')
      poolProgramme = (await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'MentorYou — pool bruxellois' })).body.id
      await writePool(p.deps.data, { orgId: PLS, programmeId: poolProgramme, perSide, now: new Date() })
      // The other coordinator starts the run.
      const coordinator = await signIn(p, 'coordination2@mentoryou.demo')
      expect((await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${poolProgramme}/runs`, {})).status).toBe(202)
      await p.drain()
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

const resultRows = () => page.locator('section[aria-labelledby="run-result-title"] table tbody tr')

describe('reviewing a matching run', () => {
  it('shows the first page of suggestions with names, then loads more, and lists the unmatched with the reason', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${poolProgramme}/matching`)
    await page.getByRole('button', { name: /^Voir le matching du/ }).first().click()
    await resultRows().first().waitFor()
    expect(await resultRows().count()).toBe(50)
    // People, not ids: the first row names a mentee and a mentor from the pool.
    const first = await resultRows().first().textContent()
    expect(first).toMatch(/[A-ZÀ-Ý][a-zà-ÿ]+ [A-ZÀ-Ý]/)
    expect(first).not.toMatch(/mentee-\d|mentor-\d/)
    const more = page.getByRole('button', { name: fr.list.more }).first()
    await more.click()
    await expect.poll(() => resultRows().count()).toBe(100)

    const run = page.locator('section[aria-labelledby="run-result-title"]')
    // One mentee in forty typed an unknown place: three of 130 are listed, each with the reason in French.
    expect(await run.textContent()).toContain('3 personnes mentorées sans proposition')
    expect(await run.locator('h4 + ul > li').count()).toBe(3)
    expect(await run.locator('h4 + ul > li').first().textContent()).toContain(fr.matching.reasons['unknown-locality'])
    await shoot('matching-review')
  })

  it('starts a run of the demo programme and shows it completed with its suggestions', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    await page.getByRole('button', { name: fr.matching.start }).click()
    const status = page.locator('section[aria-labelledby="run-result-title"] [role="status"]').first()
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(fr.status.run.completed)
    await resultRows().first().waitFor()
    expect(await resultRows().count()).toBeGreaterThan(5)
    // The demo's own first run and this one are both in the history.
    expect(await page.getByRole('button', { name: /^Voir le matching du/ }).count()).toBe(2)
    await shoot('matching-run-completed')
  })
})
