/**
 * The end of a duo in a real browser (issue 11): a coordinator opens one of MentorYou's active demo duos, schedules
 * its closing interview (a missing time is said on its field), records it held with notes, closes the duo, and records
 * the mentee's situation at the 3-month follow-up — with axe and screenshots on a desktop and a 390 px phone.
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
  session = await browserSession('closing', 'coordination@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const interviewCard = () => page.locator('section[aria-labelledby="closing-interview-title"]')

describe('the end of a duo', () => {
  it('schedules and records the closing interview, then records a follow-up once the duo is closed', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/duos?state=active`)
    const first = page.locator('main table tbody tr a').first()
    await first.waitFor()
    await first.click()
    await page.getByRole('heading', { name: fr.duoEnd.interview.title }).waitFor()
    // The section loads the interview after the page: wait for its answer, not the loading line.
    await expect.poll(() => interviewCard().innerText()).toContain(fr.duoEnd.interview.none)

    await page.getByRole('button', { name: fr.duoEnd.interview.schedule }).click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('closing-startsAt')
    await page.getByRole('button', { name: fr.duoEnd.interview.send }).click()
    await expect.poll(() => page.locator('#closing-startsAt[aria-invalid="true"]').count()).toBe(1)
    await shoot('closing-schedule')
    // A day and a time typed apart, dd/mm/yyyy and 10h00 as a Belgian reader types them (not a datetime-local box).
    await page.getByRole('group', { name: fr.duoEnd.interview.when }).waitFor()
    await page.locator('#closing-startsAt-time').fill('10h00')
    await page.getByRole('button', { name: fr.duoEnd.interview.send }).click()
    await expect.poll(() => page.locator('#closing-startsAt[aria-invalid="true"]').count()).toBe(1)
    await page.locator('#closing-startsAt').fill('28/06/2030')
    await page.locator('#closing-place').fill('Rue Coenraets 72, 1060 Saint-Gilles')
    await page.getByRole('button', { name: fr.duoEnd.interview.send }).click()
    await page.getByText(fr.duoEnd.interview.scheduled).waitFor()
    expect(await interviewCard().innerText()).toContain('Rue Coenraets 72')
    expect(await interviewCard().innerText()).toContain(fr.duoEnd.interview.states.scheduled)
    expect(await interviewCard().innerText()).toContain('28/06/2030 10:00')

    await page.getByRole('button', { name: fr.duoEnd.interview.record }).click()
    await page.locator('#closing-notes').fill('Objectif atteint : un emploi de comptable. Le mentor reste disponible.')
    await page.getByRole('button', { name: fr.duoEnd.interview.save, exact: true }).click()
    await page.getByText(fr.duoEnd.interview.recorded).waitFor()
    expect(await interviewCard().innerText()).toContain(fr.duoEnd.interview.states.held)
    expect(await interviewCard().innerText()).toContain('Objectif atteint')
    await shoot('closing-held')

    // Closed with a job: the follow-ups after the duo appear.
    await page.getByRole('button', { name: fr.duos.close.action }).click()
    await page.locator('#duo-close-outcome').selectOption('job')
    await page.locator('#duo-close-decidedBy').selectOption('mentee')
    await page.locator('#duo-close-reason').fill('Engagée comme comptable')
    await page.getByRole('button', { name: fr.duos.close.submit, exact: true }).click()
    await page.getByRole('heading', { name: fr.duoEnd.followUps.title }).waitFor()
    const record = page.getByRole('button', { name: fr.duoEnd.followUps.record.replace('{months}', '3') })
    await record.click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('follow-up-date')
    await page.locator('#follow-up-situation').selectOption('employed')
    await page.locator('#follow-up-note').fill('En poste depuis la fin du binôme.')
    await page.getByRole('button', { name: fr.duoEnd.followUps.save }).click()
    await page.getByText(fr.duoEnd.followUps.recorded).waitFor()
    const followUps = await page.locator('section[aria-labelledby="follow-ups-title"]').innerText()
    expect(followUps).toContain(fr.duoEnd.followUps.situations.employed)
    expect(followUps).toContain('En poste depuis la fin du binôme.')
    await shoot('closing-follow-up')
  })
})
