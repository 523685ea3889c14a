/**
 * The operator's platform health in a real browser: counts without personal data, the matching queue's dead letter
 * and its redrive, the last complete sweep — with axe and screenshots on a desktop and a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { browserSession, type BrowserSession } from './support/session'


let session: BrowserSession
let platform: Platform
let page: Page
const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  session = await browserSession('health', 'operator@binome.demo', {
    // The dead letter is the subject, not SQS's back-off before it (1 + 2 + 4 + 8 s between the five receives).
    platform: { queueBackoff: { baseMs: 10, maxMs: 10 } },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

describe('the operator watches the platform', () => {
  it('reaches the health page from home and reads counts, never a name', async () => {
    await page.goto(platform.url)
    await page.getByRole('link', { name: fr.home.platformHealth }).first().click()
    await page.getByRole('heading', { level: 1, name: fr.health.title }).waitFor()
    await page.getByText(fr.health.sweepNever).waitFor()
    const main = (await page.locator('main').textContent()) ?? ''
    expect(main).not.toMatch(/@|Claire|Julien|Amina/)
    await shoot('health-never-swept')
  })

  it('shows a dead letter, sends it back with one button, and the sweep once it has run', async () => {
    // A message the worker cannot read fails every retry and ends in the dead-letter store.
    platform.matchingQueue.send('not a run message')
    await expect.poll(() => platform.matchingQueue.counts().deadLetters, { timeout: 60_000, interval: 100 }).toBe(1)
    await platform.runSchedule('daily-monitoring')
    await page.getByRole('button', { name: fr.health.refresh }).click()
    const redrive = page.getByRole('button', { name: 'Relancer le message en échec' })
    await redrive.waitFor()
    await expect.poll(async () => (await page.locator('main').textContent()) ?? '').toContain('Dernier passage complet')
    await shoot('health-dead-letter')
    await redrive.click()
    await page.getByText('Un message relancé : il sera traité à nouveau.').waitFor()
    await shoot('health-redriven')
  }, 120_000)
})
