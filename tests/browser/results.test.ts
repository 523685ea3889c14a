/**
 * The results dashboard in a real browser: the MentorYou coordinator opens the programme's "Résultats" tab after two
 * of the demo's duos were closed (a job, a dropout), reads "50 % de sorties positives (1/2), dont 50 % d’emploi",
 * opens a chart's table, changes the window to a past year (the URL keeps it, the figures follow), downloads its XLSX,
 * has its PDF prepared in the background (progress, then a download button) and reads it, then opens the
 * organisation's results from its home — with axe and screenshots (tests/artifacts/results-*.png), desktop and phone.
 */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'

let session: BrowserSession
let platform: Platform
let dataDir: string
let page: Page

beforeAll(async () => {
  session = await browserSession('results', COORDINATOR, {
    platform: { demoRuns: true, demoDuos: true },
    // The other coordinator closes two of the demo's active duos.
    async prepare(p) {
      const staff = await signIn(p, 'coordination2@mentoryou.demo')
      const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
      const active = (await staff.get(`${duos}?state=active&limit=100`)).body.items as { id: string; version: number }[]
      const today = new Date().toISOString().slice(0, 10)
      for (const [duo, outcomeId] of [[active[0]!, 'job'], [active[1]!, 'dropout']] as const) {
        const res = await staff.post(`${duos}/${duo.id}/close`, { version: duo.version, outcomeId, endDate: today, decidedBy: 'coordinator', reason: 'Fin anticipée' })
        expect(res.status, JSON.stringify(res.body)).toBe(200)
      }
    },
  })
  ;({ platform, page, dataDir } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

describe('the results dashboard', () => {
  it('opens from the programme’s tabs with the rates and their counts, and each chart’s table', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)
    await page.getByRole('navigation', { name: fr.programmeTabs.label }).getByRole('link', { name: fr.programmeTabs.results }).click()
    await page.getByRole('heading', { name: fr.results.title, exact: true }).waitFor()
    await page.getByText('50 % de sorties positives (1/2), dont 50 % d’emploi (1/2)').waitFor()
    // The charts are drawn once Chart.js has loaded; their figures are in tables a keyboard opens.
    await page.locator('figure canvas').first().waitFor()
    await expect.poll(() => page.getByText(fr.results.chartLoading).count(), { timeout: 30_000 }).toBe(0)
    const exits = page.locator('figure').filter({ hasText: fr.results.exitsTitle })
    await exits.locator('summary').focus()
    await page.keyboard.press('Enter')
    const table = await exits.locator('table').textContent()
    expect(table).toContain('Emploi')
    // The skills sponsorship of the mentors' employers over the window: a table with its total, and a chart.
    const sponsorship = page.getByRole('region', { name: fr.results.sponsorship.title })
    await sponsorship.getByRole('row', { name: /Assurances Mosane/ }).waitFor()
    expect(await sponsorship.locator('tfoot').textContent()).toContain(fr.results.sponsorship.total)
    await sponsorship.locator('figure canvas').waitFor()
    await shoot('results-programme')
  })

  it('changes the window to a past year: the URL keeps it and nothing was closed then', async () => {
    await page.getByLabel(fr.results.basisCohort).check()
    await page.getByLabel(fr.results.from, { exact: true }).fill('01/01/2020')
    await page.getByLabel(fr.results.to, { exact: true }).fill('31/12/2020')
    await page.getByRole('button', { name: fr.results.show }).click()
    await page.waitForURL(/basis=cohort&from=2020-01-01&to=2020-12-31/)
    await page.getByText(fr.results.noExits).waitFor()
    await page.reload()
    await page.getByText(fr.results.noExits).waitFor()
    await shoot('results-past-cohort')
  })

  it('downloads the figures of the window shown as an XLSX file', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.results.export }).click()])
    expect(download.suggestedFilename()).toBe(`resultats-${PLS_PROGRAMME}-2020-01-01-2020-12-31.xlsx`)
    const file = join(dataDir, download.suggestedFilename())
    await download.saveAs(file)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Chiffres', 'Sorties par issue', 'Mécénat de compétences'])
    await page.getByText(fr.results.exported).waitFor()
  })

  it('prepares the PDF in the background, shows its progress, then downloads it', async () => {
    await page.getByLabel(fr.results.jobs.formatPdf).check()
    await page.getByRole('button', { name: fr.results.jobs.prepare }).click()
    const filename = `resultats-${PLS_PROGRAMME}-2020-01-01-2020-12-31.pdf`
    const button = page.getByRole('button', { name: fr.results.jobs.download.replace('{filename}', filename) })
    await button.waitFor({ timeout: 60_000 })
    await page.getByText(fr.results.jobs.ready.replace('{filename}', filename)).waitFor()
    await shoot('results-export-ready')
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe(filename)
    const file = join(dataDir, filename)
    await download.saveAs(file)
    const text = execFileSync('pdftotext', [file, '-']).toString()
    expect(text).toContain('Résultats pour les financeurs')
    expect(text).toContain('Période : 01/01/2020 – 31/12/2020')
  })

  it('the profile analysis shows labels, not codes: sectors from the programme’s forms, languages by name', async () => {
    const year = new Date().getUTCFullYear()
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/profiles?year=${year}`)
    await page.getByRole('heading', { name: fr.profiles.title, exact: true }).waitFor()
    const rows = async (dimension: string) =>
      (await page.locator(`section[aria-labelledby="profiles-${dimension}"] tbody th`).allTextContents()).filter((t) => t !== fr.profiles.unknown)
    const sectors = await rows('sector')
    expect(sectors.length).toBeGreaterThan(0)
    // A code is lower-case ASCII with dashes ('it', 'health-care'); a label is a word people read ('Informatique').
    for (const s of sectors) expect(s, s).not.toMatch(/^[a-z0-9-]+$/)
    const languages = await rows('language')
    expect(languages).toContain('français')
    for (const l of languages) expect(l, l).not.toMatch(/^[a-z]{2,3}$/)
    await shoot('profiles-labels')
  })

  it('the organisation’s results from its home, every programme listed', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.getByRole('link', { name: fr.orgHome.results }).click()
    await page.getByRole('heading', { name: fr.results.orgTitle }).waitFor()
    await page.getByText('50 % de sorties positives (1/2), dont 50 % d’emploi (1/2)').waitFor()
    const row = page.locator('table tbody tr').filter({ has: page.locator(`a[href*="${PLS_PROGRAMME}/results"]`) })
    expect(await row.textContent()).toContain('50 % (1/2)')
    await shoot('results-organisation')
  })
})
