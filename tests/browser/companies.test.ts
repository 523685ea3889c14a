/**
 * Mentors' employers in a real browser: MentorYou's admin opens the companies from the navigation, shows the skills
 * sponsorship up to 01/12/2026 (a fixed day, so the figures do not depend on the clock), exports it as CSV, opens a
 * company's page with its mentors, agreements and value, then changes the hourly rate in the settings and sees the
 * new value; on a mentor's page, sees and changes their employer (a mentee's page has none) — with axe and screenshots
 * on a desktop and a 390 px phone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { browserSession, type BrowserSession } from './support/session'

const ADMIN = 'admin@mentoryou.demo'
const PLS = 'pls-mentoryou'
const PROGRAMME = 'mentoryou-2026'

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  // The people as recruited, before MentorYou's demo duos take some into duos (their stages are what it checks).
  session = await browserSession('companies', ADMIN, { platform: { demoDuos: false } })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

/** Text with the narrow and ordinary no-break spaces Intl puts in numbers made plain. */
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ')
const rows = () => page.locator('section[aria-labelledby="sponsorship-title"] tbody tr')

describe('the companies of an organisation and their skills sponsorship', () => {
  it('lists each company with its mentors, agreements, hours and value up to a chosen day', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.companies }).click()
    await page.getByRole('heading', { level: 1, name: fr.companies.title }).waitFor()
    expect(plain(await page.locator('.page-header').textContent())).toContain('Taux horaire : 45,00 € de l’heure.')
    await page.getByLabel(fr.companies.until).fill('01/12/2026')
    await page.getByRole('button', { name: fr.companies.show }).click()
    await expect.poll(async () => plain(await page.locator('.summary').textContent())).toBe(
      '2 entreprises, 4 mentors : 24 h données au 01/12/2026, soit 1 080,00 €.',
    )
    const cells = async (name: string) => {
      const row = rows().filter({ hasText: name })
      const cell = async (column: string) => plain(await row.locator(`[data-column="${column}"]`).textContent()).trim()
      return { value: await cell('value'), hours: await cell('hours'), mentors: await cell('mentors'), agreements: await cell('agreements'), hoursPerMonth: await cell('hoursPerMonth') }
    }
    expect(await cells('Assurances Mosane')).toEqual({ value: '810,00 €', hours: '18', mentors: '2', agreements: '2 donnés', hoursPerMonth: '7' })
    expect(await cells('Datagora')).toEqual({ value: '270,00 €', hours: '6', mentors: '2', agreements: '1 donné, 1 en attente', hoursPerMonth: '3' })
    await shoot('companies-list')
  })

  it('exports the same figures as a CSV file for Excel', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.companies.exportCsv }).click()])
    expect(download.suggestedFilename()).toBe('mecenat-de-competences-2026-12-01.csv')
    // The run's one Chromium may be remote (a shared browser server), where download.path() is not available.
    const saved = join(session.dataDir, download.suggestedFilename())
    await download.saveAs(saved)
    const csv = readFileSync(saved, 'utf8')
    const lines = csv.replace(/^\ufeff/, '').split('\r\n')
    expect(lines[0]).toBe('Entreprise;Secteur;Localité;Mentors;Accords donnés;Accords en attente;Heures par mois;Heures données;Taux horaire (€);Valeur (€);Du;Au')
    expect(lines).toContain('Assurances Mosane;Banque et assurances;Saint-Josse-ten-Noode;2;2;0;7;18;45;810;;2026-12-01')
    expect(lines.at(-1)).toBe('Total;;;4;;;;24;45;1080;;2026-12-01')
  })

  it('opens a company with its mentors across programmes, their agreement, hours and value', async () => {
    await rows().getByRole('link', { name: 'Datagora' }).click()
    await page.getByRole('heading', { level: 1, name: 'Datagora' }).waitFor()
    const figures = plain(await page.locator('section[aria-labelledby="value-title"]').textContent())
    expect(figures).toContain('Heures données au 01/12/2026')
    expect(figures).toContain('270,00 €')
    const mentors = page.locator('section[aria-labelledby="mentors-title"] tbody tr')
    expect(await mentors.count()).toBe(2)
    const marc = plain(await mentors.filter({ hasText: 'Marc Dubois' }).textContent())
    expect(marc).toContain(fr.companies.agreement.agreed)
    expect(marc).toContain('le 10/09/2026')
    expect(marc).toContain('MentorYou 2026-2027')
    expect(marc).toContain('depuis le 15/09/2026')
    expect(marc).toContain('270,00 €')
    expect(marc).toContain(fr.status.person.ready)
    const david = plain(await mentors.filter({ hasText: 'David Lemaire' }).textContent())
    expect(david).toContain(fr.companies.agreement.pending)
    expect(david).toContain(fr.status.person.interviewed)
    await shoot('company-page')
  })

  it('values the hours at the rate an admin sets in the settings', async () => {
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.settings }).click()
    await page.getByRole('heading', { level: 1, name: fr.settings.title }).waitFor()
    const rate = page.getByLabel(fr.settings.hourlyRate)
    await rate.fill('42,125')
    await page.getByRole('button', { name: fr.common.save }).click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('org-hourly-rate')
    await rate.fill('50')
    await page.getByRole('button', { name: fr.common.save }).click()
    await page.getByText(fr.settings.saved).waitFor()
    await page.goto(`${platform.url}/orgs/${PLS}/companies/datagora?until=2026-12-01`)
    await page.getByRole('heading', { level: 1, name: 'Datagora' }).waitFor()
    expect(plain(await page.locator('section[aria-labelledby="value-title"]').textContent())).toContain('300,00 €')
  })

  it('shows a mentor’s employer on their page, next to their pipeline, where it is changed; a mentee’s page has none', async () => {
    await page.locator('section[aria-labelledby="mentors-title"]').getByRole('link', { name: 'Marc Dubois' }).click()
    await page.getByRole('heading', { level: 2, name: 'Marc Dubois' }).waitFor()
    const panel = page.getByRole('region', { name: fr.companies.panel.title })
    await panel.getByRole('link', { name: 'Datagora' }).waitFor()
    const facts = plain(await panel.textContent())
    expect(facts).toContain(fr.companies.agreement.agreed)
    expect(facts).toContain('le 10/09/2026')
    await panel.getByRole('button', { name: fr.common.edit }).click()
    await panel.getByLabel(fr.companies.column.hoursPerMonth).fill('4,5')
    await panel.getByRole('button', { name: fr.common.save }).click()
    await panel.getByText(fr.companies.panel.saved).waitFor()
    expect(plain(await panel.locator('dl').textContent())).toContain('4,5')
    await shoot('mentor-employer')
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PROGRAMME}/people/mentee-01`)
    await page.locator('#identity-title').waitFor()
    expect(await page.locator('section.employment').count()).toBe(0)
  })
})
