/**
 * Personal-data tools in a real browser (issue 12): the demo admin sets the organisation's retention to 12 months,
 * opens "Données personnelles" from the navigation and reads the retention dry run (who the nightly sweep will
 * anonymise, with when) and the audit log; on a person's page exports their data as a PDF (a file is downloaded),
 * then erases them — a confirmation step first, which refuses a wrong name — and sees the erased notice with no
 * editing action left; the audit log then shows the erasure, on request (also in Dutch). axe on every screen,
 * screenshots.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import nl from '../../web/src/lib/i18n/nl.json'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInThroughUi } from './support/sign-in'
import { artifactsDir } from './support/web-build'

const ADMIN = 'admin@mentoryou.demo'
const shotsDir = join(artifactsDir, 'privacy')

let session: BrowserSession
let platform: Platform
let page: Page

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The control labelled exactly `label` (a required one's label ends with a mark hidden from screen readers). */
const labelled = (label: string) => page.getByLabel(new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`))
const shoot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
let adminClient: ApiClient | undefined
/** The same admin on the API, to check what the screens say against what is stored (signed in once). */
const apiAdmin = async () => (adminClient ??= await signIn(platform, ADMIN))
const today = () => {
  const d = new Date()
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
}

beforeAll(async () => {
  // The whole demo with its first runs; the admin signs in through the sign-in page in the test.
  session = await browserSession('privacy', undefined, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
})

afterAll(() => session?.close())

describe('personal data: retention, audit log, export and erasure', () => {
  it('sets the retention to 12 months in the organisation settings', async () => {
    await signInThroughUi(page, platform, ADMIN)
    await page.goto(`${platform.url}/orgs/${PLS}/settings`)
    const retention = labelled(fr.settings.retentionMonths)
    // The field explains the nightly anonymisation.
    expect(await retention.getAttribute('aria-describedby')).toBeTruthy()
    await expect.poll(() => retention.inputValue()).toBe('24')
    // Out of range: said next to the field, nothing saved.
    await retention.fill('0')
    await page.getByRole('button', { name: fr.common.save }).click()
    await expect.poll(() => retention.getAttribute('aria-invalid')).toBe('true')
    await retention.fill('12')
    await page.getByRole('button', { name: fr.common.save }).click()
    await page.getByText(fr.settings.saved).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await shoot('settings')
    const admin = await apiAdmin()
    expect((await admin.get(`/api/onboarding/orgs/${PLS}`)).body.retentionMonths).toBe(12)
  })

  it('shows who the nightly sweep will anonymise and the audit log', async () => {
    await page.getByRole('navigation').getByRole('link', { name: fr.nav.privacy }).click()
    await page.getByRole('heading', { level: 1, name: fr.privacy.title }).waitFor()
    const dryRun = page.getByRole('region', { name: fr.privacy.retention.title })
    expect(await dryRun.textContent()).toContain('12 mois')

    // A year ahead: every person whose path ended in the past year is due within it.
    const admin = await apiAdmin()
    const expected = (await admin.get(`/api/onboarding/orgs/${PLS}/retention?withinDays=365`)).body
    expect(expected.total).toBeGreaterThan(0)
    await labelled(fr.privacy.retention.within).selectOption('365')
    await dryRun.getByRole('button', { name: fr.privacy.retention.show }).click()
    await page.waitForURL(/within=365/)
    const rows = dryRun.getByRole('table').getByRole('row')
    await expect.poll(() => rows.count()).toBe(expected.people.length + 1)
    const first = expected.people[0]
    const firstRow = rows.nth(1)
    const text = (await firstRow.textContent()) ?? ''
    expect(text).toContain(`${first.firstName} ${first.lastName}`)
    expect(text).toContain(first.programmeName)
    expect(text).toContain(fr.status.person[first.stage as keyof typeof fr.status.person])
    expect(await seriousViolations(page)).toEqual([])
    await shoot('privacy')

    // The log: reading the dry run is itself a read of personal data, recorded with the route.
    const log = page.getByRole('region', { name: fr.privacy.audit.title })
    const logRows = log.getByRole('table').getByRole('row')
    await expect.poll(() => logRows.count()).toBeGreaterThan(1)
    expect(await log.textContent()).toContain(fr.privacy.audit.actions['personal-data'].read)
  })

  it('exports a person as a PDF, then erases them after a confirmation', async () => {
    // A mentee still at the start of their path (a person the demo does not need elsewhere).
    const admin = await apiAdmin()
    const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
    const [mentee] = (await admin.get(`${people}?kind=mentee&stage=applied&limit=1`)).body.items
    const { id: personId, firstName, lastName } = mentee as { id: string; firstName: string; lastName: string }
    const name = `${firstName} ${lastName}`
    const personUrl = `${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${personId}`
    await page.goto(personUrl)
    await page.getByRole('heading', { level: 2, name }).waitFor()
    const panel = page.getByRole('region', { name: fr.privacy.person.title })

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: fr.privacy.person.export }).click(),
    ])
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
    const saved = join(shotsDir, 'export.pdf')
    await pdf.saveAs(saved)
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-')
    await panel.getByText(fr.privacy.person.exported).waitFor()

    // The erasure asks first; a wrong name is refused next to the field and nothing is erased.
    await panel.getByRole('button', { name: fr.privacy.person.erase }).click()
    const confirmName = panel.getByRole('textbox', { name: new RegExp(escape(lastName)) })
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe(await confirmName.getAttribute('id'))
    await confirmName.fill('Quelqu’un')
    await panel.getByRole('button', { name: fr.privacy.person.eraseConfirm }).click()
    await panel.getByText(fr.privacy.person.nameMismatch).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await shoot('erase-confirm')
    const before = await admin.get(`${people}/${personId}`)
    expect(before.body.erasedAt).toBeUndefined()

    await confirmName.fill(lastName.toUpperCase())
    await panel.getByRole('button', { name: fr.privacy.person.eraseConfirm }).click()
    const erasedOn = fr.privacy.person.erasedOn.replace('{date}', today())
    await page.getByRole('heading', { level: 2, name: erasedOn }).waitFor()
    await page.getByText(fr.privacy.person.erasedHint).waitFor()
    // No name left, and no change offered: edit, stage steps, notes and the tools are gone.
    expect(await page.locator('main').textContent()).not.toContain(name)
    expect(await page.getByRole('button', { name: fr.common.edit }).count()).toBe(0)
    expect(await page.getByRole('region', { name: fr.privacy.person.title }).count()).toBe(0)
    expect(await page.locator('main form').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('erased')
    const after = await admin.get(`${people}/${personId}`)
    expect(after.body.erasedAt).toBeTruthy()
    expect(after.body.lastName).toBe('')

    // The log keeps the tombstone: the erasure, on request, linked to the person's page.
    await page.goto(`${platform.url}/orgs/${PLS}/privacy`)
    const log = page.getByRole('region', { name: fr.privacy.audit.title })
    await labelled(fr.privacy.audit.action).selectOption('person.erased')
    await log.getByRole('button', { name: fr.privacy.audit.search }).click()
    await page.waitForURL(/action=person.erased/)
    const rows = log.getByRole('table').getByRole('row')
    await expect.poll(() => rows.count()).toBe(2)
    const row = (await rows.nth(1).textContent()) ?? ''
    expect(row).toContain(fr.privacy.audit.actions.person.erased)
    expect(row).toContain(fr.privacy.audit.reasons.request)
    expect(await rows.nth(1).getByRole('link', { name: personId }).getAttribute('href')).toBe(new URL(personUrl).pathname)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('audit-erased')

    // The same page in Dutch: every word from the catalogue, the reason included.
    await page.getByRole('button', { name: 'Nederlands' }).click()
    await page.getByRole('heading', { level: 1, name: nl.privacy.title }).waitFor()
    const nlRows = page.getByRole('region', { name: nl.privacy.audit.title }).getByRole('table').getByRole('row')
    expect(await nlRows.nth(1).textContent()).toContain(nl.privacy.audit.reasons.request)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('audit-erased-nl')
    await page.getByRole('button', { name: 'Français' }).click()
  })
})
