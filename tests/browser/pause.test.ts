/**
 * Pausing and resuming a duo in a real browser (issue 10): a coordinator opens one of MentorYou's active demo duos,
 * asks for a pause without its reason (the field says so), pauses it until a later day, sees it paused, then resumes
 * it and may pause it anew — with axe and screenshots on a desktop and a 390 px phone.
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
  session = await browserSession('pause', 'coordination@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

describe('pausing and resuming a duo', () => {
  it('asks for the reason, pauses the duo until a day, then resumes it', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/duos?state=active`)
    const first = page.locator('main table tbody tr a').first()
    await first.waitFor()
    await first.click()
    const pause = page.getByRole('button', { name: fr.duos.pause.action, exact: true })
    await pause.waitFor()
    await pause.click()
    await page.getByRole('heading', { name: fr.duos.pause.title }).waitFor()
    await page.getByRole('button', { name: fr.duos.pause.submit, exact: true }).click()
    await expect.poll(() => page.locator('#duo-pause-reason[aria-invalid="true"]').count()).toBe(1)
    await shoot('pause-form')
    await page.locator('#duo-pause-reason').fill('Formation intensive de trois semaines')
    // Typed as a Belgian reader types a day (dd/mm/yyyy), in a text box whatever the browser's language.
    const [y, m, d] = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10).split('-')
    await page.locator('#duo-pause-expectedResumeDate').fill(`${d}/${m}/${y}`)
    await page.getByRole('button', { name: fr.duos.pause.submit, exact: true }).click()
    await page.getByRole('heading', { name: fr.status.duo.paused, exact: true }).waitFor()
    await page.getByRole('button', { name: fr.duos.pause.resume, exact: true }).waitFor()
    await shoot('pause-paused')
    await page.getByRole('button', { name: fr.duos.pause.resume, exact: true }).click()
    // Running again: the pause can be asked for anew.
    await page.getByRole('button', { name: fr.duos.pause.action, exact: true }).waitFor()
    expect(await page.getByRole('heading', { name: fr.status.duo.paused, exact: true }).count()).toBe(0)
    await shoot('pause-resumed')
  })
})
