/**
 * The quality audit in a real browser: the MentorYou coordinator opens the programme's "Qualité" tab on the full
 * demo, reads the summary and each group's criteria with their words, verdicts (icon and word) and evidence, opens
 * the duos behind a gap and follows one to its page, changes the period (it lands in the URL) and downloads the PDF,
 * which renders (pdftoppm) — with axe and screenshots (tests/artifacts/quality-*.png) on a desktop and a 390 px phone.
 */
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { qualityAuditWords } from '@binome/contracts'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
const words = qualityAuditWords.fr

let session: BrowserSession
let platform: Platform
let dataDir: string
let page: Page

beforeAll(async () => {
  // The whole demo, its duos at every step, their history and its first runs: the audit has something real to say.
  session = await browserSession('quality', COORDINATOR, { platform: { demoRuns: true } })
  ;({ platform, page, dataDir } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

const criterion = (id: keyof typeof words.criteria) => page.locator('li.criterion').filter({ has: page.getByRole('heading', { level: 4, name: words.criteria[id].title }) })

describe('the quality audit', () => {
  it('opens from the programme’s tabs with its summary and the 23 criteria in five groups', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)
    await page.getByRole('navigation', { name: fr.programmeTabs.label }).getByRole('link', { name: fr.programmeTabs.quality }).click()
    await page.getByRole('heading', { level: 2, name: fr.quality.title }).waitFor()
    for (const title of Object.values(words.groups)) await page.getByRole('heading', { level: 3, name: title }).waitFor()
    expect(await page.locator('li.criterion').count()).toBe(23)
    const totals = (await page.locator('.totals').textContent())!
    for (const v of Object.values(words.verdicts)) expect(totals).toContain(v)
    await shoot('quality-audit')
  })

  it('says each criterion’s words, verdict and evidence, never by colour alone', async () => {
    const contract = criterion('engagement-contract')
    const text = (await contract.textContent())!
    expect(text).toContain(words.criteria['engagement-contract'].text)
    expect(text).toContain(fr.quality.rules)
    expect(text).toContain(fr.quality.practice)
    expect(text).toMatch(/\d+ binômes validés sur \d+ avec la convention signée \(\d+ %\)/)
    // PLS meets mentees at the mentor's workplace: seed 003 wants neutral ground with staff.
    const first = (await criterion('first-meeting-neutral-with-staff').textContent())!
    expect(first).toContain(words.verdicts['not-met'])
    expect(first).toContain('Première rencontre sur le lieu de travail du mentor')
    expect(await criterion('support-material').textContent()).toContain(words.verdicts.met)
  })

  it('names the duos behind a gap, each a link to its page', async () => {
    const followed = criterion('followed-by-staff')
    await followed.locator('summary').first().click()
    const link = followed.locator('details a').first()
    const name = (await link.textContent())!.trim()
    expect(name).toMatch(/ – /)
    await shoot('quality-gaps')
    await link.click()
    await page.waitForURL(/\/duos\/[^/]+$/)
    await page.getByRole('heading', { name: new RegExp(name.split(' – ')[0]!) }).first().waitFor()
    await page.goBack()
    await page.getByRole('heading', { level: 2, name: fr.quality.title }).waitFor()
  })

  it('audits the period asked, the period in the URL', async () => {
    // Typed dd/mm/yyyy whatever the browser's language (DateField), not in the browser's own date box.
    const from = page.getByLabel(fr.quality.from, { exact: true })
    expect(await from.getAttribute('type')).toBe('text')
    await from.fill('31/02/2020')
    await page.getByLabel(fr.quality.to, { exact: true }).fill('31/12/2020')
    await page.getByRole('button', { name: fr.quality.apply }).click()
    await expect.poll(() => from.getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).not.toMatch(/from=/)
    await from.fill('01/01/2020')
    await page.getByRole('button', { name: fr.quality.apply }).click()
    await page.waitForURL(/from=2020-01-01&to=2020-12-31/)
    await page.getByRole('heading', { level: 3, name: /31\/12\/2020/ }).waitFor()
    expect(await criterion('engagement-contract').textContent()).toContain(words.noData)
    await page.goBack()
    await page.getByRole('heading', { level: 2, name: fr.quality.title }).waitFor()
    await expect.poll(() => from.inputValue()).not.toBe('01/01/2020')
  })

  it('downloads the PDF, one page that renders', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: fr.quality.download }).click()])
    expect(download.suggestedFilename()).toMatch(/^audit-qualite-.*\.pdf$/)
    const file = join(dataDir, download.suggestedFilename())
    await download.saveAs(file)
    expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/^Pages:\s+1$/m)
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, join(dataDir, 'audit')])
    expect(existsSync(join(dataDir, 'audit.png'))).toBe(true)
    copyFileSync(join(dataDir, 'audit.png'), join(session.shotsDir, 'quality-pdf.png'))
    await page.getByRole('status').filter({ hasText: fr.quality.downloaded }).waitFor()
  })
})
