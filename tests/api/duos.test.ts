import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Duos from the proposal to the first meeting's verdicts, through the staff routes against the local platform: every
 * state change, its e-mails, its people's stages, illegal steps (409 with the state), stale versions, another
 * organisation's ids and bad input.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient
let trainer: ApiClient
let clock = Date.parse('2030-03-05T09:00:00.000Z')

/** Moves the platform's clock, and signs in again (a sign-in lasts less than the jump). */
async function moveClockTo(iso: string) {
  clock = Date.parse(iso)
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  trainer = await signIn(p, 'trainer@binome.demo')
}

beforeAll(async () => {
  // The clock ticks a little at each reading, so that steps of one test follow each other in time as they would.
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  trainer = await signIn(p, 'trainer@binome.demo')
})
afterAll(() => p?.stop())

const stage = async (personId: string) => (await coordinator.get(`${people}/${personId}`)).body.stage as string
const propose = (pairs: { menteeId: string; mentorId: string }[]) => coordinator.post(duos, { pairs })
const read = async (id: string) => (await coordinator.get(`${duos}/${id}`)).body

describe('a proposal', () => {
  let duo: any

  it('creates the duo, takes the mentee out of the pool and mails the mentor the profile sheet and the link', async () => {
    const r = await propose([{ menteeId: 'mentee-01', mentorId: 'mentor-02' }])
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    duo = r.body.items[0]
    expect(duo).toMatchObject({
      state: 'proposed', menteeId: 'mentee-01', mentorId: 'mentor-02', version: 1, answerDeadline: expect.stringMatching(/^2030-03-12T09:00/),
      next: ['accept', 'refuse', 'expire', 'cancel'], mentee: { id: 'mentee-01' }, mentor: { id: 'mentor-02' },
    })
    expect(await stage('mentee-01')).toBe('matched')
    const mentor = (await coordinator.get(`${people}/mentor-02`)).body
    const mentee = (await coordinator.get(`${people}/mentee-01`)).body
    // Mentor-02 takes one mentee at a time: full, out of the pool too.
    expect(mentor.stage).toBe(mentor.capacity > 1 ? 'ready' : 'matched')
    const mail = p.outbox.list({ to: mentor.email }).at(-1)!
    expect(mail.text).toContain(`/orgs/${PLS}/portal/duos/${duo.id}`)
    expect(mail.text).toContain('12/03/2030')
    const sheet = Buffer.from(mail.attachments![0]!.content, 'base64').toString('utf8')
    expect(sheet).toContain(mentee.firstName)
    expect(sheet).not.toContain(mentee.lastName)
    expect(sheet).not.toContain(mentee.email)
    const log = await coordinator.get(`${people}/mentor-02/mails`)
    expect(log.body.items[0]).toMatchObject({ kind: 'email-proposal' })
  })

  it('refuses a person already in an open duo, all or nothing, naming the rule and the pair', async () => {
    const r = await propose([{ menteeId: 'mentee-02', mentorId: 'mentor-03' }, { menteeId: 'mentee-01', mentorId: 'mentor-04' }])
    expect(r.status).toBe(409)
    expect(r.body.error).toMatchObject({ reason: 'in-open-duo', values: { side: 'mentee' } })
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(['pairs.1.menteeId'])
    // The good pair was not written either.
    expect(await stage('mentee-02')).toBe('ready')
    expect((await coordinator.get(`${duos}?state=proposed`)).body.items.map((d: { id: string }) => d.id)).toEqual([duo.id])
  })

  it('fills a mentor up to their capacity, then refuses', async () => {
    const mentor = (await coordinator.get(`${people}/mentor-01`)).body
    expect(mentor.capacity).toBe(2)
    const two = await propose([{ menteeId: 'mentee-03', mentorId: 'mentor-01' }, { menteeId: 'mentee-04', mentorId: 'mentor-01' }])
    expect(two.status, JSON.stringify(two.body)).toBe(201)
    expect(await stage('mentor-01')).toBe('matched')
    const third = await propose([{ menteeId: 'mentee-05', mentorId: 'mentor-01' }])
    expect(third.status).toBe(409)
    expect(third.body.error).toMatchObject({ reason: 'mentor-at-capacity', values: { capacity: 2 } })
    // A cancellation gives the place back.
    const cancel = await coordinator.post(`${duos}/${two.body.items[1].id}/cancel`, { version: 1, reason: 'Le mentoré a trouvé un emploi' })
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200)
    expect(cancel.body).toMatchObject({ state: 'cancelled', endReason: 'Le mentoré a trouvé un emploi', version: 2 })
    expect(await stage('mentor-01')).toBe('ready')
    expect(await stage('mentee-04')).toBe('ready')
  })

  it('refuses people of the wrong side (400) and unknown people (404)', async () => {
    const wrong = await propose([{ menteeId: 'mentor-05', mentorId: 'mentee-05' }])
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.details.map((d: { path: string }) => d.path)).toEqual(['pairs.0.menteeId', 'pairs.0.mentorId'])
    expect((await propose([{ menteeId: 'nobody', mentorId: 'mentor-05' }])).status).toBe(404)
    expect((await coordinator.post(duos, { pairs: [] })).body.error.details[0].path).toBe('pairs')
  })

  describe('the mentor’s answer, the first meeting and the verdicts', () => {
    it('accepts with the version read; a stale version is 409 and a second answer 409 with the state', async () => {
      const stale = await coordinator.post(`${duos}/${duo.id}/answer`, { version: 7, answer: 'accept' })
      expect(stale.status).toBe(409)
      expect(stale.body.error).toMatchObject({ reason: 'stale-version', values: { entity: 'duo' } })
      const ok = await coordinator.post(`${duos}/${duo.id}/answer`, { version: 1, answer: 'accept' })
      expect(ok.status, JSON.stringify(ok.body)).toBe(200)
      expect(ok.body).toMatchObject({ state: 'accepted', version: 2, answer: { outcome: 'accepted' }, next: ['schedule-meeting', 'cancel'] })
      const again = await coordinator.post(`${duos}/${duo.id}/answer`, { version: 2, answer: 'accept' })
      expect(again.status).toBe(409)
      expect(again.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'duo', state: 'accepted' } })
    })

    it('schedules the first meeting where the rules say, and invites both with a calendar file', async () => {
      const wrongPlace = await coordinator.put(`${duos}/${duo.id}/meeting`, { version: 2, startsAt: '2030-03-05T14:00', place: 'Café', placeKind: 'free' })
      expect(wrongPlace.status).toBe(400)
      expect(wrongPlace.body.error.details[0].path).toBe('placeKind')
      const badDay = await coordinator.put(`${duos}/${duo.id}/meeting`, { version: 2, startsAt: '2030-02-30T14:00', place: 'Bureau', placeKind: 'mentor-workplace' })
      expect(badDay.body.error.details[0].path).toBe('startsAt')
      const r = await coordinator.put(`${duos}/${duo.id}/meeting`, { version: 2, startsAt: '2030-03-05T14:00', place: 'Rue Royale 10, 1000 Bruxelles', placeKind: 'mentor-workplace' })
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body).toMatchObject({ state: 'meeting-scheduled', meeting: { startsAt: '2030-03-05T13:00:00.000Z', durationMinutes: 90, placeKind: 'mentor-workplace' } })
      for (const id of ['mentee-01', 'mentor-02']) {
        const email = (await coordinator.get(`${people}/${id}`)).body.email
        const mail = p.outbox.list({ to: email }).at(-1)!
        expect(mail.subject).toContain('05/03/2030 14:00')
        const ics = Buffer.from(mail.attachments![0]!.content, 'base64').toString('utf8')
        expect(ics).toContain('DTSTART:20300305T130000Z')
        expect(ics).toContain(`UID:${duo.id}@binome.first-meeting`)
      }
    })

    it('takes each side’s verdict once the meeting has taken place; both validated → validated', async () => {
      const early = await coordinator.post(`${duos}/${duo.id}/verdicts`, { version: 3, side: 'mentor', verdict: 'validate' })
      expect(early.status).toBe(409)
      expect(early.body.error).toMatchObject({ reason: 'too-early', values: { at: '2030-03-05T13:00:00.000Z' } })
      await moveClockTo('2030-03-05T15:00:00.000Z')
      const mentor = await coordinator.post(`${duos}/${duo.id}/verdicts`, { version: 3, side: 'mentor', verdict: 'validate' })
      expect(mentor.body).toMatchObject({ state: 'meeting-scheduled', verdicts: { mentor: { outcome: 'validated' }, mentee: null }, version: 4 })
      const twice = await coordinator.post(`${duos}/${duo.id}/verdicts`, { version: 4, side: 'mentor', verdict: 'validate' })
      expect(twice.body.error).toMatchObject({ reason: 'already-recorded', values: { party: 'mentor' } })
      const both = await coordinator.post(`${duos}/${duo.id}/verdicts`, { version: 4, side: 'mentee', verdict: 'validate' })
      expect(both.body).toMatchObject({ state: 'validated', version: 5, next: ['contract-generated', 'cancel'] })
      expect(await stage('mentee-01')).toBe('matched')
    })

    it('keeps the timeline, newest first', async () => {
      const t = await coordinator.get(`${duos}/${duo.id}/timeline?limit=10`)
      expect(t.status).toBe(200)
      expect(t.body.items.map((e: { event: string }) => e.event)).toEqual(['validate', 'validate', 'schedule-meeting', 'accept', 'propose'])
      expect(t.body.items[0]).toMatchObject({ from: 'meeting-scheduled', to: 'validated', side: 'mentee' })
    })
  })

  it('a decline returns both to the pool and the pair is not proposed again', async () => {
    const made = (await propose([{ menteeId: 'mentee-06', mentorId: 'mentor-06' }])).body.items[0]
    await coordinator.post(`${duos}/${made.id}/answer`, { version: 1, answer: 'accept' })
    await coordinator.put(`${duos}/${made.id}/meeting`, { version: 2, startsAt: '2030-03-05T10:00', place: 'Avenue Louise 54', placeKind: 'mentor-workplace' })
    const noReason = await coordinator.post(`${duos}/${made.id}/verdicts`, { version: 3, side: 'mentee', verdict: 'decline' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.details[0]).toMatchObject({ path: 'reason', reason: 'required' })
    const declined = await coordinator.post(`${duos}/${made.id}/verdicts`, { version: 3, side: 'mentee', verdict: 'decline', reason: 'Pas le bon secteur' })
    expect(declined.body).toMatchObject({ state: 'declined', endReason: 'Pas le bon secteur' })
    expect(await stage('mentee-06')).toBe('ready')
    expect(await stage('mentor-06')).toBe('ready')
    const again = await propose([{ menteeId: 'mentee-06', mentorId: 'mentor-06' }])
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ reason: 'pair-excluded' })
    expect(again.body.error.details[0].path).toBe('pairs.0')
    // The mentee may be proposed to someone else.
    expect((await propose([{ menteeId: 'mentee-06', mentorId: 'mentor-07' }])).status).toBe(201)
  })

  it('a refusal needs its reason and ends the duo', async () => {
    const made = (await propose([{ menteeId: 'mentee-07', mentorId: 'mentor-08' }])).body.items[0]
    const bare = await coordinator.post(`${duos}/${made.id}/answer`, { version: 1, answer: 'refuse' })
    expect(bare.body.error.details[0]).toMatchObject({ path: 'reason', reason: 'required' })
    const refused = await coordinator.post(`${duos}/${made.id}/answer`, { version: 1, answer: 'refuse', reason: 'Pas disponible ce trimestre' })
    expect(refused.body).toMatchObject({ state: 'refused', answer: { outcome: 'refused', reason: 'Pas disponible ce trimestre' }, next: [] })
    expect(await stage('mentee-07')).toBe('ready')
    const cancel = await coordinator.post(`${duos}/${made.id}/cancel`, { version: 2, reason: 'Trop tard' })
    expect(cancel.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'duo', state: 'refused' } })
  })

  it('the daily sweep expires a proposal past its deadline, once, and the mentee is back in the pool', async () => {
    const made = (await propose([{ menteeId: 'mentee-08', mentorId: 'mentor-09' }])).body.items[0]
    await p.runSchedule('daily-monitoring')
    expect((await read(made.id)).state).toBe('proposed')
    await moveClockTo(made.answerDeadline)
    await p.runSchedule('daily-monitoring')
    const expired = await read(made.id)
    expect(expired).toMatchObject({ state: 'expired', version: 2, endedAt: expect.any(String) })
    expect(await stage('mentee-08')).toBe('ready')
    const entry = (await coordinator.get(`${duos}/${made.id}/timeline`)).body.items[0]
    expect(entry).toMatchObject({ event: 'expire', from: 'proposed', to: 'expired' })
    expect(entry.by).toBeUndefined()
    // Again: nothing more happens.
    await p.runSchedule('daily-monitoring')
    expect((await read(made.id)).version).toBe(2)
    expect((await propose([{ menteeId: 'mentee-08', mentorId: 'mentor-09' }])).body.error.reason).toBe('pair-excluded')
  })

  it('lists by state, with counts a page at a time', async () => {
    const all = await coordinator.get(`${duos}?limit=2`)
    expect(all.body.items).toHaveLength(2)
    expect(all.body.nextCursor).toEqual(expect.any(String))
    const declined = await coordinator.get(`${duos}?state=declined`)
    expect(declined.body.items.map((d: { state: string }) => d.state)).toEqual(['declined'])
    expect((await coordinator.get(`${duos}?state=nonsense`)).status).toBe(400)
  })

  it('is staff only, and another organisation reaches nothing', async () => {
    expect((await trainer.get(duos)).status).toBe(403)
    expect((await caiAdmin.get(`${duos}/${duo.id}`)).status).toBe(403)
    const caiPath = `/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${duo.id}`
    expect((await caiAdmin.get(caiPath)).status).toBe(404)
    expect((await caiAdmin.post(`${caiPath}/cancel`, { version: 5, reason: 'x' })).status).toBe(404)
    expect((await coordinator.get(`${duos}/no-such-duo`)).body.error).toMatchObject({ reason: 'not-found', values: { entity: 'duo' } })
  })
})

describe('the next matching run', () => {
  it('offers no one in an open duo, gives a mentor only the places left, and never suggests an ended pair again', async () => {
    await moveClockTo('2030-03-06T09:00:00.000Z')
    const all: { menteeId: string; mentorId: string; state: string }[] = []
    for (let cursor: string | undefined; ; ) {
      const page = await coordinator.get(`${duos}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      all.push(...page.body.items)
      cursor = page.body.nextCursor ?? undefined
      if (!cursor) break
    }
    const ended = new Set(all.filter((d) => ['refused', 'expired', 'declined', 'cancelled'].includes(d.state)).map((d) => `${d.menteeId}#${d.mentorId}`))
    const open = all.filter((d) => !['refused', 'expired', 'declined', 'cancelled'].includes(d.state))
    expect(ended.size).toBeGreaterThan(0)
    // A mentor with a place left in a duo: mentor-01 (capacity 2) takes one more mentee now.
    expect((await propose([{ menteeId: 'mentee-08', mentorId: 'mentor-01' }])).status).toBe(201)
    open.push({ menteeId: 'mentee-08', mentorId: 'mentor-01', state: 'proposed' })
    const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`
    const started = await coordinator.post(runs, { objective: 'max-matched' })
    expect(started.status).toBe(202)
    await p.drain()
    const run = (await coordinator.get(`${runs}/${started.body.id}`)).body
    expect(run.status).toBe('completed')
    const pairs = (await coordinator.get(`${runs}/${run.id}/suggestions?limit=100`)).body.items as { menteeId: string; mentorId: string }[]
    expect(pairs.length).toBeGreaterThan(0)
    const openMentees = new Set(open.map((d) => d.menteeId))
    for (const s of pairs) {
      expect(openMentees.has(s.menteeId), s.menteeId).toBe(false)
      expect(ended.has(`${s.menteeId}#${s.mentorId}`), `${s.menteeId}#${s.mentorId}`).toBe(false)
    }
    const mentor01 = (await coordinator.get(`${people}/mentor-01`)).body
    const openOf01 = open.filter((d) => d.mentorId === 'mentor-01').length
    expect(pairs.filter((s) => s.mentorId === 'mentor-01').length).toBeLessThanOrEqual(Math.max(0, mentor01.capacity - openOf01))
  })
})
