/**
 * A mentor's part in the programme's peer meetings (issue 10; seed 004: optional but encouraged): from the portal
 * they see the upcoming ones and register or cancel; staff see on the mentor's page every peer meeting they were
 * invited to, registered for and attended. A registration is the mentor's own answer on their invitee item (a mentor
 * who was not invited — joined after the series was planned — is invited by registering, within the capacity).
 */
import { DomainError, notFound } from './errors'
import { inviteToSession, isUpcoming, type Invitable, type PeerRegistration, type Session, type SessionInvitee, type SessionKind } from './sessions'

const assertOpen = (session: Session, now: string): void => {
  // Another kind of session is not the mentor's to register for: as if it were not there.
  if (session.kind !== 'peer-meeting') throw notFound('session')
  if (session.state !== 'scheduled') throw new DomainError('wrong-state', `The peer meeting is ${session.state}`, { values: { entity: 'session', state: session.state } })
  if (!isUpcoming(session, now)) throw new DomainError('session-started', 'The peer meeting has already started', { values: { startsAt: session.startsAt } })
}

/**
 * The mentor registers for an upcoming peer meeting: their invitee item says `registered` (made first when they were
 * not invited, counted against the capacity: 409 `session-full`). Registering twice changes nothing.
 *
 * @example
 * registerForPeerMeeting(meeting, invitee, mentor, { userId, now }).invitees[0].registration // 'registered'
 */
export function registerForPeerMeeting(
  session: Session, invitee: SessionInvitee | undefined, mentor: Invitable, ctx: { userId: string; now: string },
): { session: Session; invitees: SessionInvitee[] } {
  assertOpen(session, ctx.now)
  if (invitee?.registration === 'registered') return { session, invitees: [] }
  const invited = invitee ? { session, invitee } : (() => {
    const r = inviteToSession(session, new Set(), [mentor], ctx)
    return { session: r.session, invitee: r.invitees[0]! }
  })()
  const registered: SessionInvitee = {
    ...invited.invitee, registration: 'registered', registeredAt: ctx.now, ...(invitee && { version: invitee.version + 1 }),
  }
  return { session: invited.session, invitees: [registered] }
}

/**
 * The mentor cancels their registration to an upcoming peer meeting (they stay invited, so staff still see it).
 * Cancelling what was never registered is a 409 `not-registered`; cancelling twice changes nothing.
 *
 * @example
 * cancelPeerRegistration(meeting, invitee, now).invitees[0].registration // 'cancelled'
 */
export function cancelPeerRegistration(session: Session, invitee: SessionInvitee | undefined, now: string): { session: Session; invitees: SessionInvitee[] } {
  assertOpen(session, now)
  if (invitee?.registration === 'cancelled') return { session, invitees: [] }
  if (invitee?.registration !== 'registered') throw new DomainError('not-registered', 'You are not registered for this peer meeting')
  return { session, invitees: [{ ...invitee, registration: 'cancelled', registeredAt: now, version: invitee.version + 1 }] }
}

/** One session in a person's participation: what it was, and what they did. */
export interface SessionParticipation {
  sessionId: string
  kind: SessionKind
  title: string
  startsAt: string
  startsAtUtc: string
  durationMinutes: number
  place: string | null
  videoLink: string | null
  state: Session['state']
  upcoming: boolean
  invited: boolean
  registration: PeerRegistration | null
  attendance: SessionInvitee['attendance']
}

/** The counts a mentor's page shows above the list. */
export interface ParticipationCounts {
  invited: number
  registered: number
  attended: number
}

/**
 * A person's sessions, soonest upcoming first then latest past, with counts (registered counts a current
 * registration; attended the sessions marked present).
 *
 * @example
 * participationOf(records, 'mentor-01', now) // { counts: { invited: 4, registered: 1, attended: 2 }, items: [...] }
 */
export function participationOf(
  records: readonly { session: Session; invitees: readonly SessionInvitee[] }[], personId: string, now: string,
  kind?: SessionKind,
): { counts: ParticipationCounts; items: SessionParticipation[] } {
  const items = records.flatMap(({ session: s, invitees }) => {
    const mine = invitees.find((i) => i.personId === personId)
    if (!mine || (kind && s.kind !== kind)) return []
    return [{
      sessionId: s.id, kind: s.kind, title: s.title, startsAt: s.startsAt, startsAtUtc: s.startsAtUtc, durationMinutes: s.durationMinutes,
      place: s.place, videoLink: s.videoLink, state: s.state, upcoming: isUpcoming(s, now), invited: true,
      registration: mine.registration ?? null, attendance: mine.attendance,
    }]
  })
  const upcoming = items.filter((i) => i.upcoming).sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc))
  const past = items.filter((i) => !i.upcoming).sort((a, b) => b.startsAtUtc.localeCompare(a.startsAtUtc))
  return {
    counts: {
      invited: items.length,
      registered: items.filter((i) => i.registration === 'registered').length,
      attended: items.filter((i) => i.attendance === 'present').length,
    },
    items: [...upcoming, ...past],
  }
}

/**
 * The upcoming peer meetings a mentor may register for (scheduled, not started), each with their own answer.
 *
 * @example
 * openPeerMeetings(records, 'mentor-01', now) // [{ sessionId, title, startsAt, invited: true, registration: 'registered', ... }]
 */
export function openPeerMeetings(
  records: readonly { session: Session; invitees: readonly SessionInvitee[] }[], personId: string, now: string,
): (SessionParticipation & { placesLeft: number })[] {
  return records
    .filter(({ session: s }) => s.kind === 'peer-meeting' && s.state === 'scheduled' && isUpcoming(s, now))
    .map(({ session: s, invitees }) => {
      const mine = invitees.find((i) => i.personId === personId)
      return {
        sessionId: s.id, kind: s.kind, title: s.title, startsAt: s.startsAt, startsAtUtc: s.startsAtUtc, durationMinutes: s.durationMinutes,
        place: s.place, videoLink: s.videoLink, state: s.state, upcoming: true, invited: mine !== undefined,
        registration: mine?.registration ?? null, attendance: mine?.attendance ?? null, placesLeft: Math.max(0, s.capacity - s.invitedCount),
      }
    })
    .sort((a, b) => a.startsAtUtc.localeCompare(b.startsAtUtc))
}
