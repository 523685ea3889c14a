/**
 * The tracking table in a real browser: the MentorYou coordinator opens the programme's "Suivi" tab, sees the quiet
 * duo in red with its words, sorts by mentee both ways (the header says so with aria-sort, from the keyboard too),
 * filters to the duos with no recent activity (the filter lands in the URL) and downloads the XLSX of what is shown —
 * with axe and screenshots (tests/artifacts/tracking-*.png) on a desktop and on a 390 px phone.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { DuoEvent } from '@binome/core'
import { systemContext } from '@binome/data'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
const DAY = 86_400_000

let session: BrowserSession
let platform: Platform
let page: Page
const shoot = (name: string) => session.shoot(name)
/** The platform's clock runs ahead of the real one once the duos have started, so they have a past to show. */
let offset = 0
const busyMentee = { name: '' }
const quietMentee = { name: '' }

/** Takes a proposed duo to its start through the data layer's one transition, as the contract's signatures do. */
async function activate(duoId: string, from: number) {
  const tenant = platform.deps.data.forTenant(systemContext(PLS))
  const { rules } = await tenant.rules.current(PLS_PROGRAMME)
  const placeKind = rules.cadences.firstMeetingPlace
  const at = (hours: number) => new Date(from + hours * 3_600_000).toISOString()
  const sha256 = 'a'.repeat(64)
  const events: DuoEvent[] = [
    { type: 'accept', at: at(1), by: 'u' },
    { type: 'schedule-meeting', at: at(2), by: 'u', startsAt: at(26), place: 'Rue Royale 10', placeKind, ...(placeKind === 'neutral-with-staff' && { staffMemberId: 'u' }) },
    { type: 'validate', at: at(28), by: 'u', side: 'mentor' },
    { type: 'validate', at: at(28), by: 'u', side: 'mentee' },
    { type: 'contract-generated', at: at(30), by: 'u', documentId: 'doc-1', sha256, parties: 'tripartite' },
    { type: 'sign', at: at(31), by: 'u', party: 'mentor', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(31), by: 'u', party: 'mentee', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: at(48), by: 'u', party: 'organisation', clientAddress: '127.0.0.1', sha256 },
  ]
  for (const event of events) {
    const duo = await tenant.duos.get(PLS_PROGRAMME, duoId)
    if (duo.state === 'active') break
    await tenant.duos.transition(PLS_PROGRAMME, duoId, duo.version, event, platform.deps.newId)
  }
}

beforeAll(async () => {
  // Without the demo's duos: this test makes its own two, a quiet one and a busy one, and knows every line.
  session = await browserSession('tracking', COORDINATOR, {
    // The clock is the real one until the duos have started: the run's seed of the same day serves, not a seed of its own.
    platform: { demoRuns: true, demoDuos: false, now: () => new Date(Date.now() + offset), clockStartsReal: true },
    prepare: async (p) => {
      platform = p
      // The other coordinator proposes and logs, so that the only sign-in code of COORDINATOR is the browser's.
      let staff = await signIn(platform, 'coordination2@mentoryou.demo')
      const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
      const proposed = await staff.post(duos, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }, { menteeId: 'mentee-02', mentorId: 'mentor-02' }] })
      expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
      const [busy, quiet] = proposed.body.items.map((d: { id: string }) => d.id) as [string, string]
      const started = Date.now()
      await activate(busy, started)
      await activate(quiet, started)
      // Eighty days later: the busy duo met and was called; the quiet one has not been heard of since it started.
      offset = 80 * DAY
      staff = await signIn(platform, 'coordination2@mentoryou.demo')
      const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${busy}`
      const daysAgo = (n: number) => new Date(Date.now() + offset - n * DAY).toISOString().slice(0, 10)
      for (const n of [40, 26, 12, 2]) expect((await staff.post(`${life}/log`, { kind: 'meeting', date: daysAgo(n), channel: 'in-person' })).status).toBe(201)
      expect((await staff.post(`${life}/check-ins`, { side: 'both', date: daysAgo(10), channel: 'phone', mood: 'good', risk: 'none' })).status).toBe(201)
      const lines = (await staff.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/tracking`)).body.items as { duoId: string; menteeName: string }[]
      busyMentee.name = lines.find((l) => l.duoId === busy)!.menteeName
      quietMentee.name = lines.find((l) => l.duoId === quiet)!.menteeName
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const menteeColumn = () => page.locator('table.tracking tbody th[scope="row"]').allTextContents()
const rowOf = (name: string) => page.locator('table.tracking tbody tr').filter({ hasText: name })

describe('the tracking table', () => {
  it('opens from the programme’s tabs, the quiet duo in red with its words', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)
    await page.getByRole('navigation', { name: fr.programmeTabs.label }).getByRole('link', { name: fr.programmeTabs.tracking }).click()
    await page.getByRole('heading', { name: fr.tracking.title }).waitFor()
    await rowOf(quietMentee.name).waitFor()
    const quiet = (await rowOf(quietMentee.name).textContent())!
    expect(quiet).toContain(fr.tracking.colours.red)
    expect(quiet).toContain(fr.tracking.kinds['check-in-overdue'])
    expect(quiet).toContain(fr.tracking.kinds.inactive)
    expect(await rowOf(busyMentee.name).textContent()).toContain(fr.tracking.colours.green)
    // Most urgent first by default.
    expect((await menteeColumn())[0]).toBe(quietMentee.name)
    await shoot('tracking-table')
  })

  it('sorts by mentee both ways, saying so in aria-sort, from the mouse and the keyboard', async () => {
    const header = page.locator('thead th').filter({ hasText: fr.tracking.columns.mentee })
    await header.getByRole('button').click()
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending')
    expect(page.url()).toContain('sort=mentee')
    const up = await menteeColumn()
    expect(up).toEqual([...up].sort((a, b) => a.localeCompare(b, 'fr')))
    // From the keyboard: Enter on the focused button sorts the other way (the app moves focus to the heading after
    // each navigation, so the test puts it back on the button).
    await header.getByRole('button').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending')
    expect(await menteeColumn()).toEqual([...up].reverse())
    expect(await page.locator('thead th[aria-sort]').count()).toBe(1)
  })

  it('filters to the duos with no recent activity, the filter in the URL', async () => {
    await page.getByLabel(fr.tracking.attention).selectOption('inactive')
    await page.getByRole('button', { name: fr.tracking.apply }).click()
    await page.waitForURL(/attention=inactive/)
    await expect.poll(() => menteeColumn()).toEqual([quietMentee.name])
    expect(page.url()).toContain('sort=mentee')
    await shoot('tracking-filtered')
    // A reload keeps the view.
    await page.reload()
    await expect.poll(() => menteeColumn()).toEqual([quietMentee.name])
  })

  it('downloads the XLSX of what is shown', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.tracking.export }).click()])
    expect(download.suggestedFilename()).toMatch(/^suivi-binomes-.*\.xlsx$/)
    const file = join(session.dataDir, download.suggestedFilename())
    await download.saveAs(file)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const sheet = book.worksheets[0]!
    expect(sheet.getRow(1).getCell(1).value).toBe('Mentoré·e')
    expect(sheet.rowCount).toBe(2)
    expect(sheet.getRow(2).getCell(1).value).toBe(quietMentee.name)
    expect(sheet.getRow(2).getCell(13).value).toBe('Rouge')
    await page.getByRole('status').filter({ hasText: /Fichier prêt/ }).waitFor()
    await shoot('tracking-exported')
  })
})
