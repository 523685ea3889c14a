import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { activateDuo } from '../support/duos'

/**
 * A started duo's life through the API against the local platform: the in-take, the action plan, the meetings and
 * contacts log against the cadence, the mentee's progress and the staff's check-ins; written by the duo's own mentor
 * and mentee or staff, never by another duo's (404), another organisation (404), or before the duo started (409).
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentor: ApiClient
let mentee: ApiClient
let caiAdmin: ApiClient
let clock = Date.parse('2030-03-02T09:00:00.000Z')
let ours: string
let theirs: string
let pending: string

async function signInAll() {
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  mentee = await signIn(p, 'mentee@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
}

const activate = (duoId: string) => activateDuo(p, PLS, PLS_PROGRAMME, duoId)

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  await signInAll()
  const proposed = await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }, { menteeId: 'mentee-02', mentorId: 'mentor-02' }, { menteeId: 'mentee-03', mentorId: 'mentor-03' }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  ;[ours, theirs, pending] = proposed.body.items.map((d: { id: string }) => d.id)
  await activate(ours!)
  await activate(theirs!)
  // Two months and a half later: the duo has a past to log.
  clock = Date.parse('2030-05-20T09:00:00.000Z')
  await signInAll()
})
afterAll(() => p?.stop())

describe('the in-take', () => {
  it('is empty at first, written by the mentee, rewritten by the mentor at the version read (stale: 409)', async () => {
    expect((await mentor.get(`${life}/${ours}/intake`)).body).toEqual({ intake: null })
    const first = await mentee.put(`${life}/${ours}/intake`, { strengths: 'Motivée, trilingue', weaknesses: 'CV au format belge' })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.intake).toMatchObject({ strengths: 'Motivée, trilingue', version: 1 })
    const stale = await mentor.put(`${life}/${ours}/intake`, { strengths: 'x', weaknesses: 'y' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    const again = await mentor.put(`${life}/${ours}/intake`, { version: 1, strengths: 'Motivée, trilingue', weaknesses: 'CV, réseau' })
    expect(again.body.intake).toMatchObject({ weaknesses: 'CV, réseau', version: 2 })
    expect((await coordinator.get(`${life}/${ours}/intake`)).body.intake.version).toBe(2)
  })
})

describe('the action plan', () => {
  let action: any
  it('adds an action, moves it by its lifecycle, comments it, and counts the plan', async () => {
    const r = await mentor.post(`${life}/${ours}/actions`, { goal: 'Décrocher un stage', action: 'Refaire le CV', support: 'concrete', owner: 'mentee', dueDate: '2030-05-10' })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    action = r.body
    expect(action).toMatchObject({ status: 'planned', version: 1 })
    const started = await mentee.post(`${life}/${ours}/actions/${action.id}/moves`, { version: 1, event: 'start' })
    expect(started.body).toMatchObject({ status: 'in-progress', version: 2 })
    const wrong = await mentee.post(`${life}/${ours}/actions/${action.id}/moves`, { version: 2, event: 'reopen' })
    expect(wrong.status).toBe(409)
    expect(wrong.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'in-progress' } })
    const commented = await coordinator.post(`${life}/${ours}/actions/${action.id}/comments`, { version: 2, text: ' Envoyé à trois cabinets ' })
    expect(commented.body.comments).toEqual([expect.objectContaining({ text: 'Envoyé à trois cabinets' })])
    const plan = (await mentor.get(`${life}/${ours}/actions`)).body
    expect(plan.summary).toMatchObject({ total: 1, open: 1, overdue: 1, bySupport: { concrete: 1 } })
    expect((await mentee.post(`${life}/${ours}/actions/no-such-action/moves`, { version: 1, event: 'start' })).status).toBe(404)
  })

  it('names the field of bad input', async () => {
    const r = await mentor.post(`${life}/${ours}/actions`, { goal: '', action: 'x', support: 'magic', owner: 'mentee' })
    expect(r.status).toBe(400)
    expect(r.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['goal', 'support'])
  })
})

describe('the meetings and contacts log', () => {
  it('logs a meeting in one call with the programme’s length by default, and counts months against the cadence', async () => {
    const r = await mentee.post(`${life}/${ours}/log`, { kind: 'meeting', date: '2030-05-12', channel: 'in-person', workedOn: 'Le CV' })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body).toMatchObject({ kind: 'meeting', minutes: expect.any(Number), loggedBy: { side: 'mentee' } })
    await mentor.post(`${life}/${ours}/log`, { kind: 'contact', date: '2030-05-14', channel: 'phone' })
    await coordinator.post(`${life}/${ours}/log`, { kind: 'meeting', date: '2030-04-02', channel: 'video', minutes: 60 })
    const may = (await mentor.get(`${life}/${ours}/log`)).body
    expect(may.month).toBe('2030-05')
    expect(may.items.map((e: { date: string }) => e.date)).toEqual(['2030-05-12', '2030-05-14'])
    expect(may.cadence.map((m: { month: string }) => m.month)).toEqual(['2030-03', '2030-04', '2030-05'])
    // The programme's length is in the month's answer, for the log form to start from, and the meeting took it.
    expect(may.meetingMinutes).toBe(r.body.minutes)
    expect(may.cadence[1]).toMatchObject({ meetings: 1, minutes: 60, closed: true, met: may.meetingsPerMonth <= 1 })
    expect(may.cadence[2]).toMatchObject({ meetings: 1, contacts: 1, closed: false })
    const april = (await coordinator.get(`${life}/${ours}/log?month=2030-04`)).body
    expect(april.items).toHaveLength(1)
  })

  it('refuses a day outside the duo, a phone call as a meeting, an action of no plan, and a bad month (400 naming the field)', async () => {
    const field = async (body: object) => (await mentor.post(`${life}/${ours}/log`, body)).body.error.details[0].path
    expect(await field({ kind: 'meeting', date: '2030-05-21', channel: 'in-person' })).toBe('date')
    expect(await field({ kind: 'meeting', date: '2030-02-01', channel: 'in-person' })).toBe('date')
    expect(await field({ kind: 'meeting', date: '2030-05-01', channel: 'phone' })).toBe('channel')
    expect(await field({ kind: 'contact', date: '2030-05-01', channel: 'phone', actionIds: ['nope'] })).toBe('actionIds.0')
    expect(await field({ kind: 'visit', date: '2030-05-01', channel: 'phone' })).toBe('kind')
    expect((await mentor.get(`${life}/${ours}/log?month=2030-13`)).body.error.details[0].path).toBe('month')
  })
})

describe('the mentee’s progress', () => {
  it('is recorded by the mentee, read by the mentor, never written by the mentor (403)', async () => {
    const r = await mentee.put(`${life}/${ours}/progress`, { applications: 12, interviews: 2, offers: 0, note: 'Entretien le 12' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect((await mentor.get(`${life}/${ours}/progress`)).body.progress).toMatchObject({ applications: 12, interviews: 2, version: 1 })
    expect((await mentor.put(`${life}/${ours}/progress`, { version: 1, applications: 13, interviews: 2, offers: 0 })).status).toBe(403)
    expect((await mentee.put(`${life}/${ours}/progress`, { version: 1, applications: -1, interviews: 2, offers: 0 })).body.error.details[0].path).toBe('applications')
  })
})

describe('the staff’s check-ins', () => {
  it('are recorded by staff and move the next due date and the open risk; mentors and mentees may not (403)', async () => {
    const before = (await coordinator.get(`${life}/${ours}/check-ins`)).body
    expect(before.items).toEqual([])
    const r = await coordinator.post(`${life}/${ours}/check-ins`, {
      side: 'both', date: '2030-05-19', channel: 'phone', notes: 'Tout va bien', mood: 'good', risk: 'watch', followUps: ['Rappeler le 2 juin'],
    })
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    const after = (await coordinator.get(`${life}/${ours}/check-ins`)).body
    expect(after.risk).toBe('watch')
    expect(after.due.mentor > before.due.mentor).toBe(true)
    expect((await mentor.get(`${life}/${ours}/check-ins`)).status).toBe(403)
    expect((await mentor.post(`${life}/${ours}/check-ins`, { side: 'both', date: '2030-05-19', channel: 'phone', mood: 'good', risk: 'none' })).status).toBe(403)
    expect((await coordinator.post(`${life}/${ours}/check-ins`, { side: 'all', date: '2030-05-19', channel: 'phone', mood: 'good', risk: 'none' })).body.error.details[0].path).toBe('side')
  })
})

describe('who may reach a duo’s life', () => {
  it('is another duo for a mentor or mentee: 404, as if absent, reading or writing', async () => {
    for (const client of [mentor, mentee]) {
      expect((await client.get(`${life}/${theirs}/intake`)).status).toBe(404)
      expect((await client.post(`${life}/${theirs}/log`, { kind: 'contact', date: '2030-05-14', channel: 'phone' })).status).toBe(404)
      expect((await client.post(`${life}/${theirs}/actions`, { goal: 'x', action: 'y', support: 'concrete', owner: 'both' })).status).toBe(404)
    }
  })

  it('is nothing of another organisation: 404 with its ids, 403 in its organisation', async () => {
    const r = await caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${ours}/intake`)
    expect(r.status).toBe(404)
    expect((await caiAdmin.get(`${life}/${ours}/intake`)).status).toBe(403)
  })

  it('is not written before the duo started: 409 wrong-state with the state', async () => {
    const r = await coordinator.post(`${life}/${pending}/log`, { kind: 'contact', date: '2030-05-14', channel: 'phone' })
    expect(r.status).toBe(409)
    expect(r.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'duo', state: 'proposed' } })
  })
})

describe('the tracking table', () => {
  const table = `${life.replace(/\/duos$/, '')}/tracking`

  it('holds a line a duo, kept in step with its steps, log and check-ins, coloured for today', async () => {
    const r = await coordinator.get(table)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const line = (id: string) => r.body.items.find((l: { duoId: string }) => l.duoId === id)
    expect(line(pending)).toMatchObject({ state: 'proposed', startDate: null, thisMonth: null, colour: 'green' })
    expect(line(ours)).toMatchObject({
      state: 'active', startDate: '2030-03-05', menteeName: expect.stringContaining(' '), lastActivity: '2030-05-14', risk: 'watch',
      thisMonth: { month: '2030-05', meetings: 1, contacts: 1 }, lastMonth: { month: '2030-04', meetings: 1 },
    })
    // The other duo logged nothing and nobody called it: quiet for weeks and its check-ins overdue.
    expect(line(theirs).colour).toBe('red')
    expect(line(theirs).attention.map((a: { kind: string }) => a.kind)).toEqual(expect.arrayContaining(['check-in-overdue', 'inactive']))
    expect(r.body.items[0].colour).toBe('red')
  })

  it('filters by state and by what needs attention, sorts, and names a bad query', async () => {
    const active = (await coordinator.get(`${table}?state=active&sort=mentee`)).body.items
    expect(active.map((l: { duoId: string }) => l.duoId).sort()).toEqual([ours, theirs].sort())
    const quiet = (await coordinator.get(`${table}?attention=inactive`)).body.items
    expect(quiet.map((l: { duoId: string }) => l.duoId)).toEqual([theirs])
    expect((await coordinator.get(`${table}?sort=colour`)).body.error.details[0].path).toBe('sort')
    expect((await mentor.get(table)).status).toBe(403)
  })
})
