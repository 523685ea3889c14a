import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { pdfText } from '@binome/documents/pdf-text'

/**
 * The demo's duos (packages/local/src/seed/demo-duos.ts and demo-duo-life.ts), as a newcomer finds them after
 * `pnpm start`: every state on the way to an active duo and every way one ends before starting, the tracking table's
 * conditions on the day the platform starts, the demo mentor's and mentee's portals, a contract that is the stored
 * one, and the active duos' history — all read through the API.
 */
const programme = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const monitoring = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
type Row = { duoId: string; state: string; menteeId: string; mentorId: string; colour: string; attention: { kind: string }[] }
let rows: Row[]
const row = (menteeId: string, state = 'active') => rows.find((r) => r.menteeId === menteeId && r.state === state)!
const kinds = (r: Row) => r.attention.map((a) => a.kind)

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const r = await coordinator.get(`${monitoring}/tracking?limit=100`)
  expect(r.status).toBe(200)
  rows = r.body.items
}, 180_000)
afterAll(() => p?.stop())

describe('the demo duos', () => {
  it('hold every state, four of them active and one paused, on the Duos tab and in the tracking table', async () => {
    const states = rows.map((r) => r.state).sort()
    expect(states).toEqual([
      'accepted', 'active', 'active', 'active', 'active', 'cancelled', 'declined', 'expired', 'meeting-scheduled', 'paused', 'proposed',
      'refused', 'signing', 'validated',
    ])
    const list = await coordinator.get(`${programme}/duos?limit=100`)
    expect(list.status).toBe(200)
    expect(list.body.items.map((d: { state: string }) => d.state).sort()).toEqual(states)
  })

  it('colour the tracking table in each condition it knows', () => {
    expect(row('mentee-01')).toMatchObject({ mentorId: 'mentor-01', colour: 'green' })
    expect(kinds(row('mentee-03'))).toContain('check-in-overdue')
    expect(kinds(row('mentee-03'))).not.toContain('inactive')
    expect(row('mentee-04').colour).toBe('red')
    expect(kinds(row('mentee-04'))).toEqual(expect.arrayContaining(['inactive', 'behind-cadence']))
    expect(row('mentee-05')).toMatchObject({ colour: 'amber' })
    expect(kinds(row('mentee-05'))).toContain('ending-soon')
    expect(kinds(row('mentee-09', 'signing'))).toContain('contract-unsigned')
    expect(kinds(row('mentee-06', 'accepted'))).toContain('first-meeting-late')
  })

  it('give the demo mentor a proposal and an active duo, and the demo mentee her active duo', async () => {
    const mentor = await signIn(p, 'mentor@mentoryou.demo')
    const hers = (await mentor.get(`/api/matching/orgs/${PLS}/me/duos`)).body.items.map((d: { state: string }) => d.state).sort()
    expect(hers).toEqual(['active', 'proposed'])
    const mentee = await signIn(p, 'mentee@mentoryou.demo')
    expect((await mentee.get(`/api/matching/orgs/${PLS}/me/duos`)).body.items.map((d: { state: string }) => d.state)).toEqual(['active'])
  })

  it('hold a paused duo with its reason and the day it resumes, its history up to the pause and no alert', async () => {
    const paused = row('mentee-19', 'paused')
    expect(paused).toMatchObject({ mentorId: 'mentor-16' })
    expect(paused.attention).toEqual([])
    const duo = (await coordinator.get(`${programme}/duos/${paused.duoId}`)).body
    const pause = duo.pauses.at(-1)
    expect(pause).toMatchObject({ resumedOn: null, reason: expect.stringContaining('Formation qualifiante') })
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' })
    expect(pause.from < today && pause.expectedResumeDate > today).toBe(true)
    const { cadence } = (await coordinator.get(`${monitoring}/duos/${paused.duoId}/log`)).body
    expect(cadence.reduce((n: number, m: { meetings: number }) => n + m.meetings, 0)).toBeGreaterThan(5)
  })

  it('hold the mentors’ peer meetings: held ones with attendance, the next ones planned with the demo mentor registered', async () => {
    const sessions = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/sessions?kind=peer-meeting`)).body.items
    expect(sessions.map((s: { state: string }) => s.state).sort()).toEqual(['held', 'held', 'held', 'scheduled', 'scheduled', 'scheduled'])
    const hers = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentor-01/sessions?kind=peer-meeting`)).body
    expect(hers.counts).toMatchObject({ invited: 6, registered: 1 })
    expect(hers.counts.attended).toBeGreaterThan(0)
    const mentor = await signIn(p, 'mentor@mentoryou.demo')
    const open = (await mentor.get(`/api/matching/orgs/${PLS}/me/peer-meetings`)).body.items
    expect(open.map((m: { registration: string | null }) => m.registration)).toEqual(['registered', null, null])
  })

  it('hold a sent newsletter with a mark per mentor; the mentor who unsubscribed is skipped by the next one', async () => {
    const newsletters = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/newsletters`
    const [sent] = (await coordinator.get(newsletters)).body.items
    expect(sent).toMatchObject({ state: 'sent', skippedCount: 0, failedCount: 0, reason: null })
    expect(sent.recipientsCount).toBe(sent.totalCount)
    expect(sent.totalCount).toBeGreaterThan(5)
    const queued = await coordinator.post(newsletters, { subject: 'Nouvelles de janvier', body: 'Bonne année !' })
    expect(queued.status).toBe(202)
    await p.drain()
    const next = (await coordinator.get(`${newsletters}/${queued.body.id}`)).body
    expect(next).toMatchObject({ state: 'sent', skippedCount: 1, recipientsCount: sent.totalCount - 1 })
  })

  it('keep the contract each signer saw: the signing duo’s PDF is the stored one, an active duo’s signed copy is made', async () => {
    const signing = await coordinator.get(`${programme}/duos/${row('mentee-09', 'signing').duoId}/contract`)
    expect(signing.status).toBe(200)
    expect(signing.body).toMatchObject({ kind: 'contract', revision: 1, parties: 'tripartite' })
    const active = await coordinator.get(`${programme}/duos/${row('mentee-01').duoId}/contract`)
    expect(active.status).toBe(200)
    expect(active.body.kind).toBe('signed')
  })

  it('give the active duos their history: in-take, a plan with every kind of support, a log month by month, check-ins', async () => {
    const duo = `${monitoring}/duos/${row('mentee-05').duoId}`
    expect((await coordinator.get(`${duo}/intake`)).body.intake.strengths).not.toBe('')
    const plan = (await coordinator.get(`${duo}/actions`)).body
    expect(Object.values(plan.summary.bySupport).every((n) => (n as number) > 0)).toBe(true)
    const log = (await coordinator.get(`${duo}/log`)).body
    // Six months, each closed one at the programme's two meetings.
    expect(log.cadence.length).toBeGreaterThanOrEqual(6)
    expect(log.cadence.filter((m: { closed: boolean; met: boolean }) => m.closed && !m.met)).toEqual([])
    expect((await coordinator.get(`${duo}/check-ins`)).body.items.length).toBe(4)
    expect((await coordinator.get(`${duo}/progress`)).body.progress).toMatchObject({ offers: 1 })
  })

  it('say an active duo’s life in their people’s personal-data export in the language asked, with the screens’ words', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const pdf = async (locale: string) => {
      const r = await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentee-05/export?locale=${locale}`)
      expect(r.status).toBe(200)
      return (await pdfText(Buffer.from(r.body.pdf.base64, 'base64'))).flat().join('\n')
    }
    const fr = await pdf('fr')
    expect(fr).toMatch(/Début et fin prévue\n\d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}/)
    expect(fr).toContain('État\nActif')
    expect(fr).toMatch(/\d{2}\/\d{2}\/\d{4} — Rencontre fixée/)
    expect(fr).toMatch(/\d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(heure de Bruxelles\)/)
    expect(fr).toContain('Contrat signé')
    for (const code of ['meeting-scheduled', 'schedule-meeting', 'contract-generated', 'in-progress', 'personal-data.read']) expect(fr).not.toContain(code)
    expect(fr).not.toMatch(/\d{4}-\d{2}-\d{2}/)
    const en = await pdf('en')
    expect(en).toContain('State\nActive')
    expect(en).toContain('Meeting scheduled')
    expect(en).toContain('Contract signed')
    expect(en).toMatch(/\d{4}-\d{2}-\d{2} at \d{2}:\d{2} \(Brussels time\)/)
    for (const french of ['Actif', 'Rencontre fixée', 'Contrat signé', 'heure de Bruxelles']) expect(en).not.toContain(french)
  })
})
