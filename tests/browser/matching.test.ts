/**
 * Reviewing a matching run in a real browser: the MentorYou coordinator opens the Matching tab of a programme of
 * 130 mentors and 130 mentees, reads the suggestions a page at a time (names, scores, explanations), loads more,
 * sees the mentees left without a suggestion with the reason, and starts a run of the demo programme and sees it
 * complete — with axe and screenshots on a desktop and on a 390 px phone.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startPlatform, type Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { writePool } from '../support/pool'
import { launchBrowser, type HeadlessBrowser } from './support/browser'
import { seriousViolations } from './support/axe'
import { signInThroughUi } from './support/sign-in'
import { artifactsDir, ensureWebBuild } from './support/web-build'

const COORDINATOR = 'coordination@mentoryou.demo'
const shotsDir = process.env.SHOTS_DIR ?? artifactsDir
const perSide = 130

let platform: Platform
let browser: HeadlessBrowser
let dataDir: string
let page: Page
let poolProgramme: string

beforeAll(async () => {
  const webDir = ensureWebBuild()
  dataDir = mkdtempSync(join(tmpdir(), 'binome-browser-matching-'))
  // The whole pool as recruited (the demo duos would hold nine of MentorYou's mentees): pages of suggestions to review.
  platform = await startPlatform({ port: 0, dataDir, webDir, quiet: true, demoDuos: false })
  const admin = await signIn(platform, 'admin@mentoryou.demo')
  poolProgramme = (await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'MentorYou — pool bruxellois' })).body.id
  await writePool(platform.deps.data, { orgId: PLS, programmeId: poolProgramme, perSide, now: new Date() })
  // The other coordinator starts the run, so that the only sign-in code of COORDINATOR is the browser's.
  const coordinator = await signIn(platform, 'coordination2@mentoryou.demo')
  expect((await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${poolProgramme}/runs`, {})).status).toBe(202)
  await platform.drain()
  browser = await launchBrowser()
  page = await browser.context.newPage()
  mkdirSync(shotsDir, { recursive: true })
  await signInThroughUi(page, platform, COORDINATOR)
})

afterAll(async () => {
  await browser?.close()
  await platform?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

async function shoot(name: string) {
  expect(await seriousViolations(page), name).toEqual([])
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await seriousViolations(page), `${name} on a phone`).toEqual([])
  await page.screenshot({ path: join(shotsDir, `${name}-mobile.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
}

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
