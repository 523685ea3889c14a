/**
 * The review of a run in a real browser: the MentorYou coordinator opens the demo programme's run, opens a mentee's
 * alternatives with their exact losses, excludes one of those pairs, sees the rule listed, and runs again with it —
 * with axe and screenshots (tests/artifacts/matching-review-*.png) on a desktop and on a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  session = await browserSession('review', COORDINATOR, {
    // The whole demo with its first runs.
    platform: { demoRuns: true },
    // The other coordinator starts the run.
    async prepare(p) {
      const coordinator = await signIn(p, 'coordination2@mentoryou.demo')
      expect((await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, {})).status).toBe(202)
      await p.drain()
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

describe('reviewing a run: alternatives, pair rules, re-run', () => {
  it('opens a mentee’s alternatives with their losses, excludes a pair and runs again', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    await page.getByRole('button', { name: /^Voir le matching du/ }).first().click()
    const open = page.getByRole('button', { name: /^Voir les alternatives pour / }).first()
    await open.waitFor()
    const name = (await open.getAttribute('aria-label'))!.replace('Voir les alternatives pour ', '')
    await open.click()
    const panel = page.locator('section[aria-labelledby="alternatives-title"]')
    await panel.locator('tbody tr').first().waitFor()
    expect(await panel.locator('h4').textContent()).toContain(name)
    // The suggested mentor first, then the others with their loss in points.
    expect(await panel.locator('tbody tr').first().textContent()).toContain(fr.matching.review.suggested)
    const rows = await panel.locator('tbody tr').count()
    expect(rows).toBeGreaterThan(1)
    expect(await panel.locator('tbody tr').nth(1).textContent()).toMatch(/−\d+(,\d+)? pts/)
    await shoot('matching-review-alternatives')

    await panel.locator('tbody tr').nth(1).getByRole('button', { name: /^Exclure / }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: fr.matching.review.done.exclude }).count()).toBe(1)
    expect(await page.locator('#pair-rules-title').textContent()).toContain('1 règle sur les binômes')
    await shoot('matching-review-excluded')

    const runsBefore = await page.getByRole('button', { name: /^Voir le matching du/ }).count()
    await page.getByRole('button', { name: fr.matching.review.rerun }).click()
    const status = page.locator('section[aria-labelledby="run-result-title"] [role="status"]').first()
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(fr.status.run.completed)
    // The new run, which applied the rule, is in the history with its suggestions.
    await expect.poll(() => page.getByRole('button', { name: /^Voir le matching du/ }).count()).toBe(runsBefore + 1)
    await page.locator('section[aria-labelledby="run-result-title"] tbody tr').first().waitFor()
    await shoot('matching-review-rerun')
  })
})
