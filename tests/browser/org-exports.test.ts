/**
 * The organisation's files for funders in a real browser (issue 11): the MentorYou coordinator opens the
 * organisation's results from its home, asks for the whole organisation's XLSX, PDF and anonymised CSV in turn, sees
 * each being prepared (the progress bar), downloads each and opens it: the workbook with ExcelJS (totals, then a line
 * per programme), the PDF rendered to an image with pdftoppm and read with pdftotext, the CSV's header and lines —
 * with axe and screenshots (tests/artifacts/org-exports-*.png), desktop and phone.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

let session: BrowserSession
let platform: Platform
let dataDir: string
let page: Page

beforeAll(async () => {
  session = await browserSession('org-exports', 'coordination@mentoryou.demo', { platform: { demoDuos: true } })
  ;({ platform, page, dataDir } = session)
})
afterAll(() => session?.close())

/** "Télécharger {filename}", whatever the file (one job is shown at a time). */
const downloadButton = () => page.getByRole('button', { name: new RegExp(`^${fr.results.jobs.download.split('{filename}')[0]}`) })

/** Picks the format, asks for the file, sees it being prepared, then downloads it into the data folder. */
async function prepareAndDownload(formatLabel: string): Promise<string> {
  await page.getByLabel(formatLabel).check()
  // The job answers queued (0 %) and is polled each second: the bar shows until it is done.
  const progress = page.getByRole('progressbar', { name: fr.results.jobs.prepare })
  await Promise.all([progress.waitFor({ timeout: 30_000 }), page.getByRole('button', { name: fr.results.jobs.prepare }).click()])
  const button = downloadButton()
  await button.waitFor({ timeout: 90_000 })
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const file = join(dataDir, download.suggestedFilename())
  await download.saveAs(file)
  return file
}

describe('the organisation\'s files for funders', () => {
  it('opens the organisation\'s results from its home, with the background files', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.getByRole('link', { name: fr.orgHome.results }).click()
    await page.getByRole('heading', { name: fr.results.orgTitle }).waitFor()
    await page.getByRole('heading', { name: fr.results.jobs.background }).waitFor()
    await session.shoot('org-exports-page')
  })

  it('prepares and downloads the XLSX: the totals, then a line per programme', async () => {
    const file = await prepareAndDownload(fr.results.jobs.formatXlsx)
    expect(file).toMatch(/resultats-organisation.*\.xlsx$/)
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(file)
    const rows = (book.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1))
    expect(rows[0]![0]).toBe('Organisation')
    const head = rows.findIndex((r) => r[0] === 'Par programme')
    expect(head).toBeGreaterThan(0)
    expect(rows[head + 1]).toEqual(['Programme', 'Commencés', 'En cours', 'Terminés', 'Sorties positives (%)', 'Emploi (%)'])
    expect(rows[head + 2]![0]).toBe('MentorYou 2026-2027')
    await page.getByText(fr.results.jobs.ready.replace('{filename}', file.split('/').at(-1)!)).waitFor()
    await session.shoot('org-exports-xlsx-ready')
  })

  it('prepares and downloads the PDF, which renders and reads as the organisation\'s results', async () => {
    const file = await prepareAndDownload(fr.results.jobs.formatPdf)
    expect(file).toMatch(/\.pdf$/)
    const text = execFileSync('pdftotext', [file, '-']).toString()
    expect(text).toContain('Résultats pour les financeurs')
    expect(text).toContain('Par programme')
    expect(text).toContain('MentorYou 2026-2027')
    // The first page drawn as a PNG (what a funder sees), kept beside the screenshots.
    const png = join(session.shotsDir, 'org-exports-pdf-page1')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, png])
    expect(statSync(`${png}.png`).size).toBeGreaterThan(5_000)
  })

  it('prepares and downloads the anonymised CSV: its header, a line per duo, no names', async () => {
    const file = await prepareAndDownload(fr.results.jobs.formatCsv)
    expect(file).toMatch(/binomes-anonymises.*\.csv$/)
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]!.split(',').slice(0, 4)).toEqual(['N°', 'Programme', 'État', 'Début'])
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines.slice(1)) expect(line.split(',')[1]).toBe('MentorYou 2026-2027')
    // The demo's people by name are nowhere in it.
    expect(lines.join('\n')).not.toMatch(/Sophie|Lambert|Amina|Haddad|@/)
    await session.shoot('org-exports-csv-ready')
  })
})
