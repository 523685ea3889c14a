import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
const org = `/api/onboarding/orgs/${PLS}`
const people = `${org}/programmes/${PLS_PROGRAMME}/people`

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
