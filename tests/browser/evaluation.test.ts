/**
 * The electronic evaluation in a real browser (issue 11): a coordinator closes one of MentorYou's active demo duos
 * with a job; each side opens the personal link mailed to them (read from the local outbox), without an account —
 * one on a 390 px phone sends nothing first (each required rating says so), then answers; the other answers on a
 * desktop; a second visit thanks them again. The staff duo page then shows both answered, with their
 * satisfaction. axe and screenshots (tests/artifacts/evaluation-*.png) on a desktop and a phone.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import type { HeadlessBrowser } from './support/browser'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'

const ORG = 'pls-mentoryou'
const PROGRAMME = 'mentoryou-2026'

let session: BrowserSession
let platform: Platform
let browser: HeadlessBrowser
let page: Page
let duoUrl: string

beforeAll(async () => {
  session = await browserSession('evaluation', 'coordination@mentoryou.demo')
  ;({ platform, browser, page } = session)
})

afterAll(() => session?.close())

/** axe on the page as it is, and a screenshot, at the given width. */
async function shoot(name: string, p: Page = page) {
  expect(await seriousViolations(p), name).toEqual([])
  await p.screenshot({ path: join(session.shotsDir, `${name}.png`), fullPage: true })
}

/** The evaluation links in the outbox, newest last, with whom they went to. */
const evaluationLinks = () =>
  platform.outbox.list().flatMap((m) => [...(m.text ?? '').matchAll(/(\/evaluation\/[A-Za-z0-9_-]{32})/g)].map((x) => ({ to: m.to, path: x[1]! })))

/** Ticks a rating (1–5) of the questionnaire. */
const rate = (p: Page, fieldId: string, n: number) => p.locator(`#evaluation-${fieldId}-${n}`).check()

describe('the evaluation by both sides', () => {
  it('closing a duo mails each side their own link', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/duos?state=active`)
    const first = page.locator('main table tbody tr a').first()
    await first.waitFor()
    await first.click()
    await page.getByRole('button', { name: fr.duos.close.action }).click()
    await page.locator('#duo-close-outcome').selectOption('job')
    await page.locator('#duo-close-decidedBy').selectOption('mentee')
    await page.locator('#duo-close-reason').fill('Engagée comme comptable')
    await page.getByRole('button', { name: fr.duos.close.submit, exact: true }).click()
    await page.getByRole('heading', { name: fr.duos.close.closure, exact: true }).waitFor()
    duoUrl = page.url()
    await page.getByRole('heading', { name: fr.duos.evaluations.title }).waitFor()
    await expect.poll(() => page.locator('section[aria-labelledby="duo-evaluations-title"] tbody tr').count()).toBe(2)
    expect(evaluationLinks()).toHaveLength(2)
    expect(new Set(evaluationLinks().map((l) => l.to)).size).toBe(2)
  })

  it('one side answers from their link on a phone (no account is asked for)', async () => {
    const p = await browser.context.newPage()
    await p.setViewportSize({ width: 390, height: 844 })
    await p.goto(`${platform.url}${evaluationLinks()[0]!.path}`)
    await p.getByRole('heading', { name: fr.evaluation.heading }).waitFor()
    const side = (await p.locator('#evaluation-goals-1').count()) ? 'mentee' : 'mentor'
    await shoot('evaluation-form-mobile', p)
    // Sent empty: each required rating is named by the API, under its question, and focus goes to the first.
    await p.getByRole('button', { name: fr.evaluation.submit }).click()
    await expect.poll(() => p.locator('#evaluation-overall-error').count()).toBe(1)
    await shoot('evaluation-errors-mobile', p)
    await rate(p, 'overall', 5)
    for (const id of side === 'mentee' ? ['goals', 'confidence'] : ['helped', 'learned']) await rate(p, id, 4)
    await rate(p, 'rhythm', 3)
    await rate(p, 'support', 5)
    await p.locator('#evaluation-best').fill('Les simulations d’entretien')
    await p.getByRole('button', { name: fr.evaluation.submit }).click()
    await p.getByRole('heading', { name: fr.evaluation.thanksTitle }).waitFor()
    await shoot('evaluation-thanks-mobile', p)
    await p.close()
  })

  it('the other side answers on a desktop; a second visit thanks them again', async () => {
    const p = await browser.context.newPage()
    await p.setViewportSize({ width: 1280, height: 900 })
    await p.goto(`${platform.url}${evaluationLinks()[1]!.path}`)
    await p.getByRole('heading', { name: fr.evaluation.heading }).waitFor()
    const side = (await p.locator('#evaluation-goals-1').count()) ? 'mentee' : 'mentor'
    await shoot('evaluation-form', p)
    await rate(p, 'overall', 4)
    for (const id of side === 'mentee' ? ['goals', 'confidence'] : ['helped', 'learned']) await rate(p, id, 4)
    await rate(p, 'rhythm', 4)
    await rate(p, 'support', 3)
    await p.getByRole('button', { name: fr.evaluation.submit }).click()
    await p.getByRole('heading', { name: fr.evaluation.thanksTitle }).waitFor()
    await p.reload()
    await p.getByRole('heading', { name: fr.evaluation.thanksTitle }).waitFor()
    await shoot('evaluation-thanks', p)
    await p.close()
  })

  it('the staff duo page shows both answered with their satisfaction', async () => {
    await page.goto(duoUrl)
    const section = page.locator('section[aria-labelledby="duo-evaluations-title"]')
    // The page loads anew and reads the answers: poll's 1 s default was too short once on a loaded machine.
    await expect.poll(() => section.locator('tbody tr').count(), { timeout: 20_000 }).toBe(2)
    const text = await section.innerText()
    const states = await section.locator('tbody tr td:nth-of-type(2)').allInnerTexts()
    expect(states).toEqual([fr.duos.evaluations.states.answered, fr.duos.evaluations.states.answered])
    expect(text).toContain('5 / 5')
    expect(text).toContain('4 / 5')
    await section.locator('summary').first().click()
    await shoot('evaluation-staff')
    await page.setViewportSize({ width: 390, height: 844 })
    await shoot('evaluation-staff-mobile')
    await page.setViewportSize({ width: 1280, height: 900 })
  })
})
