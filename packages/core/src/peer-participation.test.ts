import { describe, expect, it } from 'vitest'
import { cancelPeerRegistration, openPeerMeetings, participationOf, registerForPeerMeeting } from './peer-participation'
import type { Invitable, Session, SessionInvitee } from './sessions'

const meeting: Session = {
  id: 's1', orgId: 'o', programmeId: 'p', kind: 'peer-meeting', title: 'Rencontre entre mentors', startsAt: '2027-03-11T18:30',
  timeZone: 'Europe/Brussels', startsAtUtc: '2027-03-11T17:30:00.000Z', durationMinutes: 90, place: 'Rue Coenraets 72', videoLink: null,
  capacity: 2, topics: [], notes: '', state: 'scheduled', invitedCount: 1, createdBy: 'u', createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z', version: 2,
}
const invited: SessionInvitee = {
  orgId: 'o', programmeId: 'p', sessionId: 's1', personId: 'mentor-01', personKind: 'mentor', firstName: 'Sophie', lastName: 'Lambert',
  email: 's@l.be', invitedAt: '2027-01-01T00:00:00.000Z', invitedBy: 'u', attendance: null, markedAt: null, version: 1,
}
const newcomer: Invitable = { id: 'mentor-02', kind: 'mentor', firstName: 'Marc', lastName: 'Dubois', email: 'm@d.be' }
const ctx = { userId: 'user-m', now: '2027-03-01T10:00:00.000Z' }

describe("a mentor's registration to a peer meeting", () => {
  it('marks an invited mentor registered, once', () => {
    const r = registerForPeerMeeting(meeting, invited, newcomer, ctx)
    expect(r.session).toBe(meeting)
    expect(r.invitees).toEqual([{ ...invited, registration: 'registered', registeredAt: ctx.now, version: 2 }])
    expect(registerForPeerMeeting(meeting, r.invitees[0], newcomer, ctx).invitees).toEqual([])
  })

  it('invites a mentor who was not invited, within the capacity', () => {
    const r = registerForPeerMeeting(meeting, undefined, newcomer, ctx)
    expect(r.session.invitedCount).toBe(2)
    expect(r.invitees[0]).toMatchObject({ personId: 'mentor-02', registration: 'registered', version: 1 })
    expect(() => registerForPeerMeeting(r.session, undefined, { ...newcomer, id: 'mentor-03' }, ctx)).toThrow(expect.objectContaining({ reason: 'session-full' }))
  })

  it('refuses a started, cancelled or other kind of session', () => {
    expect(() => registerForPeerMeeting(meeting, invited, newcomer, { ...ctx, now: '2027-03-11T17:31:00.000Z' })).toThrow(expect.objectContaining({ reason: 'session-started' }))
    expect(() => registerForPeerMeeting({ ...meeting, state: 'cancelled' }, invited, newcomer, ctx)).toThrow(expect.objectContaining({ reason: 'wrong-state' }))
    expect(() => registerForPeerMeeting({ ...meeting, kind: 'training' }, invited, newcomer, ctx)).toThrow(expect.objectContaining({ reason: 'not-found' }))
  })

  it('cancels a registration, keeping the invitation; cancelling what was never registered is refused', () => {
    const registered = registerForPeerMeeting(meeting, invited, newcomer, ctx).invitees[0]!
    const c = cancelPeerRegistration(meeting, registered, ctx.now)
    expect(c.invitees).toEqual([{ ...registered, registration: 'cancelled', version: 3 }])
    expect(cancelPeerRegistration(meeting, c.invitees[0], ctx.now).invitees).toEqual([])
    expect(() => cancelPeerRegistration(meeting, invited, ctx.now)).toThrow(expect.objectContaining({ reason: 'not-registered' }))
    expect(() => cancelPeerRegistration(meeting, undefined, ctx.now)).toThrow(expect.objectContaining({ reason: 'not-registered' }))
  })
})

describe("a mentor's participation", () => {
  const past: Session = { ...meeting, id: 's0', startsAt: '2027-01-14T18:30', startsAtUtc: '2027-01-14T17:30:00.000Z', state: 'held' }
  const later: Session = { ...meeting, id: 's2', startsAt: '2027-05-06T18:30', startsAtUtc: '2027-05-06T16:30:00.000Z' }
  const records = [
    { session: later, invitees: [] },
    { session: meeting, invitees: [{ ...invited, registration: 'registered' as const }] },
    { session: past, invitees: [{ ...invited, sessionId: 's0', attendance: 'present' as const }] },
  ]

  it('lists the sessions they were invited to, upcoming first, with counts', () => {
    const p = participationOf(records, 'mentor-01', ctx.now)
    expect(p.counts).toEqual({ invited: 2, registered: 1, attended: 1 })
    expect(p.items.map((i) => [i.sessionId, i.upcoming, i.registration, i.attendance])).toEqual([['s1', true, 'registered', null], ['s0', false, null, 'present']])
    expect(participationOf(records, 'mentor-02', ctx.now).items).toEqual([])
  })

  it('offers the upcoming peer meetings, invited or not, soonest first', () => {
    const open = openPeerMeetings(records, 'mentor-01', ctx.now)
    expect(open.map((o) => [o.sessionId, o.invited, o.registration, o.placesLeft])).toEqual([['s1', true, 'registered', 1], ['s2', false, null, 1]])
  })
})
