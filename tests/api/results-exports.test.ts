import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDay } from '@binome/core'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The results files for funders beside the XLSX (issue 11): the dashboard as a PDF that renders (pdftoppm) and says
 * the organisation, programme, period and figures (pdftotext); the duos as an anonymised CSV — one line a duo,
 * numbered, without any name, e-mail or person id.
 */
const results = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient
let mentor: ApiClient

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
})
afterAll(() => p?.stop())

// The platform's day is Brussels' (core localDay), not UTC's: they differ for an hour or two around midnight.
const today = () => localDay(new Date())

/** The file written to a folder of its own, for poppler's tools. */
function saved(body: { base64: string; filename: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'results-export-'))
  const file = join(dir, body.filename)
  writeFileSync(file, Buffer.from(body.base64, 'base64'))
  return { dir, file }
}

describe('the results as a PDF', () => {
  it('renders, and says the organisation, programme, period, generated day and the figures with their charts, in the language asked', async () => {
    const res = await coordinator.get(`${results}/export?format=pdf&locale=en&from=2020-01-01`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ contentType: 'application/pdf', filename: `results-${PLS_PROGRAMME}-2020-01-01-${today()}.pdf` })
    const { dir, file } = saved(res.body)
    execFileSync('pdftoppm', ['-png', '-r', '40', file, join(dir, 'page')])
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(1)
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString()
    expect(text).toContain('Results for funders')
    expect(text).toMatch(/Organisation: \S/)
    expect(text).toContain('Programme: MentorYou')
    expect(text).toContain(`Period: 2020-01-01 – ${today()} (over the period)`)
    expect(text).toContain(`Generated on ${today()}`)
    // The five running demo duos (one paused): started and running said as figures; the rates' and meetings' charts with numbers.
    expect(text).toMatch(/Duos started\s+5/)
    expect(text).toMatch(/Duos running\s+5/)
    expect(text).toContain('Rates (%)')
    expect(text).toMatch(/Check-ins on time\s+\d+% \(\d+\/\d+\)/)
    expect(text).toContain('Meetings per month, against the cadence')
    expect(text).toMatch(/Asked\s+2/)
    // The skills sponsorship's hours per company, each with its value at the demo's rate.
    expect(text).toContain('Skills-sponsorship hours per company')
    expect(text).toMatch(/Assurances Mosane\s+\d+ h, \d+ €/)

    const fr = await coordinator.get(`${results}/export?format=pdf&from=2020-01-01&to=2020-12-31`)
    const frText = execFileSync('pdftotext', ['-layout', saved(fr.body).file, '-']).toString()
    expect(frText).toContain('Résultats pour les financeurs')
    expect(frText).toContain('Période : 01/01/2020 – 31/12/2020')
    expect(frText).toContain('Aucune donnée sur cette période')
  })
})

describe('the anonymised duos as CSV', () => {
  it('one line a duo the window counts, numbered, with no name, e-mail or id of anyone', async () => {
    const res = await coordinator.get(`${results}/export?format=csv&from=2020-01-01`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ contentType: 'text/csv; charset=utf-8', filename: `binomes-anonymises-${PLS_PROGRAMME}-2020-01-01-${today()}.csv` })
    const text = Buffer.from(res.body.base64, 'base64').toString('utf8')
    expect(text.startsWith('\uFEFFN°,Programme,État,Début,')).toBe(true)
    const lines = text.slice(1).trimEnd().split('\r\n')
    // The demo's five running duos, one of them paused (the others never started).
    expect(lines).toHaveLength(6)
    // The state in the reader's words, and its stable code in the last columns beside the outcome's (none yet).
    expect(lines[0]!.endsWith(',state_code,outcome_code')).toBe(true)
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), 'MentorYou 2026-2027']))
    expect(lines.slice(1).filter((l) => l.split(',')[2] === 'Actif')).toHaveLength(4)
    expect(lines.slice(1).map((l) => l.split(',').slice(-2).join(' ')).sort()).toEqual(['active ', 'active ', 'active ', 'active ', 'paused '])

    const tracking = (await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/tracking?limit=1000`)).body.items as
      { duoId: string; menteeId: string; mentorId: string; menteeName: string; mentorName: string }[]
    expect(tracking.length).toBeGreaterThanOrEqual(4)
    for (const t of tracking) {
      for (const secret of [t.duoId, t.menteeId, t.mentorId, t.menteeName, t.mentorName, ...t.menteeName.split(' '), ...t.mentorName.split(' ')]) {
        if (secret.length > 2) expect(text, secret).not.toContain(secret)
      }
    }
    expect(text).not.toMatch(/@/)
    // Four mentees: every group is under five, so none is said.
    for (const l of lines.slice(1)) expect(l.split(',').slice(-5, -2).every((v) => v === '< 5' || v === '')).toBe(true)

    const nl = Buffer.from((await coordinator.get(`${results}/export?format=csv&from=2020-01-01&locale=nl`)).body.base64, 'base64').toString('utf8')
    expect(nl.slice(1).split('\r\n').slice(1).map((l) => l.split(',')[2])).toContain('Actief')
  })

  it('a mentor may not export; another organisation reaches nothing; a bad format is 400 naming it', async () => {
    expect((await mentor.get(`${results}/export?format=csv`)).status).toBe(403)
    expect((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/results/export?format=pdf`)).status).toBe(404)
    const bad = await coordinator.get(`${results}/export?format=docx`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ path: 'format' }))
  })
})

describe('exports made in the background', () => {
  const exports = `${results}/exports`

  it('202 with a queued job; the worker makes the file with its progress; done, the download gives it', async () => {
    const created = await coordinator.post(exports, { format: 'pdf', from: '2020-01-01', locale: 'nl' })
    expect(created.status, JSON.stringify(created.body)).toBe(202)
    expect(created.body).toMatchObject({ state: 'queued', progress: { stage: 'queued', percent: 0 }, format: 'pdf', basis: 'period', from: '2020-01-01', to: today(), locale: 'nl', file: null })
    expect(JSON.stringify(created.body)).not.toMatch(/results-exports\/|requestedBy/)
    await p.drain()
    const job = await coordinator.get(`${exports}/${created.body.id}`)
    expect(job.status).toBe(200)
    expect(job.body).toMatchObject({ state: 'done', progress: { stage: 'done', percent: 100 }, failed: false, file: { filename: `resultaten-${PLS_PROGRAMME}-2020-01-01-${today()}.pdf`, contentType: 'application/pdf' } })
    const file = await coordinator.get(`${exports}/${created.body.id}/download`)
    expect(file.status).toBe(200)
    expect(Buffer.from(file.body.base64, 'base64').length).toBe(job.body.file.size)
    expect(execFileSync('pdftotext', [saved(file.body).file, '-']).toString()).toContain('Resultaten voor financiers')
  })

  it('the CSV and XLSX too; a redelivered message changes nothing once done', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const created = await coordinator.post(exports, { format, basis: 'cohort', from: '2020-01-01' })
      expect(created.status).toBe(202)
      await p.drain()
      const done = (await coordinator.get(`${exports}/${created.body.id}`)).body
      expect(done).toMatchObject({ state: 'done', basis: 'cohort', file: { contentType: format === 'csv' ? 'text/csv; charset=utf-8' : expect.stringContaining('spreadsheetml') } })
      await p.deps.exportsQueue.send({ orgId: PLS, jobId: created.body.id })
      await p.drain()
      expect((await coordinator.get(`${exports}/${created.body.id}`)).body).toEqual(done)
    }
  })

  it('before it is done the download is 409 naming the state; unknown job 404; a mentor 403; bad input names the field', async () => {
    const created = await coordinator.post(exports, { format: 'csv' })
    const early = await coordinator.get(`${exports}/${created.body.id}/download`)
    if (early.status !== 200) {
      expect(early.status).toBe(409)
      expect(early.body.error).toMatchObject({ reason: 'wrong-state', values: { state: expect.stringMatching(/queued|running/) } })
    }
    await p.drain()
    expect((await coordinator.get(`${exports}/no-such-job`)).status).toBe(404)
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/another-programme/results/exports/${created.body.id}`)).status).toBe(404)
    expect((await mentor.post(exports, { format: 'csv' })).status).toBe(403)
    expect((await mentor.get(`${exports}/${created.body.id}`)).status).toBe(403)
    for (const [body, path] of [[{ format: 'docx' }, 'format'], [{ format: 'csv', from: '2026-06-01', to: '2026-01-01' }, 'to'], [{ format: 'csv', basis: 'decade' }, 'basis']] as const) {
      const bad = await coordinator.post(exports, body)
      expect(bad.status, JSON.stringify(body)).toBe(400)
      expect(bad.body.error.details).toContainEqual(expect.objectContaining({ path }))
    }
  })
})

describe("the whole organisation's files, in the background", () => {
  const orgExports = `/api/monitoring/orgs/${PLS}/results/exports`

  it('the PDF says the organisation and period, the totals and a line per programme; it renders', async () => {
    const created = await coordinator.post(orgExports, { format: 'pdf', from: '2020-01-01', locale: 'en' })
    expect(created.status, JSON.stringify(created.body)).toBe(202)
    expect(created.body).toMatchObject({ programmeId: null, state: 'queued', format: 'pdf' })
    await p.drain()
    const job = await coordinator.get(`${orgExports}/${created.body.id}`)
    expect(job.body).toMatchObject({ state: 'done', file: { filename: `results-organisation-2020-01-01-${today()}.pdf` } })
    const file = await coordinator.get(`${orgExports}/${created.body.id}/download`)
    expect(file.status).toBe(200)
    const { dir, file: path } = saved(file.body)
    execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, 'page')])
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(1)
    const text = execFileSync('pdftotext', ['-layout', path, '-']).toString()
    const org = (await coordinator.get(`/api/onboarding/orgs/${PLS}`)).body
    expect(text).toContain(`Organisation: ${org.name}`)
    expect(text).not.toContain('Programme: ')
    expect(text).toContain(`Period: 2020-01-01 – ${today()} (over the period)`)
    expect(text).toMatch(/Duos started\s+5/)
    expect(text).toContain('By programme')
    expect(text).toMatch(/MentorYou 2026-2027\s+5\s+5\s+0/)
  })

  it('the XLSX has the totals with the per-programme table under them; the CSV numbers every programme\'s duos in one file, in words', async () => {
    const { default: ExcelJS } = await import('exceljs')
    const xlsx = await coordinator.post(orgExports, { format: 'xlsx', from: '2020-01-01' })
    const csv = await coordinator.post(orgExports, { format: 'csv', from: '2020-01-01' })
    await p.drain()
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from((await coordinator.get(`${orgExports}/${xlsx.body.id}/download`)).body.base64, 'base64') as never)
    const rows = (book.worksheets[0]!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1))
    expect(rows[0]![0]).toBe('Organisation')
    expect(rows).toContainEqual(['Binômes commencés', 5])
    const head = rows.findIndex((r) => r[0] === 'Par programme')
    expect(head).toBeGreaterThan(0)
    expect(rows[head + 1]).toEqual(['Programme', 'Commencés', 'En cours', 'Terminés', 'Sorties positives (%)', 'Emploi (%)'])
    expect(rows[head + 2]!.slice(0, 4)).toEqual(['MentorYou 2026-2027', 5, 5, 0])
    const text = Buffer.from((await coordinator.get(`${orgExports}/${csv.body.id}/download`)).body.base64, 'base64').toString('utf8')
    const lines = text.slice(1).trimEnd().split('\r\n')
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2))).toEqual([1, 2, 3, 4, 5].map((n) => [String(n), 'MentorYou 2026-2027']))
    expect(lines.slice(1).filter((l) => l.split(',')[2] === 'Actif')).toHaveLength(4)
  })

  it("another organisation's job is 404 and its ids reach nothing; a programme's job is not an organisation's (nor the reverse); a mentor is refused; bad input names the field", async () => {
    const mine = await coordinator.post(orgExports, { format: 'csv' })
    const programmeJob = await coordinator.post(`${results}/exports`, { format: 'csv' })
    await p.drain()
    expect((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/results/exports/${mine.body.id}`)).status).toBe(404)
    expect((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/results/exports/${mine.body.id}/download`)).status).toBe(404)
    expect((await caiAdmin.get(`${orgExports}/${mine.body.id}`)).status).toBe(403)
    expect((await coordinator.get(`${orgExports}/${programmeJob.body.id}`)).status).toBe(404)
    expect((await coordinator.get(`${results}/exports/${mine.body.id}/download`)).status).toBe(404)
    // A mentor belongs to one programme and sees none of the organisation's figures.
    expect((await mentor.post(orgExports, { format: 'csv' })).status).toBe(403)
    expect((await mentor.get(`${orgExports}/${mine.body.id}`)).status).toBe(403)
    const bad = await coordinator.post(orgExports, { format: 'docx' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ path: 'format' }))
  })
})
