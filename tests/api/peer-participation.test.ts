import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * A mentor's peer meetings (issue 10; seed 004): the portal lists the upcoming ones of their programme and the mentor
 * registers or cancels (a mentor not invited is invited by registering, within the capacity); staff read a person's
 * sessions with their registration and attendance on the person's page.
 */
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const mine = `/api/matching/orgs/${PLS}/me/peer-meetings`
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentor: ApiClient
let mentee: ApiClient
let mentorPersonId: string
let meetingIds: string[]

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  mentee = await signIn(p, 'mentee@mentoryou.demo')
  const members = (await coordinator.get(`/api/onboarding/orgs/${PLS}/members?limit=100`)).body.items
  mentorPersonId = members.find((m: { email: string }) => m.email === 'mentor@mentoryou.demo').personId
  const planned = await coordinator.post(`${programme}/peer-meetings/series`, {
    title: 'Rencontre entre mentors', firstStartsAt: '2030-03-04T18:30', count: 2, everyWeeks: 8, durationMinutes: 90,
    place: 'Rue Coenraets 72, Saint-Gilles', capacity: 500, topics: ['experience-sharing'],
  })
  expect(planned.status, JSON.stringify(planned.body)).toBe(201)
  meetingIds = planned.body.items.map((s: { id: string }) => s.id)
})
afterAll(() => p?.stop())

describe("a mentor's peer meetings in the portal", () => {
  it('lists the upcoming peer meetings of their programme, soonest first', async () => {
    const res = await mentor.get(mine)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.items.map((i: { sessionId: string }) => i.sessionId)).toEqual(meetingIds)
    expect(res.body.items[0]).toMatchObject({ kind: 'peer-meeting', upcoming: true, registration: null, startsAt: '2030-03-04T18:30' })
  })

  it('registers, then cancels; the same answer twice changes nothing', async () => {
    const url = `${mine}/${meetingIds[0]}/registration`
    const on = await mentor.put(url, { registered: true })
    expect(on.status, JSON.stringify(on.body)).toBe(200)
    expect(on.body.items[0]).toMatchObject({ sessionId: meetingIds[0], invited: true, registration: 'registered' })
    expect((await mentor.put(url, { registered: true })).body.items[0].registration).toBe('registered')
    const staff = await coordinator.get(`${programme}/people/${mentorPersonId}/sessions?kind=peer-meeting`)
    expect(staff.status, JSON.stringify(staff.body)).toBe(200)
    expect(staff.body.counts).toMatchObject({ registered: 1, attended: 0 })
    expect(staff.body.items.find((i: { sessionId: string }) => i.sessionId === meetingIds[0])).toMatchObject({ registration: 'registered', attendance: null, upcoming: true })

    const off = await mentor.put(url, { registered: false })
    expect(off.body.items[0].registration).toBe('cancelled')
    expect((await mentor.put(url, { registered: false })).status).toBe(200)
    expect((await coordinator.get(`${programme}/people/${mentorPersonId}/sessions`)).body.counts.registered).toBe(0)
  })

  it('refuses to cancel what was never registered, an unknown session, a mentee, and bad input', async () => {
    const never = await mentor.put(`${mine}/${meetingIds[1]}/registration`, { registered: false })
    expect(never.status).toBe(409)
    expect(never.body.error.reason).toBe('not-registered')
    expect((await mentor.put(`${mine}/no-such-session/registration`, { registered: true })).status).toBe(404)
    expect((await mentee.get(mine)).status).toBe(403)
    const bad = await mentor.put(`${mine}/${meetingIds[1]}/registration`, { registered: 'yes' })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('registered')
  })

  it("staff read nobody's sessions outside the programme", async () => {
    expect((await coordinator.get(`${programme}/people/no-such-person/sessions`)).status).toBe(404)
    expect((await coordinator.get(`${programme}/people/${mentorPersonId}/sessions?kind=party`)).status).toBe(400)
  })
})
