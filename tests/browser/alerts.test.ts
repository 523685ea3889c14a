/**
 * A coordinator's alerts in a real browser (issue "duo life and monitoring"): a duo started three months ago has had
 * no check-in; after the daily sweep the coordinator's home shows the overdue check-in, its link opens the duo, the
 * coordinator records the check-in (channel, notes, mood, risk) and, back home, the alert is gone — axe clean on
 * each screen, screenshots under tests/artifacts/alerts-*.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { DuoEvent } from '@binome/core'
import { systemContext } from '@binome/data'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
const DAY = 86_400_000

let session: BrowserSession
let platform: Platform
let page: Page
let shotsDir: string
/** The platform's clock runs this far behind the real one while the duo is proposed and started. */
let offset = -90 * DAY
let duoId: string

/** Takes the proposed duo to its start through the data layer's one transition, hours apart. */
async function activate(id: string) {
  const tenant = platform.deps.data.forTenant(systemContext(PLS))
  const { rules } = await tenant.rules.current(PLS_PROGRAMME)
  const placeKind = rules.cadences.firstMeetingPlace
  const at = (hours: number) => new Date(Date.now() + offset + hours * 3_600_000).toISOString()
  const sha256 = 'a'.repeat(64)
  const events: DuoEvent[] = [
    { type: 'accept', at: at(1), by: 'u' },
    { type: 'schedule-meeting', at: at(2), by: 'u', startsAt: at(20), place: 'Rue Royale 10', placeKind, ...(placeKind === 'neutral-with-staff' && { staffMemberId: 'u' }) },
    { type: 'validate', at: at(22), by: 'u', side: 'mentor' },
    { type: 'validate', at: at(22), by: 'u', side: 'mentee' },
    { type: 'contract-generated', at: at(23), by: 'u', documentId: 'doc-1', sha256, parties: 'tripartite' },
    { type: 'sign', at: at(24), by: 'u', party: 'mentor', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(24), by: 'u', party: 'mentee', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(25), by: 'u', party: 'organisation', clientAddress: '127.0.0.1', sha256 },
  ]
  for (const event of events) {
    const duo = await tenant.duos.get(PLS_PROGRAMME, id)
    if (duo.state === 'active') break
    await tenant.duos.transition(PLS_PROGRAMME, id, duo.version, event, platform.deps.newId)
  }
}

beforeAll(async () => {
  session = await browserSession('alerts', COORDINATOR, {
    platform: { demoDuos: false, now: () => new Date(Date.now() + offset) },
    async prepare(p) {
      platform = p
      const coordinator = await signIn(platform, COORDINATOR)
      const proposed = await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }] })
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
      duoId = proposed.body.items[0].id
      await activate(duoId)
      // Three months later, today: no check-in since the start, so both sides' are overdue. The browser signs the
      // coordinator in after this, with a code newer than the one the API client used.
      offset = 0
      await platform.runSchedule('daily-monitoring')
    },
  })
  ;({ platform, page, shotsDir } = session)
})

afterAll(() => session?.close())

const overdue = () => page.getByRole('region', { name: fr.dayWork.title }).locator('li[data-alert-kind="check-in-overdue"]')

describe("a coordinator's alerts", () => {
  it('shows the overdue check-in on the home, a link to the duo', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.getByRole('region', { name: fr.dayWork.title }).waitFor()
    await expect.poll(() => overdue().count()).toBe(2)
    expect(await overdue().first().textContent()).toMatch(/point de suivi avec (le mentor|la personne mentorée) devait avoir lieu le/)
    expect(await overdue().first().getByRole('button', { name: fr.alerts.actions.dismiss }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'alerts-home.png'), fullPage: true })
  })

  it('opens the duo and records the check-in with both sides', async () => {
    await overdue().first().getByRole('link').click()
    await page.waitForURL(new RegExp(`/duos/${duoId}$`))
    const section = page.getByRole('region', { name: fr.checkIns.title })
    await section.waitFor()
    expect(await section.textContent()).toContain(fr.checkIns.none)
    await section.getByRole('button', { name: fr.checkIns.record }).click()
    await page.getByLabel(fr.checkIns.side).selectOption('both')
    await page.getByLabel(fr.checkIns.channel).selectOption('phone')
    await page.getByLabel(fr.checkIns.mood).selectOption('mixed')
    await page.getByLabel(fr.checkIns.risk).selectOption('watch')
    await page.getByLabel(fr.checkIns.notes).fill('Appel avec les deux : les rencontres reprennent la semaine prochaine.')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'alerts-check-in-form.png'), fullPage: true })
    await section.getByRole('button', { name: fr.common.save }).click()
    await page.getByText(fr.checkIns.saved).waitFor()
    // The notice shows as the duo is read again: the list follows.
    await expect.poll(() => section.textContent(), { timeout: 15_000 }).toContain('les rencontres reprennent')
    expect(await section.textContent()).toContain(fr.checkIns.risks.watch)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'alerts-duo.png'), fullPage: true })
  })

  it('no longer shows the overdue check-in on the home', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.getByRole('region', { name: fr.dayWork.title }).waitFor()
    // The duo's other alerts (no activity, behind the cadence) are still there; the check-in ones are gone.
    await expect.poll(() => page.getByRole('region', { name: fr.dayWork.title }).locator('li[data-alert-kind="inactive"]').count()).toBe(1)
    expect(await overdue().count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'alerts-after.png'), fullPage: true })
  })

  it('hands focus from a handled alert to the next one, and from a snooze put off back to its button', async () => {
    const lines = page.getByRole('region', { name: fr.dayWork.title }).locator('li.alert-line')
    const before = await lines.count()
    expect(before).toBeGreaterThan(1)
    const next = await lines.nth(1).getByRole('link').getAttribute('id')
    // Dismissed from the keyboard: its line goes, and focus does not fall back to the page's start.
    await lines.first().getByRole('button', { name: fr.alerts.actions.dismiss }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => lines.count()).toBe(before - 1)
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(next)

    const snooze = lines.first().getByRole('button', { name: fr.alerts.actions.snooze })
    await snooze.focus()
    await page.keyboard.press('Enter')
    // Its day is typed dd/mm/yyyy (DateField), not in the browser's own date box.
    expect(await lines.first().getByLabel(fr.alerts.actions.snoozeUntil).getAttribute('type')).toBe('text')
    await lines.first().getByRole('button', { name: fr.alerts.actions.cancel }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => snooze.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true)
  })
})
