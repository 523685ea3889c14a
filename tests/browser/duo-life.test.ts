/**
 * A duo's life in a real browser on a 390 × 844 phone: the demo mentor opens their started duo, logs a meeting in
 * one short form and sees the month's count go up, then adds an action to the plan and starts it; a coordinator
 * then finds both on the staff duo page. Axe on each screen, no horizontal scroll on the phone, screenshots under
 * tests/artifacts/duo-life-*.png.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { DuoEvent } from '@binome/core'
import { systemContext } from '@binome/data'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { launchBrowser } from './support/browser'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInThroughUi } from './support/sign-in'

const MENTOR = 'mentor@mentoryou.demo'
const MENTOR_PERSON = 'mentor-01'
const COORDINATOR = 'coordination@mentoryou.demo'
const day = 24 * 3600 * 1000

let session: BrowserSession
let platform: Platform
let page: Page
let duoId: string

/**
 * The demo mentor's started duo: one the demo already holds, or one proposed now and walked to its start through
 * the data layer's one transition (as the portal and contract routes do), signed a week ago.
 */
async function activeDuoOfTheMentor(): Promise<string> {
  const tenant = platform.deps.data.forTenant(systemContext(PLS))
  const duos = await tenant.duos.all(PLS_PROGRAMME)
  const theirs = duos.find((d) => d.mentorId === MENTOR_PERSON && d.state === 'active')
  if (theirs) return theirs.id
  const busy = new Set(duos.filter((d) => !['refused', 'expired', 'declined', 'cancelled'].includes(d.state)).map((d) => d.menteeId))
  const menteeId = Array.from({ length: 12 }, (_, i) => `mentee-${String(i + 1).padStart(2, '0')}`).find((id) => !busy.has(id))!
  const coordinator = await signIn(platform, 'coordination2@mentoryou.demo')
  const proposed = await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`, { pairs: [{ menteeId, mentorId: MENTOR_PERSON }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  const id: string = proposed.body.items[0].id
  const { rules } = await tenant.rules.current(PLS_PROGRAMME)
  const placeKind = rules.cadences.firstMeetingPlace
  const at = (daysAgo: number, hours = 0) => new Date(Date.now() - daysAgo * day + hours * 3600 * 1000).toISOString()
  const sha256 = 'a'.repeat(64)
  const events: DuoEvent[] = [
    { type: 'accept', at: at(10), by: 'u' },
    { type: 'schedule-meeting', at: at(10, 1), by: 'u', startsAt: at(9), place: 'Rue Royale 10', placeKind, ...(placeKind === 'neutral-with-staff' && { staffMemberId: 'u' }) },
    { type: 'validate', at: at(9, 3), by: 'u', side: 'mentor' },
    { type: 'validate', at: at(9, 3), by: 'u', side: 'mentee' },
    { type: 'contract-generated', at: at(8), by: 'u', documentId: 'doc-1', sha256, parties: 'tripartite' },
    { type: 'sign', at: at(8, 1), by: 'u', party: 'mentor', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(8, 1), by: 'u', party: 'mentee', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(7), by: 'u', party: 'organisation', clientAddress: '127.0.0.1', sha256 },
  ]
  for (const event of events) {
    const duo = await tenant.duos.get(PLS_PROGRAMME, id)
    if (duo.state === 'active') break
    await tenant.duos.transition(PLS_PROGRAMME, id, duo.version, event, platform.deps.newId)
  }
  expect((await tenant.duos.get(PLS_PROGRAMME, id)).state).toBe('active')
  return id
}

beforeAll(async () => {
  session = await browserSession('duo-life', MENTOR, {
    viewport: { width: 390, height: 844 },
    prepare: async (p) => {
      platform = p
      duoId = await activeDuoOfTheMentor()
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

/** Axe clean, nothing wider than the screen, and a screenshot of the whole page. */
async function shoot(p: Page, name: string, phone = true) {
  expect(await seriousViolations(p), name).toEqual([])
  if (phone) expect(await p.evaluate<number>('document.documentElement.scrollWidth'), `${name}: no horizontal scroll`).toBeLessThanOrEqual(390)
  await p.screenshot({ path: join(session.shotsDir, `${name}.png`), fullPage: true })
}

const countText = (p: Page) => p.getByTestId('month-count').locator('.big').textContent()
const meetingsOf = (text: string | null) => Number(/^(\d+) \//.exec(text ?? '')?.[1])

describe('a duo’s life from a phone', () => {
  it('logs a meeting in one short form and sees the month’s count go up', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/portal/duos/${duoId}`)
    await page.getByTestId('month-count').waitFor()
    const before = meetingsOf(await countText(page))
    expect(await countText(page)).toMatch(/^\d+ \/ \d+ rencontres? ce mois-ci$/)
    await shoot(page, 'duo-life-portal')

    const started = Date.now()
    await page.getByRole('link', { name: fr.duoLife.logCta }).click()
    await page.getByRole('heading', { level: 1, name: fr.duoLife.log.title }).waitFor()
    // The day is today and the length the programme's: a meeting needs only a few words.
    expect(await page.locator('#log-date').inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(Number(await page.getByLabel(fr.duoLife.log.minutes, { exact: true }).inputValue())).toBeGreaterThan(0)
    await shoot(page, 'duo-life-log-form')
    await page.getByLabel(fr.duoLife.log.choice['in-person'], { exact: true }).check()
    await page.getByLabel(fr.duoLife.log.place, { exact: true }).fill('Bureau de Sophie, avenue Louise')
    await page.getByLabel(fr.duoLife.log.workedOn, { exact: true }).fill('Simulation d’entretien pour un poste d’aide-comptable')
    await page.getByLabel(fr.duoLife.log.nextSteps, { exact: true }).fill('Envoyer trois candidatures')
    await page.getByRole('button', { name: fr.duoLife.log.save }).click()
    await page.getByRole('status').filter({ hasText: 'C’est noté' }).waitFor()
    await expect.poll(async () => meetingsOf(await countText(page))).toBe(before + 1)
    console.log(`duo-life: meeting logged ${((Date.now() - started) / 1000).toFixed(1)} s after opening the form (test driver speed)`)
    expect(await page.locator('.entries li').first().textContent()).toContain('Simulation d’entretien pour un poste d’aide-comptable')
    await shoot(page, 'duo-life-logged')
  })

  it('adds an action to the plan with its kind of support and starts it', async () => {
    await page.getByRole('link', { name: fr.duoLife.back }).click()
    await page.getByRole('link', { name: fr.duoLife.planCta }).click()
    await page.getByRole('heading', { level: 1, name: fr.duoLife.planCta }).waitFor()
    await page.getByRole('button', { name: fr.duoLife.plan.add }).click()
    await page.locator('#plan-goal').fill('Décrocher un stage en comptabilité')
    await page.locator('#plan-action').fill('Appeler trois cabinets comptables de Schaerbeek')
    await page.getByRole('radio', { name: new RegExp(`^${fr.duoLife.plan.supports.technical}`) }).check()
    await page.getByLabel(fr.duoLife.plan.owner).selectOption('mentee')
    await shoot(page, 'duo-life-plan-form')
    await page.getByRole('button', { name: fr.duoLife.plan.create }).click()
    await page.getByRole('status').filter({ hasText: 'est ajoutée au plan' }).waitFor()
    const item = page.locator('.actions > li').filter({ hasText: 'Appeler trois cabinets comptables de Schaerbeek' })
    expect(await item.textContent()).toContain(fr.duoLife.plan.supports.technical)
    await item.getByRole('button', { name: `${fr.duoLife.plan.events.start} : Appeler trois cabinets comptables de Schaerbeek` }).click()
    await expect.poll(() => item.locator('.badge').first().textContent()).toBe(fr.duoLife.plan.statuses['in-progress'])
    // The mentor reads the mentee's job search, and is offered no way to write it.
    expect(await page.getByText(fr.duoLife.progress.mentorReads).count()).toBe(1)
    expect(await page.getByRole('button', { name: fr.duoLife.progress.save }).count()).toBe(0)
    await shoot(page, 'duo-life-plan')
  })

  it('shows the coordinator the same life on the staff duo page', async () => {
    const staff = await launchBrowser()
    try {
      const p = await staff.context.newPage()
      await signInThroughUi(p, platform, COORDINATOR)
      await p.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}`)
      const section = p.locator('section[aria-labelledby="staff-life-title"]')
      await section.getByTestId('month-count').waitFor()
      expect(await section.textContent()).toContain('Simulation d’entretien pour un poste d’aide-comptable')
      expect(await section.textContent()).toContain('Appeler trois cabinets comptables de Schaerbeek')
      await shoot(p, 'duo-life-staff', false)
    } finally {
      await staff.close()
    }
  })
})
