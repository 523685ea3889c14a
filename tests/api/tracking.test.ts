import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { activateDuo } from '../support/duos'

/**
 * The tracking table's XLSX export through the API: the same lines as the table with its filters and sort, headers in
 * the language asked, dates as dates, the colour cells coloured and named; read back with ExcelJS.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const table = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/tracking`
const xlsx = `${table}/export`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentor: ApiClient
let caiAdmin: ApiClient
let clock = Date.parse('2030-03-02T09:00:00.000Z')
let busy: string
let quiet: string
let pending: string

const activate = (duoId: string) => activateDuo(p, PLS, PLS_PROGRAMME, duoId)

/** The export's file opened with ExcelJS: its first sheet's rows as values (header first). */
async function open(body: { base64: string }) {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(Buffer.from(body.base64, 'base64') as unknown as ArrayBuffer)
  const sheet = book.worksheets[0]!
  const rows: ExcelJS.Row[] = []
  sheet.eachRow((row) => rows.push(row))
  return { sheet, rows, values: rows.map((r) => (r.values as unknown[]).slice(1)) }
}

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const proposed = await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }, { menteeId: 'mentee-02', mentorId: 'mentor-02' }, { menteeId: 'mentee-03', mentorId: 'mentor-03' }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  ;[busy, quiet, pending] = proposed.body.items.map((d: { id: string }) => d.id)
  await activate(busy!)
  await activate(quiet!)
  clock = Date.parse('2030-05-20T09:00:00.000Z')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  // The busy duo met twice a month and was called: green. The quiet one logged nothing and nobody called it: red.
  for (const date of ['2030-03-10', '2030-03-24', '2030-04-07', '2030-04-21', '2030-05-05', '2030-05-18']) {
    expect((await coordinator.post(`${life}/${busy}/log`, { kind: 'meeting', date, channel: 'in-person' })).status).toBe(201)
  }
  await coordinator.post(`${life}/${busy}/log`, { kind: 'contact', date: '2030-05-19', channel: 'phone' })
  await coordinator.post(`${life}/${busy}/check-ins`, { side: 'both', date: '2030-04-14', channel: 'phone', mood: 'good', risk: 'none' })
})
afterAll(() => p?.stop())

describe('the tracking table as an XLSX file', () => {
  it('holds the table’s lines in its order, with French headers, dates as dates and the colour coloured and named', async () => {
    const screen = (await coordinator.get(`${table}?sort=attention`)).body.items as { duoId: string; menteeName: string; colour: string }[]
    const r = await coordinator.get(`${xlsx}?locale=fr`)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body).toMatchObject({ contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', rows: 3 })
    expect(r.body.filename).toBe(`suivi-binomes-${PLS_PROGRAMME}-2030-05-20.xlsx`)
    const { sheet, rows, values } = await open(r.body)
    expect(sheet.name).toBe('Suivi des binômes')
    expect(values[0]).toEqual(['Mentoré·e', 'Mentor', 'Étape', 'Début', 'Fin prévue', 'Rencontres ce mois', 'Attendues par mois', 'Rencontres le mois passé', 'Contacts ce mois', 'Dernier contact', 'Prochain suivi', 'Risque', 'Couleur', 'À surveiller'])
    expect(values.slice(1).map((v) => v[0])).toEqual(screen.map((l) => l.menteeName))

    const line = (id: string) => rows[1 + screen.findIndex((l) => l.duoId === id)]!
    const quietRow = line(quiet)
    expect(quietRow.getCell(3).value).toBe('Actif')
    expect(quietRow.getCell(4).value).toEqual(new Date('2030-03-05T00:00:00Z'))
    expect(quietRow.getCell(4).numFmt).toBe('dd/mm/yyyy')
    expect(quietRow.getCell(13).value).toBe('Rouge')
    expect(quietRow.getCell(13).fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFF4B6B6' } })
    expect(String(quietRow.getCell(14).value)).toContain('Suivi en retard')

    const busyRow = line(busy)
    expect(busyRow.getCell(13).value).toBe('Vert')
    expect(busyRow.getCell(6).value).toBe(2)
    expect(busyRow.getCell(8).value).toBe(2)
    expect(busyRow.getCell(9).value).toBe(1)
    expect(busyRow.getCell(10).value).toEqual(new Date('2030-05-19T00:00:00Z'))
    expect(busyRow.getCell(11).value).toBeInstanceOf(Date)

    const pendingRow = line(pending)
    expect(pendingRow.getCell(3).value).toBe('Proposé')
    expect(pendingRow.getCell(4).value).toBeNull()
  })

  it('applies the filters and sort asked, and speaks English or Dutch', async () => {
    const red = await coordinator.get(`${xlsx}?attention=red&locale=en`)
    expect(red.body.rows).toBe(1)
    const en = await open(red.body)
    expect(en.sheet.name).toBe('Duo tracking')
    expect(en.values[0]!.slice(0, 3)).toEqual(['Mentee', 'Mentor', 'Stage'])
    expect(en.rows[1]!.getCell(13).value).toBe('Red')
    expect(en.rows[1]!.getCell(4).numFmt).toBe('yyyy-mm-dd')
    expect(red.body.filename).toMatch(/^duo-tracking-/)

    const active = await coordinator.get(`${xlsx}?state=active&sort=mentee&locale=nl`)
    const nl = await open(active.body)
    expect(nl.values[0]!.slice(2, 5)).toEqual(['Fase', 'Start', 'Geplande einddatum'])
    const screen = (await coordinator.get(`${table}?state=active&sort=mentee`)).body.items as { menteeName: string }[]
    expect(nl.values.slice(1).map((v) => v[0])).toEqual(screen.map((l) => l.menteeName))
    expect(nl.values.slice(1).map((v) => v[2])).toEqual(['Actief', 'Actief'])

    // Without a language: the organisation's (MentorYou's is French).
    expect((await open((await coordinator.get(`${xlsx}?attention=inactive`)).body)).values[0]![0]).toBe('Mentoré·e')
  })

  it('names a bad query, and is for staff of the organisation only', async () => {
    const bad = await coordinator.get(`${xlsx}?locale=de`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('locale')
    expect((await coordinator.get(`${xlsx}?limit=5`)).body.error.details[0].path).toBe('limit')
    expect((await mentor.get(xlsx)).status).toBe(403)
    expect([403, 404]).toContain((await caiAdmin.get(xlsx)).status)
    expect([403, 404]).toContain((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/tracking/export`)).status)
  })
})
