import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
const org = `/api/onboarding/orgs/${PLS}`
const people = `${org}/programmes/${PLS_PROGRAMME}/people`
/** A ready mentee outside the demo's duos, proposed to the demo mentor below. */
const MENTEE = 'mentee-04'

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

describe('a mentor or mentee account is one person of a programme', () => {
  it('the demo mentor and mentee accounts name their person', async () => {
    const items = (await admin.get(`${org}/members?limit=100`)).body.items
    expect(items.find((m: { email: string }) => m.email === 'mentor@mentoryou.demo'))
      .toMatchObject({ role: 'mentor', personId: 'mentor-01', programmeId: PLS_PROGRAMME, name: 'Sophie Lambert', status: 'active' })
    expect(items.find((m: { email: string }) => m.email === 'mentee@mentoryou.demo'))
      .toMatchObject({ role: 'mentee', personId: 'mentee-01', programmeId: PLS_PROGRAMME, name: 'Amina Haddad' })
  })

  it('an admin invites a mentor only with their person, of the right side, in this organisation', async () => {
    const invite = (body: Record<string, unknown>) => admin.post(`${org}/invitations`, { email: 'mentor.lie@pls.demo', name: 'Marc Dubois', role: 'mentor', ...body })
    const none = await invite({})
    expect(none.status).toBe(400)
    expect(none.body.error.details.map((d: { path: string }) => d.path)).toEqual(['personId', 'programmeId'])
    const mentee = await invite({ personId: 'mentee-02', programmeId: PLS_PROGRAMME })
    expect(mentee.status).toBe(400)
    expect(mentee.body.error.details[0]).toMatchObject({ path: 'personId', reason: 'invalid' })
    // Another organisation's person names nothing here.
    expect((await invite({ personId: 'mentor-02', programmeId: CAI_PROGRAMME })).status).toBe(400)
    const coordinatorWithPerson = await admin.post(`${org}/invitations`, { email: 'coord.lie@pls.demo', name: 'C', role: 'coordinator', personId: 'mentor-02', programmeId: PLS_PROGRAMME })
    expect(coordinatorWithPerson.status).toBe(400)
    expect(coordinatorWithPerson.body.error.details[0]).toMatchObject({ path: 'personId', reason: 'unknown-field' })
    const made = await invite({ personId: 'mentor-02', programmeId: PLS_PROGRAMME })
    expect(made.status).toBe(201)
    expect(made.body).toMatchObject({ role: 'mentor', personId: 'mentor-02', programmeId: PLS_PROGRAMME, status: 'invited' })
    // Made a coordinator, the account is no one's person any more.
    const changed = await admin.patch(`${org}/members/${made.body.userId}`, { role: 'coordinator', version: made.body.version })
    expect(changed.status).toBe(200)
    expect(changed.body.personId).toBeUndefined()
    const back = await admin.patch(`${org}/members/${made.body.userId}`, { role: 'mentor', version: changed.body.version })
    expect(back.status).toBe(400)
    expect(back.body.error.details[0].path).toBe('personId')
  })
})

describe('staff give a person access to their portal', () => {
  it('invites the person’s own address as an account of their side, tied to them, in French', async () => {
    const person = (await admin.get(`${people}/mentee-03`)).body
    const r = await coordinator.post(`${people}/mentee-03/portal-access`)
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    expect(r.body).toMatchObject({
      email: person.email, name: `${person.firstName} ${person.lastName}`, role: 'mentee', personId: 'mentee-03', programmeId: PLS_PROGRAMME, status: 'invited',
    })
    const mail = p.outbox.list({ to: person.email }).at(-1)
    expect(mail?.subject).toBe('Pour la Solidarité — MentorYou vous invite sur Binôme')
    expect((await coordinator.post(`${people}/mentee-03/portal-access`)).body.error).toMatchObject({ reason: 'already-invited' })
    // The invited person accepts and is a mentee of the organisation, nothing more.
    const her = await signIn(p, person.email)
    expect((await her.post(`/api/onboarding/me/memberships/${PLS}/accept`)).status).toBe(200)
    expect((await her.get(`${people}/mentee-03`)).status).toBe(403)
  })

  it('another organisation’s person is not found; a mentor or a partner cannot give access', async () => {
    expect((await admin.post(`${people}/no-such-person/portal-access`)).status).toBe(404)
    expect((await admin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people/mentor-01/portal-access`)).status).toBe(403)
    expect((await admin.post(`${org}/programmes/${CAI_PROGRAMME}/people/mentor-01/portal-access`)).status).toBe(404)
    const mentor = await signIn(p, 'mentor@mentoryou.demo')
    expect((await mentor.post(`${people}/mentor-04/portal-access`)).status).toBe(403)
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.post(`${people}/mentor-04/portal-access`)).status).toBe(403)
  })
})

describe('the portal: a mentor’s and a mentee’s own duos', () => {
  const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
  const mine = `/api/matching/orgs/${PLS}/me/duos`
  let mentor: ApiClient
  let mentee: ApiClient
  let otherMentee: ApiClient
  let duo: { id: string; version: number }

  beforeAll(async () => {
    // Sophie Lambert (mentor-01, the demo mentor account, room for two) is proposed a ready mentee, who gets her portal.
    const proposed = await coordinator.post(duos, { pairs: [{ menteeId: MENTEE, mentorId: 'mentor-01' }] })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    duo = proposed.body.items[0]
    const access = await coordinator.post(`${people}/${MENTEE}/portal-access`)
    expect(access.status).toBe(201)
    mentee = await signIn(p, access.body.email)
    expect((await mentee.post(`/api/onboarding/me/memberships/${PLS}/accept`)).status).toBe(200)
    mentor = await signIn(p, 'mentor@mentoryou.demo')
    otherMentee = await signIn(p, 'mentee@mentoryou.demo')
  })

  it('the mentor finds the proposal with the mentee’s profile sheet, never her last name or address', async () => {
    const person = (await admin.get(`${people}/${MENTEE}`)).body
    const r = await mentor.get(`${mine}?locale=fr`)
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    const found = r.body.items.find((d: { id: string }) => d.id === duo.id)
    expect(found).toMatchObject({ side: 'mentor', state: 'proposed', actions: ['accept', 'refuse'], programmeName: 'MentorYou 2026-2027' })
    expect(found.menteeSheet).toMatchObject({ firstName: person.firstName, locality: expect.any(String) })
    expect(found.menteeSheet.answers.length).toBeGreaterThan(0)
    const text = JSON.stringify(r.body)
    expect(text).not.toContain(person.lastName)
    expect(text).not.toContain(person.email)
    expect((await mentor.get(`${mine}/${duo.id}?locale=en`)).body.menteeSheet.answers[0].section).toEqual(expect.any(String))
  })

  it('the mentee follows it without the mentor’s name, and cannot answer it', async () => {
    const r = await mentee.get(`${mine}/${duo.id}`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ side: 'mentee', state: 'proposed', actions: [] })
    expect(r.body.mentorFirstName).toBeUndefined()
    expect(r.body.menteeSheet).toBeUndefined()
    const answer = await mentee.post(`${mine}/${duo.id}/answer`, { version: duo.version, answer: 'accept' })
    expect(answer.status).toBe(403)
  })

  it('another person’s duo is not found; staff have their own routes; the wrong organisation is no one’s', async () => {
    expect((await otherMentee.get(`${mine}/${duo.id}`)).status).toBe(404)
    expect((await otherMentee.post(`${mine}/${duo.id}/verdict`, { version: duo.version, verdict: 'validate' })).status).toBe(404)
    expect((await otherMentee.get(mine)).body.items.map((d: { id: string }) => d.id)).not.toContain(duo.id)
    expect((await mentor.get(`${mine}/no-such-duo`)).status).toBe(404)
    expect((await coordinator.get(mine)).status).toBe(403)
    expect((await mentor.get(`/api/matching/orgs/${CAI}/me/duos`)).status).toBe(403)
    expect((await mentor.get(`${duos}/${duo.id}`)).status).toBe(403)
  })

  it('the mentor answers: a refusal needs its reason, a stale version is 409, then accepted once', async () => {
    const noReason = await mentor.post(`${mine}/${duo.id}/answer`, { version: duo.version, answer: 'refuse' })
    expect(noReason.status).toBe(400)
    expect(noReason.body.error.details[0].path).toBe('reason')
    expect((await mentor.post(`${mine}/${duo.id}/answer`, { version: duo.version + 3, answer: 'accept' })).body.error).toMatchObject({ reason: 'stale-version' })
    const accepted = await mentor.post(`${mine}/${duo.id}/answer`, { version: duo.version, answer: 'accept' })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body).toMatchObject({ state: 'accepted', answer: { outcome: 'accepted' }, actions: [], version: duo.version + 1 })
    const again = await mentor.post(`${mine}/${duo.id}/answer`, { version: accepted.body.version, answer: 'accept' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'duo', state: 'accepted' } })
    // Once accepted, the mentee knows her mentor's first name; the staff timeline names the mentor as who answered.
    expect((await mentee.get(`${mine}/${duo.id}`)).body.mentorFirstName).toBe('Sophie')
    const timeline = (await coordinator.get(`${duos}/${duo.id}/timeline`)).body.items
    expect(timeline[0]).toMatchObject({ event: 'accept', to: 'accepted' })
    duo = accepted.body
  })

  it('each side gives its verdict after the first meeting, once; both validated → validated', async () => {
    expect((await mentee.post(`${mine}/${duo.id}/verdict`, { version: duo.version, verdict: 'validate' })).body.error)
      .toMatchObject({ reason: 'wrong-state', values: { state: 'accepted' } })
    // The meeting took place yesterday (staff record it when they schedule it late).
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
    const scheduled = await coordinator.put(`${duos}/${duo.id}/meeting`, {
      version: duo.version, startsAt: `${yesterday}T10:00`, place: 'Banque, Avenue Louise 54, Ixelles', placeKind: 'mentor-workplace',
    })
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200)
    const seen = (await mentee.get(`${mine}/${duo.id}`)).body
    expect(seen).toMatchObject({ state: 'meeting-scheduled', meeting: { place: 'Banque, Avenue Louise 54, Ixelles', durationMinutes: 90 }, actions: ['validate', 'decline'] })
    const declineNoReason = await mentee.post(`${mine}/${duo.id}/verdict`, { version: seen.version, verdict: 'decline' })
    expect(declineNoReason.status).toBe(400)
    const hers = await mentee.post(`${mine}/${duo.id}/verdict`, { version: seen.version, verdict: 'validate' })
    expect(hers.status, JSON.stringify(hers.body)).toBe(200)
    expect(hers.body).toMatchObject({ state: 'meeting-scheduled', verdicts: { mine: { outcome: 'validated' }, theirs: null }, actions: [] })
    expect((await mentee.post(`${mine}/${duo.id}/verdict`, { version: hers.body.version, verdict: 'validate' })).body.error)
      .toMatchObject({ reason: 'already-recorded' })
    const his = await mentor.post(`${mine}/${duo.id}/verdict`, { version: hers.body.version, verdict: 'validate' })
    expect(his.status).toBe(200)
    expect(his.body).toMatchObject({ state: 'validated', verdicts: { mine: { outcome: 'validated' }, theirs: { outcome: 'validated' } } })
  })
})
