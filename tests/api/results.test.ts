import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The results dashboard through the API (issue 11): MentorYou's four active demo duos (and a paused one), three of them closed here with
 * known outcomes, give figures computed by hand below; the window's defaults and bases; bad dates name their field;
 * other organisations and people who are not staff reach nothing.
 */
const results = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results`
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`

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

const today = () => new Date().toISOString().slice(0, 10)
const yearAgo = () => { const d = new Date(); d.setUTCFullYear(d.getUTCFullYear() - 1); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10) }

describe('a programme’s results', () => {
  it('by default: the last 12 months by period; the five running demo duos (one paused), none closed, rates of nothing are null', async () => {
    const res = await coordinator.get(results)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ basis: 'period', from: yearAgo(), to: today(), asOf: today(), programmeId: PLS_PROGRAMME })
    expect(res.body.results).toMatchObject({
      active: 5, closed: 0, positiveExits: { count: 0, of: 0, percent: null }, employment: { count: 0, of: 0, percent: null },
      exitsByOutcome: [], medianDurationDays: null, meetingsPerMonth: { cadence: 2 },
    })
    // The demo duos log meetings every two weeks and staff check in: both figures have something to say.
    expect(res.body.results.meetingsPerMonth.average).toBeGreaterThan(0)
    expect(res.body.results.checkInsOnTime.of).toBeGreaterThan(0)
    expect(res.body.outcomes.map((o: { id: string }) => o.id)).toContain('job')
  })

  it('three duos closed today (a job, a training, a dropout): 67 % positive exits (2/3), of which 33 % jobs (1/3), by outcome, all early', async () => {
    const active = (await coordinator.get(`${duos}?state=active&limit=100`)).body.items as { id: string; version: number; startDate: string }[]
    expect(active).toHaveLength(4)
    const closings = [['job', 'mentee'], ['training', 'coordinator'], ['dropout', 'mentee']] as const
    for (const [i, [outcomeId, decidedBy]] of closings.entries()) {
      const duo = active[i]!
      const res = await coordinator.post(`${duos}/${duo.id}/close`, { version: duo.version, outcomeId, endDate: today(), decidedBy, reason: 'Fin anticipée' })
      expect(res.status, JSON.stringify(res.body)).toBe(200)
    }
    const r = (await coordinator.get(results)).body.results
    // The paused demo duo still runs.
    expect(r).toMatchObject({
      active: 2, closed: 3,
      positiveExits: { count: 2, of: 3, percent: 67 },
      employment: { count: 1, of: 3, percent: 33 },
      earlyEnds: { count: 3, of: 3, percent: 100 },
    })
    expect(r.exitsByOutcome).toEqual([
      { outcomeId: 'dropout', class: 'negative', count: 1 },
      { outcomeId: 'job', class: 'positive', count: 1 },
      { outcomeId: 'training', class: 'positive', count: 1 },
    ])
    // The median of the three closed duos' days from their start to today.
    const days = active.slice(0, 3).map((d) => Math.round((Date.parse(today()) - Date.parse(d.startDate)) / 86_400_000)).sort((a, b) => a - b)
    expect(r.medianDurationDays).toBe(days[1])

    // A cohort of the duos started in a window before any of them: nothing; a period long past: nothing either.
    const before = (await coordinator.get(`${results}?basis=cohort&from=2020-01-01&to=2020-12-31`)).body
    expect(before).toMatchObject({ basis: 'cohort', from: '2020-01-01', to: '2020-12-31' })
    expect(before.results).toMatchObject({ started: 0, active: 0, closed: 0 })
    // The cohort of every start up to today follows them all to today: the same closed duos.
    const cohort = (await coordinator.get(`${results}?basis=cohort&from=2020-01-01&to=${today()}`)).body.results
    expect(cohort).toMatchObject({ started: 5, active: 2, closed: 3, positiveExits: { count: 2, of: 3 } })

    // The organisation's: the same duos, every programme listed.
    const org = await coordinator.get(`/api/monitoring/orgs/${PLS}/results`)
    expect(org.status).toBe(200)
    expect(org.body.total).toMatchObject({ closed: 3, positiveExits: { count: 2, of: 3, percent: 67 }, employment: { count: 1, of: 3, percent: 33 } })
    expect(org.body.programmes.find((x: { programmeId: string }) => x.programmeId === PLS_PROGRAMME).results.closed).toBe(3)
  })

  it('exports the same figures as an XLSX file, a sheet per table, in the language asked', async () => {
    const res = await coordinator.get(`${results}/export?locale=en`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.filename).toBe(`results-${PLS_PROGRAMME}-${yearAgo()}-${today()}.xlsx`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(res.body.base64, 'base64') as unknown as ArrayBuffer)
    expect(book.worksheets.map((w) => w.name)).toEqual(['Figures', 'Exits by outcome', 'Skills sponsorship'])
    const figures = book.getWorksheet('Figures')!
    const row = (name: string) => figures.getRows(1, figures.rowCount)!.find((r) => r.getCell(1).value === name)!
    expect([2, 3, 4].map((c) => row('Positive exits (%)').getCell(c).value)).toEqual([67, 2, 3])
    expect([2, 3, 4].map((c) => row('Jobs (%)').getCell(c).value)).toEqual([33, 1, 3])
    const exits = book.getWorksheet('Exits by outcome')!
    expect(exits.getRow(5).values).toEqual([undefined, expect.any(String), 'negative', 1])
    expect((await coordinator.get(`${results}/export?locale=xx`)).status).toBe(400)
    expect((await mentor.get(`${results}/export`)).status).toBe(403)
  })

  it('skills sponsorship per company over the window, at the demo rate of 45 € an hour', async () => {
    // Counted by hand from the demo's companies (packages/local/src/seed/demo-companies.ts), 2026-09-01 → 2026-11-30
    // (hours run to 2026-12-01): Assurances Mosane 4 h × 3 months (from 09-01) + 3 h × 2 months (from 10-01) = 18 h,
    // 810 €; Datagora 3 h × 2 months (from 09-15; 12-15 not reached) = 6 h, 270 €, and a pending agreement giving 0.
    const window = 'from=2026-09-01&to=2026-11-30'
    const res = await coordinator.get(`${results}?${window}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.sponsorship.hourlyRate).toBe(45)
    expect(res.body.sponsorship.companies.map((c: { name: string; mentors: number; agreed: number; pending: number; hours: number; value: number }) =>
      [c.name, c.mentors, c.agreed, c.pending, c.hours, c.value])).toEqual([
      ['Assurances Mosane', 2, 2, 0, 18, 810],
      ['Datagora', 2, 1, 1, 6, 270],
    ])
    expect(res.body.sponsorship.totals).toEqual({ mentors: 4, hours: 24, value: 1080 })

    // The funders' workbook holds the same table, with its total.
    const file = await coordinator.get(`${results}/export?locale=fr&${window}`)
    expect(file.status, JSON.stringify(file.body)).toBe(200)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(file.body.base64, 'base64') as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Mécénat de compétences')!
    expect(sheet.getRow(4).values).toEqual([undefined, 'Entreprise', 'Mentors', 'Heures', 'Valeur (€)'])
    expect([5, 6, 7].map((n) => sheet.getRow(n).values)).toEqual([
      [undefined, 'Assurances Mosane', 2, 18, 810], [undefined, 'Datagora', 2, 6, 270], [undefined, 'Total', 4, 24, 1080],
    ])
  })

  it('bad dates name their field; a window that ends before it starts is 400 naming to', async () => {
    for (const [query, path] of [['from=2026-13-01', 'from'], ['to=yesterday', 'to'], ['basis=decade', 'basis'], ['from=2026-06-01&to=2026-01-01', 'to'], ['colour=red', '']] as const) {
      const res = await coordinator.get(`${results}?${query}`)
      expect(res.status, query).toBe(400)
      if (path) expect(res.body.error.details, query).toContainEqual(expect.objectContaining({ path }))
    }
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/results?from=2026-06-01&to=2026-01-01`)).status).toBe(400)
  })

  it('another organisation reaches nothing; a mentor may not read results', async () => {
    expect((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/results`)).status).toBe(404)
    expect((await caiAdmin.get(results)).status).toBe(403)
    expect((await mentor.get(results)).status).toBe(403)
    expect((await mentor.get(`/api/monitoring/orgs/${PLS}/results`)).status).toBe(403)
  })
})
