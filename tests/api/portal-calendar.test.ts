import { DeleteItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { openPeerMeetings } from '@binome/core'
import { createLocalDynamoClient } from '@binome/local'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { itemCountingTenant, type ItemCounts } from '../support/item-counting'
import { testPlatform } from '../support/platform'

/**
 * "Add to my calendar" in the portal (issue 10): a mentor downloads the calendar file (.ics) of a peer meeting they
 * are invited to, a mentee that of an information session she is invited to — the same file the invitation mail
 * carries. A session they are not invited to, another organisation's session and a staff account get nothing.
 */
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const calendar = (org: string, sessionId: string) => `/api/matching/orgs/${org}/me/sessions/${sessionId}/calendar`
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentor: ApiClient
let mentee: ApiClient
let meetingId: string
let informationId: string

const session = (kind: 'information' | 'peer-meeting', title: string) => ({
  kind, title, startsAt: '2030-03-04T18:30', durationMinutes: 90, place: 'Rue Coenraets 72, Saint-Gilles', capacity: 20,
  topics: kind === 'information' ? ['who-can-take-part'] : ['experience-sharing'],
})
const text = (body: { base64: string }) => Buffer.from(body.base64, 'base64').toString('utf8')

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  mentee = await signIn(p, 'mentee@mentoryou.demo')
  const planned = await coordinator.post(`${programme}/peer-meetings/series`, {
    title: 'Rencontre entre mentors', firstStartsAt: '2030-03-04T18:30', count: 1, everyWeeks: 8, durationMinutes: 90,
    place: 'Rue Coenraets 72, Saint-Gilles', capacity: 500, topics: ['experience-sharing'],
  })
  expect(planned.status, JSON.stringify(planned.body)).toBe(201)
  meetingId = planned.body.items[0].id
  const information = await coordinator.post(`${programme}/sessions`, session('information', 'Séance d’information'))
  expect(information.status, JSON.stringify(information.body)).toBe(201)
  informationId = information.body.id
  expect((await coordinator.post(`${programme}/sessions/${informationId}/invitations`, { personIds: ['mentee-01'] })).status).toBe(200)
})
afterAll(() => p?.stop())

describe('a session’s calendar file in the portal', () => {
  it('gives a mentor the file of a peer meeting she is invited to, at the meeting’s start (Brussels 18:30 is 17:30 UTC in March)', async () => {
    const res = await mentor.get(calendar(PLS, meetingId))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({ filename: 'rencontre-mentors-2030-03-04.ics', contentType: 'text/calendar' })
    const ics = text(res.body)
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    expect(ics).toContain('DTSTART:20300304T173000Z')
    expect(ics).toContain(`UID:${meetingId}@binome.sessions`)
    expect(ics).toContain('SUMMARY:Rencontre entre mentors')
  })

  it('gives a mentee the file of an information session she is invited to', async () => {
    const res = await mentee.get(calendar(PLS, informationId))
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(text(res.body)).toContain('SUMMARY:Séance d’information')
  })

  it('lists the upcoming sessions the caller is invited to, soonest first, a cancelled one left out, and not for staff', async () => {
    const mine = `/api/matching/orgs/${PLS}/me/sessions`
    const hers = await mentee.get(mine)
    expect(hers.status, JSON.stringify(hers.body)).toBe(200)
    expect(hers.body.items.find((s: { sessionId: string }) => s.sessionId === informationId)).toMatchObject({
      kind: 'information', title: 'Séance d’information', startsAt: '2030-03-04T18:30', startsAtUtc: '2030-03-04T17:30:00.000Z',
      place: 'Rue Coenraets 72, Saint-Gilles', state: 'scheduled', upcoming: true, invited: true,
    })
    expect(hers.body.items.map((s: { sessionId: string }) => s.sessionId)).not.toContain(meetingId)
    for (const s of hers.body.items) expect(s).toMatchObject({ upcoming: true, state: 'scheduled' })
    const starts = hers.body.items.map((s: { startsAtUtc: string }) => s.startsAtUtc)
    expect(starts).toEqual([...starts].sort())
    expect((await mentor.get(mine)).body.items.map((s: { sessionId: string }) => s.sessionId)).toContain(meetingId)

    const other = await coordinator.post(`${programme}/sessions`, { ...session('information', 'Séance annulée'), startsAt: '2030-03-11T18:30' })
    expect((await coordinator.post(`${programme}/sessions/${other.body.id}/invitations`, { personIds: ['mentee-01'] })).status).toBe(200)
    expect((await mentee.get(mine)).body.items.map((s: { sessionId: string }) => s.sessionId)).toContain(other.body.id)
    const read = await coordinator.get(`${programme}/sessions/${other.body.id}`)
    const cancelled = await coordinator.post(`${programme}/sessions/${other.body.id}/cancel`, { version: read.body.version })
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200)
    expect((await mentee.get(mine)).body.items.map((s: { sessionId: string }) => s.sessionId)).not.toContain(other.body.id)
    expect((await coordinator.get(mine)).status).toBe(403)
  })

  it('finds no session the caller is not invited to, nor another organisation’s, and is not for staff', async () => {
    // The information session invites mentee-01 only; the peer meeting, mentors only.
    expect((await mentor.get(calendar(PLS, informationId))).status).toBe(404)
    expect((await mentee.get(calendar(PLS, meetingId))).status).toBe(404)
    expect((await mentor.get(calendar(PLS, 'no-such-session'))).status).toBe(404)
    const cai = await signIn(p, 'coordination@duo-n2wa.demo')
    const theirs = (await cai.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions`)).body.items[0].id
    expect((await mentor.get(calendar(PLS, theirs))).status).toBe(404)
    expect((await mentor.get(calendar(CAI, theirs))).status).toBe(403)
    const staff = await coordinator.get(calendar(PLS, meetingId))
    expect(staff.status).toBe(403)
  })

  // What DynamoDB reads (a query's ScannedCount, a batch get's items) and sends back, counted as the answers arrive
  // at clients of our own over the platform's table.
  let counted: ItemCounts = { read: 0, sent: 0 }
  let raw: DynamoDBClient
  const countingTenant = () => {
    const counting = itemCountingTenant(p, PLS)
    counted = counting.counted
    return counting.tenant
  }
  const reset = () => Object.assign(counted, { read: 0, sent: 0 })
  const startsPartition = `ORG#${PLS}#PROGRAMME#${PLS_PROGRAMME}#SESSION-STARTS`
  /** The programme's entries at their start, as stored. */
  const entries = async () => ((await raw.send(new QueryCommand({ TableName: p.dynamo.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': { S: startsPartition } } }))).Items ?? [])
    .map((item) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, v.S ?? v.N])) as Record<string, string>)
  /** The programme as a store written before the entries existed: none, and no mark that they are complete. */
  const forgetStarts = async () => {
    for (const item of await entries()) await raw.send(new DeleteItemCommand({ TableName: p.dynamo.tableName, Key: { PK: { S: item.PK! }, SK: { S: item.SK! } } }))
  }
  beforeAll(() => {
    raw = createLocalDynamoClient(p.dynamo.endpoint)
  })

  it('reads the upcoming sessions and the caller’s own invitations only: DynamoDB reads no past session and no one else’s invitation', async () => {
    const tenant = countingTenant()
    const now = new Date().toISOString()
    reset()
    const everything = await tenant.sessions.all(PLS_PROGRAMME)
    const wholePartition = counted.read
    expect(everything.flatMap((r) => r.invitees).length).toBeGreaterThan(5) // the series invited every mentor
    await tenant.sessions.upcomingFor(PLS_PROGRAMME, 'mentee-01', now) // a programme's first such read may index it

    reset()
    const mine = await tenant.sessions.upcomingFor(PLS_PROGRAMME, 'mentee-01', now)
    expect(mine.map((r) => r.session.id)).toEqual([informationId])
    expect(mine[0]!.invitees.map((i) => i.personId)).toEqual(['mentee-01'])
    // The entries of the sessions starting from now (cancelled ones too) and the mark that they are complete, those
    // sessions by key, then her one invitation: DynamoDB reads what it sends back, nothing more.
    const fromNow = everything.filter((r) => r.session.startsAtUtc >= now).length
    expect(counted.read).toBe(fromNow + 1 + fromNow + 1)
    expect(counted.sent).toBe(counted.read)
    expect(counted.read).toBeLessThan(wholePartition)
  })

  it('gives a mentor the upcoming peer meetings with her own invitations only, as the whole partition would', async () => {
    const tenant = countingTenant()
    const now = new Date().toISOString()
    const everything = await tenant.sessions.all(PLS_PROGRAMME)
    await tenant.sessions.upcoming(PLS_PROGRAMME, 'mentor-01', now, 'peer-meeting')
    reset()
    const read = await tenant.sessions.upcoming(PLS_PROGRAMME, 'mentor-01', now, 'peer-meeting')
    const meetings = everything.filter((r) => r.session.kind === 'peer-meeting' && r.session.state === 'scheduled' && r.session.startsAtUtc >= now)
    expect(read.map((r) => r.session.id).sort()).toEqual(meetings.map((r) => r.session.id).sort())
    expect(read.map((r) => r.session.id)).toContain(meetingId)
    for (const r of read) expect(r.invitees.map((i) => i.personId)).toEqual(r.invitees.length ? ['mentor-01'] : [])
    const hers = meetings.filter((r) => r.invitees.some((i) => i.personId === 'mentor-01')).length
    expect(hers).toBeGreaterThan(0)
    const fromNow = everything.filter((r) => r.session.startsAtUtc >= now).length
    expect(counted.read).toBe(fromNow + 1 + fromNow + hers)
    // What the portal shows from it is what it showed from the whole partition.
    expect(openPeerMeetings(read, 'mentor-01', now)).toEqual(openPeerMeetings(everything, 'mentor-01', now))
    const listed = await mentor.get(`/api/matching/orgs/${PLS}/me/peer-meetings`)
    expect(listed.status).toBe(200)
    expect(listed.body.items.map((m: { sessionId: string }) => m.sessionId)).toContain(meetingId)
  })

  it('reads a programme stored before the entries at their start as before, and writes them on that first read', async () => {
    const tenant = countingTenant()
    const now = new Date().toISOString()
    const expected = await tenant.sessions.upcomingFor(PLS_PROGRAMME, 'mentee-01', now)
    const sessionCount = (await tenant.sessions.all(PLS_PROGRAMME)).length
    await forgetStarts()
    expect(await entries()).toEqual([])

    expect(await tenant.sessions.upcomingFor(PLS_PROGRAMME, 'mentee-01', now)).toEqual(expected)
    const written = await entries()
    expect(written.filter((e) => e.type === 'session-start')).toHaveLength(sessionCount)
    expect(written.filter((e) => e.type === 'session-starts-complete')).toHaveLength(1)
    const peerMeetings = await mentor.get(`/api/matching/orgs/${PLS}/me/peer-meetings`)
    expect(peerMeetings.body.items.map((m: { sessionId: string }) => m.sessionId)).toContain(meetingId)
  })

  it('moves a rescheduled session’s entry with it: listed once, at its new start', async () => {
    const before = await coordinator.get(`${programme}/sessions/${informationId}`)
    const moved = await coordinator.patch(`${programme}/sessions/${informationId}`, { startsAt: '2031-05-06T18:00', version: before.body.session?.version ?? before.body.version })
    expect(moved.status, JSON.stringify(moved.body)).toBe(200)
    const listed = await mentee.get(`/api/matching/orgs/${PLS}/me/sessions`)
    expect(listed.status).toBe(200)
    const theirs = listed.body.items.filter((s: { sessionId: string }) => s.sessionId === informationId)
    expect(theirs.map((s: { startsAt: string }) => s.startsAt)).toEqual(['2031-05-06T18:00'])
    const itsEntries = (await entries()).filter((e) => e.sessionId === informationId)
    expect(itsEntries.map((e) => e.startsAtUtc)).toEqual([moved.body.startsAtUtc])
  })
})
