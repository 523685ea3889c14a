import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import {
  attendanceEvent, brusselsToUtc, cancelSession, inviteToSession, isUpcoming, newSession, recordAttendance, sessionEndUtc,
  sessionLifecycle, trainingTopics, updateSession, type Invitable, type Session,
} from './sessions'
import { personLifecycle } from './pipeline'

const now = '2027-01-05T10:00:00.000Z'
const ctx = { id: 's1', orgId: 'o1', programmeId: 'p1', userId: 'u1', now }
const info = newSession({
  kind: 'information', title: ' Séance d’information ', startsAt: '2027-01-14T18:00', durationMinutes: 60,
  place: 'Rue Coenraets 72, 1060 Saint-Gilles', capacity: 2, topics: ['who-can-take-part', 'voluntary-nature'],
}, ctx)
const training = newSession({
  kind: 'training', title: 'Atelier interculturel', startsAt: '2027-07-03T09:00', durationMinutes: 180,
  videoLink: 'https://meet.example/atelier', capacity: 12, topics: [...trainingTopics],
}, { ...ctx, id: 's2' })
const peer = newSession({
  kind: 'peer-meeting', title: 'Rencontre entre mentors', startsAt: '2027-03-11T18:30', durationMinutes: 90,
  place: 'Rue Coenraets 72, 1060 Saint-Gilles', capacity: 30, topics: ['experience-sharing', 'difficult-situations'],
}, { ...ctx, id: 's3' })
const person = (id: string, kind: Invitable['kind'] = 'mentee'): Invitable => ({ id, kind, firstName: 'Amina', lastName: 'Diallo', email: `${id}@exemple.be` })
const reasonOf = (f: () => unknown) => {
  try { f() } catch (e) { return e instanceof DomainError ? { reason: e.reason, values: e.values, details: e.details } : e }
  return undefined
}

describe('Brussels time', () => {
  it('converts winter and summer wall-clock times to UTC and refuses impossible ones', () => {
    expect(brusselsToUtc('2027-01-14T18:00')).toBe('2027-01-14T17:00:00.000Z')
    expect(brusselsToUtc('2027-07-03T09:00')).toBe('2027-07-03T07:00:00.000Z')
    expect(brusselsToUtc('2027-02-30T09:00')).toBeUndefined()
    expect(brusselsToUtc('2027-01-14 18:00')).toBeUndefined()
  })
})

describe('a new session', () => {
  it('is scheduled, trimmed, in Brussels time, with nobody invited', () => {
    expect(info).toMatchObject({ state: 'scheduled', title: 'Séance d’information', timeZone: 'Europe/Brussels', startsAtUtc: '2027-01-14T17:00:00.000Z', invitedCount: 0, videoLink: null, version: 1 })
    expect(sessionEndUtc(training)).toBe('2027-07-03T10:00:00.000Z')
    expect(isUpcoming(info, now)).toBe(true)
    expect(isUpcoming(info, '2027-02-01T00:00:00.000Z')).toBe(false)
  })

  it('names every field at fault: no place nor link, a training topic on an information session, a bad date', () => {
    const error = reasonOf(() => newSession({
      kind: 'information', title: 'x', startsAt: '2027-13-01T10:00', durationMinutes: 5, capacity: 0, topics: ['ethics-and-safety'],
    }, ctx)) as { reason: string; details: { path: string }[] }
    expect(error.reason).toBe('validation')
    expect(error.details.map((d) => d.path)).toEqual(['startsAt', 'durationMinutes', 'place', 'capacity', 'topics[0]'])
  })
})

describe('the lifecycle', () => {
  it('edits and invites only while scheduled; cancels only a scheduled session', () => {
    expect(sessionLifecycle.eventsFrom('scheduled')).toEqual(['edit', 'invite', 'hold', 'cancel'])
    expect(sessionLifecycle.eventsFrom('held')).toEqual(['hold'])
    expect(sessionLifecycle.eventsFrom('cancelled')).toEqual([])
    const cancelled = cancelSession(info, now)
    expect(cancelled).toMatchObject({ state: 'cancelled', version: 2 })
    expect(reasonOf(() => cancelSession(cancelled, now))).toMatchObject({ reason: 'wrong-state', values: { entity: 'session', state: 'cancelled' } })
    expect(reasonOf(() => updateSession(cancelled, { title: 'y' }, now))).toMatchObject({ reason: 'wrong-state' })
    expect(reasonOf(() => inviteToSession(cancelled, new Set(), [person('a')], { userId: 'u1', now }))).toMatchObject({ reason: 'wrong-state' })
  })

  it('an update keeps the capacity above the people invited', () => {
    const { session } = inviteToSession(info, new Set(), [person('a'), person('b')], { userId: 'u1', now })
    expect(updateSession(session, { startsAt: '2027-06-14T18:00' }, now).startsAtUtc).toBe('2027-06-14T16:00:00.000Z')
    expect(reasonOf(() => updateSession(session, { capacity: 1 }, now))).toMatchObject({ reason: 'validation', details: [{ path: 'capacity' }] })
  })
})

describe('invitations', () => {
  it('counts new invitees, skips those already invited, and refuses beyond the capacity with the places left', () => {
    const first = inviteToSession(info, new Set(), [person('a'), person('a')], { userId: 'u1', now })
    expect(first.invitees.map((i) => i.personId)).toEqual(['a'])
    expect(first.session).toMatchObject({ invitedCount: 1, version: 2 })
    const again = inviteToSession(first.session, new Set(['a']), [person('a')], { userId: 'u1', now })
    expect(again.invitees).toEqual([])
    expect(again.session).toBe(first.session)
    expect(reasonOf(() => inviteToSession(first.session, new Set(['a']), [person('b'), person('c')], { userId: 'u1', now })))
      .toMatchObject({ reason: 'session-full', values: { capacity: 2, left: 1 } })
  })

  it('a mentor training is for mentors only', () => {
    expect(reasonOf(() => inviteToSession(training, new Set(), [person('m', 'mentor'), person('e', 'mentee')], { userId: 'u1', now })))
      .toMatchObject({ reason: 'validation', details: [{ path: 'personIds[1]' }] })
  })

  it('a peer meeting is for mentors only, and takes its own topics', () => {
    expect(reasonOf(() => inviteToSession(peer, new Set(), [person('e', 'mentee'), person('m', 'mentor')], { userId: 'u1', now })))
      .toMatchObject({ reason: 'validation', details: [{ path: 'personIds[0]', message: 'a peer meeting is for mentors only' }] })
    expect(inviteToSession(peer, new Set(), [person('m', 'mentor')], { userId: 'u1', now }).invitees).toHaveLength(1)
    expect(reasonOf(() => newSession({ kind: 'peer-meeting', title: 'x', startsAt: '2027-03-11T18:30', durationMinutes: 90, place: 'Ici', capacity: 5, topics: ['mentoring-definition'] }, ctx)))
      .toMatchObject({ reason: 'validation', details: [{ path: 'topics[0]' }] })
  })
})

describe('attendance', () => {
  const { session, invitees } = inviteToSession(training, new Set(), [person('m1', 'mentor'), person('m2', 'mentor')], { userId: 'u1', now })
  const after = '2027-07-03T12:00:00.000Z'

  it('is refused before the session starts', () => {
    expect(reasonOf(() => recordAttendance(session, invitees, [{ personId: 'm1', attendance: 'present' }], now)))
      .toMatchObject({ reason: 'session-not-started', values: { startsAt: '2027-07-03T09:00' } })
  })

  it('marks the session held, records each mark, and names a mark for someone not invited', () => {
    const held = recordAttendance(session, invitees, [{ personId: 'm1', attendance: 'present' }, { personId: 'm2', attendance: 'excused' }], after)
    expect(held.session).toMatchObject({ state: 'held', version: session.version + 1 })
    expect(held.invitees.map((i) => [i.personId, i.attendance, i.version])).toEqual([['m1', 'present', 2], ['m2', 'excused', 2]])
    // A correction on a held session keeps it held, at the same version.
    expect(recordAttendance(held.session, held.invitees, [{ personId: 'm2', attendance: 'present' }], after).session).toBe(held.session)
    expect(reasonOf(() => recordAttendance(session, invitees, [{ personId: 'x', attendance: 'present' }], after)))
      .toMatchObject({ reason: 'validation', details: [{ path: 'marks[0].personId' }] })
    expect(reasonOf(() => recordAttendance(cancelSession(session, now), invitees, [], after))).toMatchObject({ reason: 'wrong-state' })
  })

  it('takes the pipeline step of the attendance: information → inform, training → train for mentors, absence none', () => {
    expect(attendanceEvent(info, { personKind: 'mentee', attendance: 'present' })).toBe('inform')
    expect(attendanceEvent(info, { personKind: 'mentor', attendance: 'present' })).toBe('inform')
    expect(attendanceEvent(training, { personKind: 'mentor', attendance: 'present' })).toBe('train')
    expect(attendanceEvent(training, { personKind: 'mentee', attendance: 'present' })).toBeUndefined()
    expect(attendanceEvent(training, { personKind: 'mentor', attendance: 'excused' })).toBeUndefined()
    expect(attendanceEvent(info, { personKind: 'mentee', attendance: null })).toBeUndefined()
    // A peer meeting is no step of the pipeline: it is recorded as attended, nothing more.
    expect(attendanceEvent(peer, { personKind: 'mentor', attendance: 'present' })).toBeUndefined()
    // The steps are the pipeline's own events.
    expect(personLifecycle.next('applied', attendanceEvent(info, { personKind: 'mentee', attendance: 'present' })!)).toBe('informed')
    expect(personLifecycle.next('accepted', attendanceEvent(training, { personKind: 'mentor', attendance: 'present' })!)).toBe('trained')
  })
})
