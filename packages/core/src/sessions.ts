import { programmeTimeZone, wallClock } from './duo-life/dates'
import { DomainError, type FieldIssue } from './errors'
import { defineLifecycle } from './lifecycle'
import type { PersonKind } from './people'
import type { PersonStageEvent } from './pipeline'

/**
 * Collective sessions of a programme (stages 1 and 2 of the method):
 * - **information sessions** (seed 001: collective, one hour; seed 003 says what they must cover), for candidates on
 *   both sides;
 * - **mentor trainings** (seed 000: a 3-hour intercultural awareness workshop; seed 001: half a day; seed 003 lists
 *   nine topics), for mentors, before any match when the programme requires it;
 * - **peer meetings** of the mentors (seed 004: about every two months, 1h30, dates set six months ahead, optional but
 *   encouraged; seed 003: exchange workshops and continuing training), for mentors, with no step in the pipeline.
 *
 * A session holds its invitees as items of its own (one per person) in the same partition, so one query reads a
 * session with everyone invited and their attendance.
 */
export const sessionKinds = ['information', 'training', 'peer-meeting'] as const
export type SessionKind = (typeof sessionKinds)[number]

export const sessionStates = ['scheduled', 'held', 'cancelled'] as const
export type SessionState = (typeof sessionStates)[number]

/** How an invitee's attendance is recorded once the session has started. */
export const attendanceMarks = ['present', 'absent', 'excused'] as const
export type AttendanceMark = (typeof attendanceMarks)[number]

/** Seed 003, "session d'information": what it must tell candidates (mentors and mentees alike). */
export const informationTopics = ['who-can-take-part', 'role-and-expectations', 'content-benefits-challenges', 'voluntary-nature'] as const
/** Seed 003, "formation avant le début": the nine subjects a mentor training covers. */
export const trainingTopics = [
  'mentoring-definition', 'programme-objectives', 'mentee-public', 'framework-and-stages', 'relational-commitments',
  'relationship-limits', 'mentor-attitude-and-tasks', 'ethics-and-safety', 'available-tools',
] as const
/** Seeds 003 and 004, mentors' exchange workshops: what a peer meeting may work on. */
export const peerMeetingTopics = [
  'experience-sharing', 'difficult-situations', 'job-market-news', 'intercultural-communication', 'continuing-training',
] as const
export type InformationTopic = (typeof informationTopics)[number]
export type TrainingTopic = (typeof trainingTopics)[number]
export type PeerMeetingTopic = (typeof peerMeetingTopics)[number]
export type SessionTopic = InformationTopic | TrainingTopic | PeerMeetingTopic

/** The topics a session of each kind may tick. */
export const topicsByKind: Record<SessionKind, readonly SessionTopic[]> = {
  information: informationTopics, training: trainingTopics, 'peer-meeting': peerMeetingTopics,
}

/** The sessions for mentors only. */
export const mentorOnlySessionKinds: readonly SessionKind[] = ['training', 'peer-meeting']

/** Sessions take place in Belgium; the wall-clock time is what coordinators type and what invitations show. */
export const sessionTimeZone = programmeTimeZone

/** Upper bounds on a session's size and length, far above real use, so one session's items stay small. */
export const maxSessionCapacity = 500
export const maxSessionMinutes = 8 * 60

/**
 * - `invite` and `edit`: only while scheduled (a held session's list is its attendance record).
 * - `hold`: recording attendance marks a started session held; again from held, to correct a mark.
 * - `cancel`: a scheduled session only.
 */
export const sessionLifecycle = defineLifecycle({
  entity: 'session',
  states: sessionStates,
  initial: 'scheduled',
  transitions: {
    edit: { from: ['scheduled'], to: 'scheduled' },
    invite: { from: ['scheduled'], to: 'scheduled' },
    hold: { from: ['scheduled', 'held'], to: 'held' },
    cancel: { from: ['scheduled'], to: 'cancelled' },
  },
})
export type SessionEvent = keyof typeof sessionLifecycle.transitions

export interface Session {
  id: string
  orgId: string
  programmeId: string
  kind: SessionKind
  title: string
  /** Wall-clock start in {@link sessionTimeZone}, `YYYY-MM-DDTHH:mm`. */
  startsAt: string
  timeZone: typeof sessionTimeZone
  /** The same instant in UTC (ISO), derived from `startsAt`: what "upcoming" and the calendar file use. */
  startsAtUtc: string
  durationMinutes: number
  /** Where it takes place; a session has a place, a video link or both. */
  place: string | null
  videoLink: string | null
  capacity: number
  /** The topics covered, from {@link topicsByKind} for the session's kind. */
  topics: SessionTopic[]
  notes: string
  state: SessionState
  /** How many people are invited (kept with the session so capacity is checked in the same write). */
  invitedCount: number
  createdBy: string
  createdAt: string
  updatedAt: string
  version: number
}

/** One person invited to a session, with their attendance once recorded. */
export interface SessionInvitee {
  orgId: string
  programmeId: string
  sessionId: string
  personId: string
  personKind: PersonKind
  /** Copied at invitation time so the session's page and its attendance sheet need no other read. */
  firstName: string
  lastName: string
  email: string
  invitedAt: string
  invitedBy: string
  attendance: AttendanceMark | null
  markedAt: string | null
  /**
   * A mentor's own answer to a peer meeting from the portal (./peer-participation.ts): they will come, or no longer
   * will; absent while they have not answered (an invitation is not a registration).
   */
  registration?: PeerRegistration | undefined
  registeredAt?: string | undefined
  version: number
}

export const peerRegistrations = ['registered', 'cancelled'] as const
export type PeerRegistration = (typeof peerRegistrations)[number]

export interface SessionDraft {
  kind: SessionKind
  title: string
  startsAt: string
  durationMinutes: number
  place?: string | null | undefined
  videoLink?: string | null | undefined
  capacity: number
  topics: readonly SessionTopic[]
  notes?: string | undefined
}

export type SessionChanges = Partial<Omit<SessionDraft, 'kind'>>

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/** The offset of Brussels from UTC at an instant, in minutes (+60 in winter, +120 in summer). */
function offsetMinutes(utcMs: number): number {
  const c = wallClock(utcMs)
  return (Date.UTC(Number(c.year), Number(c.month) - 1, Number(c.day), Number(c.hour), Number(c.minute)) - utcMs) / 60_000
}

/**
 * The UTC instant of a Brussels wall-clock time, daylight saving included; undefined when it is not a valid one.
 *
 * @example
 * brusselsToUtc('2027-01-14T18:00') // '2027-01-14T17:00:00.000Z'
 * brusselsToUtc('2027-06-14T18:00') // '2027-06-14T16:00:00.000Z'
 */
export function brusselsToUtc(local: string): string | undefined {
  const m = localDateTime.exec(local)
  if (!m) return undefined
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(y, mo - 1, d, h, mi)
  const back = new Date(asUtc)
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return undefined
  let utc = asUtc - offsetMinutes(asUtc) * 60_000
  const second = offsetMinutes(utc)
  utc = asUtc - second * 60_000
  return new Date(utc).toISOString()
}

const invalid = (path: string, message: string, reason: FieldIssue['reason'] = 'invalid'): FieldIssue => ({ path, reason, message })

/** Checks a session's fields together; throws a 400 naming every field at fault. */
function checked(s: Session): Session {
  const issues: FieldIssue[] = []
  if (!s.title) issues.push(invalid('title', 'a session needs a title', 'required'))
  const utc = brusselsToUtc(s.startsAt)
  if (!utc) issues.push(invalid('startsAt', 'must be a date and time YYYY-MM-DDTHH:mm'))
  if (!Number.isInteger(s.durationMinutes) || s.durationMinutes < 15 || s.durationMinutes > maxSessionMinutes) {
    issues.push(invalid('durationMinutes', `must be a whole number of minutes between 15 and ${maxSessionMinutes}`))
  }
  if (!s.place && !s.videoLink) issues.push(invalid('place', 'a session needs a place or a video link', 'required'))
  if (!Number.isInteger(s.capacity) || s.capacity < 1 || s.capacity > maxSessionCapacity) {
    issues.push(invalid('capacity', `must be between 1 and ${maxSessionCapacity}`))
  } else if (s.capacity < s.invitedCount) {
    issues.push(invalid('capacity', `${s.invitedCount} people are already invited; the capacity cannot be lower`))
  }
  const allowed = topicsByKind[s.kind]
  s.topics.forEach((t, i) => {
    if (!allowed.includes(t)) issues.push(invalid(`topics[${i}]`, `${JSON.stringify(t)} is not a topic of a ${s.kind} session`))
  })
  if (issues.length) throw new DomainError('validation', 'The session is not valid', { details: issues })
  return { ...s, startsAtUtc: utc! }
}

const clean = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null)

/**
 * A new scheduled session; ids and time are handed in.
 *
 * @example
 * newSession({ kind: 'information', title: 'Séance d’information', startsAt: '2027-01-14T18:00', durationMinutes: 60,
 *   place: 'Rue Coenraets 72, Saint-Gilles', capacity: 20, topics: ['who-can-take-part'] }, { id, orgId, programmeId, userId, now })
 */
export function newSession(
  draft: SessionDraft, ctx: { id: string; orgId: string; programmeId: string; userId: string; now: string },
): Session {
  return checked({
    id: ctx.id, orgId: ctx.orgId, programmeId: ctx.programmeId, kind: draft.kind, title: draft.title.trim(),
    startsAt: draft.startsAt, timeZone: sessionTimeZone, startsAtUtc: '', durationMinutes: draft.durationMinutes,
    place: clean(draft.place), videoLink: clean(draft.videoLink), capacity: draft.capacity,
    topics: [...new Set(draft.topics)], notes: draft.notes?.trim() ?? '', state: sessionLifecycle.initial, invitedCount: 0,
    createdBy: ctx.userId, createdAt: ctx.now, updatedAt: ctx.now, version: 1,
  })
}

/** A scheduled session with changes applied (409 once held or cancelled). */
export function updateSession(current: Session, changes: SessionChanges, now: string): Session {
  const state = sessionLifecycle.next(current.state, 'edit')
  return checked({
    ...current,
    state,
    ...(changes.title !== undefined && { title: changes.title.trim() }),
    ...(changes.startsAt !== undefined && { startsAt: changes.startsAt }),
    ...(changes.durationMinutes !== undefined && { durationMinutes: changes.durationMinutes }),
    ...(changes.place !== undefined && { place: clean(changes.place) }),
    ...(changes.videoLink !== undefined && { videoLink: clean(changes.videoLink) }),
    ...(changes.capacity !== undefined && { capacity: changes.capacity }),
    ...(changes.topics !== undefined && { topics: [...new Set(changes.topics)] }),
    ...(changes.notes !== undefined && { notes: changes.notes.trim() }),
    updatedAt: now,
    version: current.version + 1,
  })
}

/** Cancels a scheduled session (409 once held or already cancelled). */
export function cancelSession(current: Session, now: string): Session {
  return { ...current, state: sessionLifecycle.next(current.state, 'cancel'), updatedAt: now, version: current.version + 1 }
}

/** Who may be invited: the person's id, kind and identity as the programme holds them. */
export interface Invitable {
  id: string
  kind: PersonKind
  firstName: string
  lastName: string
  email: string
  /** Set once the person was erased: they are never invited (mailed) again. */
  erasedAt?: string | undefined
}

/**
 * Invites people to a scheduled session: the session with its new count, and one invitee each. People already
 * invited are skipped (inviting twice is harmless); a mentor training is for mentors only (400 naming the person);
 * an erased person is never mailed again (409 `person-erased`); beyond the capacity → 409 `session-full` with the
 * capacity and the places left.
 *
 * @example
 * const { session, invitees } = inviteToSession(s, alreadyInvitedIds, [amina, karim], { userId, now })
 */
export function inviteToSession(
  current: Session, alreadyInvited: ReadonlySet<string>, people: readonly Invitable[], ctx: { userId: string; now: string },
): { session: Session; invitees: SessionInvitee[] } {
  const state = sessionLifecycle.next(current.state, 'invite')
  const issues: FieldIssue[] = []
  people.forEach((p, i) => {
    if (mentorOnlySessionKinds.includes(current.kind) && p.kind !== 'mentor') issues.push(invalid(`personIds[${i}]`, `a ${current.kind === 'training' ? 'mentor training' : 'peer meeting'} is for mentors only`))
  })
  if (issues.length) throw new DomainError('validation', 'Some people cannot be invited to this session', { details: issues })
  if (people.some((p) => p.erasedAt)) throw new DomainError('person-erased', 'An erased person is not invited')
  const fresh = [...new Map(people.filter((p) => !alreadyInvited.has(p.id)).map((p) => [p.id, p])).values()]
  const left = current.capacity - current.invitedCount
  if (fresh.length > left) {
    throw new DomainError('session-full', `The session has ${left} places left for ${fresh.length} new invitees`, {
      values: { capacity: current.capacity, left },
    })
  }
  const invitees = fresh.map((p): SessionInvitee => ({
    orgId: current.orgId, programmeId: current.programmeId, sessionId: current.id, personId: p.id, personKind: p.kind,
    firstName: p.firstName, lastName: p.lastName, email: p.email, invitedAt: ctx.now, invitedBy: ctx.userId,
    attendance: null, markedAt: null, version: 1,
  }))
  const session = fresh.length
    ? { ...current, state, invitedCount: current.invitedCount + fresh.length, updatedAt: ctx.now, version: current.version + 1 }
    : current
  return { session, invitees }
}

/**
 * Records attendance: the session becomes held (409 if cancelled), and each mark must name an invitee (400 naming
 * the mark). Refused before the session starts (409 `session-not-started`): nobody attends a future session.
 *
 * @example
 * recordAttendance(s, invitees, [{ personId: 'p1', attendance: 'present' }], now).invitees[0].attendance // 'present'
 */
export function recordAttendance(
  current: Session, invitees: readonly SessionInvitee[], marks: readonly { personId: string; attendance: AttendanceMark }[], now: string,
): { session: Session; invitees: SessionInvitee[] } {
  const state = sessionLifecycle.next(current.state, 'hold')
  if (now < current.startsAtUtc) {
    throw new DomainError('session-not-started', 'Attendance is recorded once the session has started', { values: { startsAt: current.startsAt } })
  }
  const byId = new Map(invitees.map((i) => [i.personId, i]))
  const issues: FieldIssue[] = []
  marks.forEach((m, i) => {
    if (!byId.has(m.personId)) issues.push(invalid(`marks[${i}].personId`, 'this person is not invited to the session'))
  })
  if (issues.length) throw new DomainError('validation', 'Attendance names people who are not invited', { details: issues })
  // The last mark of a person wins (a screen that sends a corrected mark twice).
  const last = new Map(marks.map((m) => [m.personId, m.attendance]))
  const changed = [...last].map(([personId, attendance]) => {
    const before = byId.get(personId)!
    return { ...before, attendance, markedAt: now, version: before.version + 1 }
  })
  const session = current.state === state ? current : { ...current, state, updatedAt: now, version: current.version + 1 }
  return { session, invitees: changed }
}

/** The pipeline steps attendance takes (`personLifecycle`'s events): it never names a stage of its own. */
export type AttendanceEvent = Extract<PersonStageEvent, 'inform' | 'train'>

/**
 * The pipeline step this attendance takes: being present at an information session informs a candidate (`inform`),
 * at a training trains a mentor (`train`); absence or an excuse takes none, and so does a peer meeting. Whether the person's stage allows the
 * step is the pipeline's to say (`personLifecycle`, `moveStage`): someone further along, or not yet accepted for a
 * training, stays where they are.
 *
 * @example
 * attendanceEvent({ kind: 'training' }, { personKind: 'mentor', attendance: 'present' }) // 'train'
 * attendanceEvent({ kind: 'information' }, { personKind: 'mentee', attendance: 'absent' }) // undefined
 */
export function attendanceEvent(
  session: Pick<Session, 'kind'>, invitee: Pick<SessionInvitee, 'personKind' | 'attendance'>,
): AttendanceEvent | undefined {
  if (invitee.attendance !== 'present') return undefined
  if (session.kind === 'information') return 'inform'
  if (session.kind === 'peer-meeting') return undefined
  return invitee.personKind === 'mentor' ? 'train' : undefined
}

/** Whether a session is still to come at `now` (its start), for the calendar's upcoming and past lists. */
export const isUpcoming = (s: Pick<Session, 'startsAtUtc'>, now: string): boolean => s.startsAtUtc >= now

/** When the session ends (UTC ISO). */
export const sessionEndUtc = (s: Pick<Session, 'startsAtUtc' | 'durationMinutes'>): string =>
  new Date(Date.parse(s.startsAtUtc) + s.durationMinutes * 60_000).toISOString()
