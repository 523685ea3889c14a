import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { monthsAfter } from '@binome/core'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The end of a duo (issue 11): the closing interview (scheduled with an invitation and its calendar file to both
 * sides, moved while not held, held with notes that the duo's own people do not see), the follow-ups 3 and 6 months
 * after a closed duo's end, and the programme's yearly profile analysis. Bad input names the field, a wrong state is
 * 409 with the state, another organisation's ids are 404.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`

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
const byState = async (state: string) => (await coordinator.get(`${duos}?state=${state}&limit=100`)).body.items as any[]

describe('the closing interview', () => {
  it('is scheduled with an invitation and its calendar file to both sides, moved while not held, then held with its notes', async () => {
    const duo = (await byState('active')).find((d) => d.mentorId === 'mentor-01')
    expect(duo, "the demo mentor's duo is active").toBeDefined()
    const url = `${life}/${duo.id}/closing-interview`
    expect((await coordinator.get(url)).body).toMatchObject({ interview: null, next: [] })

    const planned = await coordinator.put(url, { startsAt: '2030-06-28T10:00', minutes: 60, mode: 'in-person', place: 'Rue Coenraets 72, 1060 Saint-Gilles' })
    expect(planned.status, JSON.stringify(planned.body)).toBe(200)
    expect(planned.body).toMatchObject({ interview: { state: 'scheduled', version: 1, startsAt: '2030-06-28T10:00', heldOn: null }, next: ['reschedule', 'hold'] })
    expect(planned.body.canvas).toContain('Canevas d’entretien de clôture')
    for (const personId of [duo.mentorId, duo.menteeId]) {
      const person = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${personId}`)).body
      const mail = p.outbox.list({ to: person.email }).at(-1)!
      expect(mail.subject).toContain('entretien de clôture le 28/06/2030')
      expect(mail.text).toContain('Le 28/06/2030 à 10:00 (heure de Bruxelles)')
      expect(mail.text).toContain('Lieu : Rue Coenraets 72, 1060 Saint-Gilles')
      expect(mail.attachments![0]).toMatchObject({ fileName: 'entretien-de-cloture.ics', contentType: expect.stringContaining('text/calendar') })
      const calendar = Buffer.from(mail.attachments![0]!.content, 'base64').toString('utf8')
      expect(calendar).toContain(`UID:${duo.id}@binome.closing-interview`)
      expect(calendar).toContain('DTSTART:20300628T080000Z') // 10:00 in Brussels in summer
    }

    const stale = await coordinator.put(url, { version: 7, startsAt: '2030-06-29T10:00', mode: 'online' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    const moved = await coordinator.put(url, { version: 1, startsAt: '2030-06-29T14:30', mode: 'online', place: 'https://meet.example/cloture' })
    expect(moved.body.interview).toMatchObject({ version: 2, mode: 'online', minutes: 60, startsAt: '2030-06-29T14:30' })

    const early = await coordinator.post(`${url}/held`, { version: 2, heldOn: '2999-01-01', notes: 'x' })
    expect(early.status).toBe(400)
    expect(early.body.error.details).toContainEqual(expect.objectContaining({ path: 'heldOn', reason: 'too-big' }))
    const held = await coordinator.post(`${url}/held`, { version: 2, heldOn: today(), notes: 'Amina a trouvé un emploi ; fierté partagée.' })
    expect(held.status, JSON.stringify(held.body)).toBe(200)
    expect(held.body).toMatchObject({ interview: { state: 'held', heldOn: today(), version: 3 }, next: ['hold'] })

    // The duo's own mentor sees when and where, not the staff's notes nor the canvas.
    const seen = await mentor.get(url)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ interview: { state: 'held', startsAt: '2030-06-29T14:30', place: 'https://meet.example/cloture', notes: '' }, canvas: null })
    expect((await mentor.put(url, { version: 3, startsAt: '2030-06-29T14:30', mode: 'online' })).status).toBe(403)

    const again = await coordinator.put(url, { version: 3, startsAt: '2030-07-01T10:00', mode: 'in-person' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'held' } })
  })

  it('names each bad field and writes nothing; a duo not started yet is 409 with its state', async () => {
    const duo = (await byState('active')).find((d) => d.mentorId !== 'mentor-01')
    const url = `${life}/${duo.id}/closing-interview`
    const bad = await coordinator.put(url, { startsAt: '2030-02-30T10:00', minutes: 5, mode: 'phone' })
    expect(bad.status).toBe(400)
    const paths = bad.body.error.details.map((d: { path: string }) => d.path)
    expect(paths).toEqual(expect.arrayContaining(['minutes', 'mode']))
    const badDay = await coordinator.put(url, { startsAt: '2030-02-30T10:00', mode: 'online' })
    expect(badDay.status).toBe(400)
    expect(badDay.body.error.details).toContainEqual(expect.objectContaining({ path: 'startsAt' }))
    expect((await coordinator.get(url)).body.interview).toBeNull()
    const notHeld = await coordinator.post(`${url}/held`, { version: 1, heldOn: today() })
    expect(notHeld.status).toBe(409)
    expect(notHeld.body.error.reason).toBe('wrong-state')

    const proposed = (await byState('proposed'))[0]
    expect(proposed, 'the demo has a proposed duo').toBeDefined()
    const early = await coordinator.put(`${life}/${proposed.id}/closing-interview`, { startsAt: '2030-06-28T10:00', mode: 'online' })
    expect(early.status).toBe(409)
    expect(early.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'proposed' } })
  })

  it("another organisation's staff cannot reach it (404 through their own organisation, 403 through this one)", async () => {
    const duo = (await byState('active'))[0]
    const theirs = `/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${duo.id}`
    expect((await caiAdmin.get(`${theirs}/closing-interview`)).status).toBe(404)
    expect((await caiAdmin.put(`${theirs}/closing-interview`, { startsAt: '2030-06-28T10:00', mode: 'online' })).status).toBe(404)
    expect((await caiAdmin.get(`${theirs}/follow-ups`)).status).toBe(404)
    expect((await caiAdmin.post(`${theirs}/follow-ups`, { months: 3, date: today(), situation: 'employed' })).status).toBe(404)
    expect((await caiAdmin.get(`${life}/${duo.id}/closing-interview`)).status).toBe(403)
  })
})

describe('the follow-ups after the duo', () => {
  it('come 3 and 6 months after the end of a closed duo; each is recorded once, on a day between the end and today', async () => {
    const active = (await byState('active')).find((d) => d.mentorId !== 'mentor-01')
    const url = `${life}/${active.id}/follow-ups`
    expect((await coordinator.get(url)).body).toEqual({ endDate: null, items: [] })
    const tooSoon = await coordinator.post(url, { months: 3, date: today(), situation: 'employed' })
    expect(tooSoon.status).toBe(409)
    expect(tooSoon.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'active' } })

    const endDate = active.startDate
    const closed = await coordinator.post(`${duos}/${active.id}/close`, { version: active.version, outcomeId: 'training', endDate, decidedBy: 'mentee', reason: 'Entrée en formation qualifiante' })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    const due = (await coordinator.get(url)).body
    expect(due.endDate).toBe(endDate)
    expect(due.items.map((f: any) => [f.months, f.dueDate, f.recorded])).toEqual([[3, monthsAfter(endDate, 3), null], [6, monthsAfter(endDate, 6), null]])
    expect(due.items[0].status).toBe(today() >= monthsAfter(endDate, 3) ? 'due' : 'upcoming')

    const before = await coordinator.post(url, { months: 3, date: '2001-01-01', situation: 'employed' })
    expect(before.status).toBe(400)
    expect(before.body.error.details).toContainEqual(expect.objectContaining({ path: 'date', reason: 'too-small' }))
    const badChoice = await coordinator.post(url, { months: 4, date: today(), situation: 'retired' })
    expect(badChoice.status).toBe(400)
    expect(badChoice.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['months', 'situation']))

    const recorded = await coordinator.post(url, { months: 3, date: today(), situation: 'training', note: 'Formation d’aide-comptable jusqu’en juin' })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    expect(recorded.body).toMatchObject({ months: 3, situation: 'training', note: 'Formation d’aide-comptable jusqu’en juin', version: 1 })
    const twice = await coordinator.post(url, { months: 3, date: today(), situation: 'employed' })
    expect(twice.status).toBe(409)
    expect(twice.body.error.reason).toBe('already-exists')
    const now = (await coordinator.get(url)).body.items
    expect(now[0]).toMatchObject({ status: 'recorded', recorded: { situation: 'training' } })
    expect(now[1].recorded).toBeNull()
  })

  it("are staff's: the duo's own mentor cannot read or record them", async () => {
    const duo = (await byState('active')).find((d) => d.mentorId === 'mentor-01') ?? (await byState('closed')).find((d) => d.mentorId === 'mentor-01')
    expect((await mentor.get(`${life}/${duo.id}/follow-ups`)).status).toBe(403)
    expect((await mentor.post(`${life}/${duo.id}/follow-ups`, { months: 3, date: today(), situation: 'employed' })).status).toBe(403)
  })
})

describe('the yearly profile analysis', () => {
  const analysis = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/profile-analysis`

  it('counts the people of the duos that lived in the year, with groups under five shown as "< 5" and no rate for them', async () => {
    const res = await coordinator.get(`${analysis}?year=${today().slice(0, 4)}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(Object.keys(res.body.distributions.mentee)).toEqual(['ageBand', 'sector', 'language', 'locality', 'referredBy'])
    const rows = [...Object.values(res.body.distributions.mentee), ...Object.values(res.body.distributions.mentor)].flat() as any[]
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(typeof r.count === 'number' ? r.count >= 5 || r.count === 0 : ['< 5', 'hidden'].includes(r.count)).toBe(true)
    for (const r of Object.values(res.body.outcomes).flat() as any[]) if (typeof r.closed !== 'number') expect(r.positivePercent).toBeNull()
    const empty = (await coordinator.get(`${analysis}?year=2001`)).body
    expect(empty.people).toEqual({ mentor: 0, mentee: 0 })
  })

  it('needs a year (400 naming it) and is for staff', async () => {
    const bad = await coordinator.get(`${analysis}?year=twenty`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details).toContainEqual(expect.objectContaining({ path: 'year' }))
    expect((await mentor.get(`${analysis}?year=2026`)).status).toBe(403)
    expect((await caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${PLS_PROGRAMME}/profile-analysis?year=2026`)).status).toBe(404)
  })
})
