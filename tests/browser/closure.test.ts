/**
 * Closing a duo in a real browser: a coordinator opens one of MentorYou's active demo duos, tries to close it early
 * without an outcome or a reason (the fields say so), then closes it with a job; the page shows how it ended — with
 * axe and screenshots on a desktop and a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { browserSession, type BrowserSession } from './support/session'

const ORG = 'pls-mentoryou'
const PROGRAMME = 'mentoryou-2026'

let session: BrowserSession
let platform: Platform
let page: Page
const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  session = await browserSession('closure', 'coordination@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

describe('closing a duo', () => {
  it('refuses an early end without its outcome and reason, then closes it with a job and shows how it ended', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/duos?state=active`)
    const first = page.locator('main table tbody tr a').first()
    await first.waitFor()
    await first.click()
    const close = page.getByRole('button', { name: fr.duos.close.action })
    await close.waitFor()
    await close.click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('duo-close-outcome')
    await page.getByRole('button', { name: fr.duos.close.submit, exact: true }).click()
    // The outcome is required; nothing was sent, so the duo is still active.
    await expect.poll(() => page.locator('#duo-close-outcome[aria-invalid="true"]').count()).toBe(1)
    await page.locator('#duo-close-outcome').selectOption('job')
    await page.locator('#duo-close-decidedBy').selectOption('mentee')
    await page.getByRole('button', { name: fr.duos.close.submit, exact: true }).click()
    // Before its planned end: the reason is asked for, by the API, on its field.
    await expect.poll(() => page.locator('#duo-close-reason[aria-invalid="true"]').count()).toBe(1)
    await shoot('closure-form')
    await page.locator('#duo-close-reason').fill('Engagée comme comptable chez un grossiste de Vilvorde')
    await page.getByRole('button', { name: fr.duos.close.submit, exact: true }).click()
    await page.getByRole('heading', { name: fr.duos.close.closure, exact: true }).waitFor()
    const facts = await page.locator('section[aria-labelledby="duo-closure-title"]').innerText()
    expect(facts).toContain('Emploi')
    expect(facts).toContain(fr.duos.close.early)
    expect(facts).toContain('Engagée comme comptable')
    expect(await page.locator('main').innerText()).toContain(fr.status.duo.closed)
    await shoot('closure-closed')
  })
})
