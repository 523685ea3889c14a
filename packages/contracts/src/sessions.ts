import * as z from 'zod'
import {
  attendanceMarks, informationTopics, peerRegistrations, maxSeriesCount, maxSeriesHorizonMonths, maxSessionCapacity, maxSessionMinutes, personKinds, sessionKinds, sessionStates,
  peerMeetingTopics, trainingTopics, type Session as SessionEntity, type SessionInvitee as SessionInviteeEntity,
} from '@binome/core'
import { Id, IsoDateTime, Version } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/** Information sessions and mentor trainings of a programme, with their invitees and attendance. */
export const SessionKind = /* @__PURE__ */ lazySchema(() => z.enum(sessionKinds))
export const SessionState = /* @__PURE__ */ lazySchema(() => z.enum(sessionStates))
export const AttendanceMark = /* @__PURE__ */ lazySchema(() => z.enum(attendanceMarks))
export const SessionTopic = /* @__PURE__ */ lazySchema(() => z.enum([...informationTopics, ...trainingTopics, ...peerMeetingTopics]))

/** A wall-clock time in Brussels as a coordinator types it (the core checks that the day exists). */
const LocalDateTime = /* @__PURE__ */ lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time (YYYY-MM-DDTHH:mm)'))
const VideoLink = /* @__PURE__ */ lazySchema(() => z.string().trim().max(500).pipe(z.url({ protocol: /^https$/, message: 'must be an https address' })))
const Place = /* @__PURE__ */ lazySchema(() => singleLineText({ min: 1, max: 300 }))

export const Session = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  orgId: Id,
  programmeId: Id,
  kind: SessionKind,
  title: z.string(),
  startsAt: z.string(),
  timeZone: z.literal('Europe/Brussels'),
  startsAtUtc: IsoDateTime,
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  capacity: z.number().int(),
  topics: z.array(SessionTopic),
  notes: z.string(),
  state: SessionState,
  invitedCount: z.number().int().min(0),
  createdBy: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<SessionEntity>)
export type Session = z.infer<typeof Session>

export const SessionInvitee = /* @__PURE__ */ lazySchema(() => z.object({
  orgId: Id,
  programmeId: Id,
  sessionId: Id,
  personId: Id,
  personKind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  invitedAt: IsoDateTime,
  invitedBy: Id,
  attendance: AttendanceMark.nullable(),
  markedAt: IsoDateTime.nullable(),
  /** The mentor's own answer to a peer meeting from the portal; absent while they have not answered. */
  registration: z.enum(peerRegistrations).optional(),
  registeredAt: IsoDateTime.optional(),
  version: Version,
}) satisfies z.ZodType<SessionInviteeEntity>)
export type SessionInvitee = z.infer<typeof SessionInvitee>

/** A session with everyone invited (one query reads both). */
export const SessionDetail = /* @__PURE__ */ lazySchema(() => Session.extend({ invitees: z.array(SessionInvitee) }))
export type SessionDetail = z.infer<typeof SessionDetail>

export const SessionList = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(Session) }))
export type SessionList = z.infer<typeof SessionList>

/** `upcoming`: from now on, soonest first; `past`: started before now, latest first. */
export const SessionListQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
  kind: SessionKind.optional(),
}))

const fields = {
  title: /* @__PURE__ */ lazySchema(() => singleLineText({ min: 2, max: 160 })),
  startsAt: LocalDateTime,
  durationMinutes: /* @__PURE__ */ lazySchema(() => z.number().int().min(15).max(maxSessionMinutes)),
  place: /* @__PURE__ */ lazySchema(() => Place.nullable().optional()),
  videoLink: /* @__PURE__ */ lazySchema(() => VideoLink.nullable().optional()),
  capacity: /* @__PURE__ */ lazySchema(() => z.number().int().min(1).max(maxSessionCapacity)),
  topics: /* @__PURE__ */ lazySchema(() => z.array(SessionTopic).max(20)),
  notes: /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }).optional()),
}

export const CreateSession = /* @__PURE__ */ lazySchema(() => z.strictObject({ kind: SessionKind, ...fields }))
export type CreateSession = z.infer<typeof CreateSession>

export const UpdateSession = /* @__PURE__ */ lazySchema(() => z.strictObject({
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
  version: Version,
}))
export type UpdateSession = z.infer<typeof UpdateSession>

export const CancelSession = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version }))

/**
 * Mentors' peer meetings planned months ahead (seed 004): every meeting gets the same fields, from a first date every
 * N weeks (the programme's `peerMeetingEveryWeeks` when neither interval is sent) or every N months, for a count or
 * until a horizon (six months when neither is sent). The programme's active mentors are invited to each.
 */
export const PlanPeerSeries = /* @__PURE__ */ lazySchema(() => z.strictObject({
  title: fields.title,
  firstStartsAt: LocalDateTime,
  everyWeeks: z.number().int().min(1).max(52).optional(),
  everyMonths: z.number().int().min(1).max(12).optional(),
  count: z.number().int().min(1).max(maxSeriesCount).optional(),
  horizonMonths: z.number().int().min(1).max(maxSeriesHorizonMonths).optional(),
  durationMinutes: fields.durationMinutes,
  place: fields.place,
  videoLink: fields.videoLink,
  capacity: fields.capacity,
  topics: z.array(z.enum(peerMeetingTopics)).max(20),
  notes: fields.notes,
}))
export type PlanPeerSeries = z.infer<typeof PlanPeerSeries>

/** The meetings of a planned series, soonest first, each with its invitations counted. */
export const PeerSeries = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(Session), invited: z.number().int().min(0) }))
export type PeerSeries = z.infer<typeof PeerSeries>

/** At most 50 people per call: their invitations and the session's new count are written in one transaction. */
export const InviteToSession = /* @__PURE__ */ lazySchema(() => z.strictObject({ personIds: z.array(Id).min(1).max(50) }))
export type InviteToSession = z.infer<typeof InviteToSession>

export const RecordAttendance = /* @__PURE__ */ lazySchema(() => z.strictObject({
  marks: z.array(z.strictObject({ personId: Id, attendance: AttendanceMark })).min(1).max(90),
}))
export type RecordAttendance = z.infer<typeof RecordAttendance>

export const SessionParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, sessionId: Id }))

/** One session in a person's participation (issue 10: a mentor's peer meetings on their page and in the portal). */
export const SessionParticipation = /* @__PURE__ */ lazySchema(() => z.object({
  sessionId: Id,
  kind: SessionKind,
  title: z.string(),
  startsAt: z.string(),
  startsAtUtc: IsoDateTime,
  durationMinutes: z.number().int(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  state: SessionState,
  upcoming: z.boolean(),
  invited: z.boolean(),
  registration: z.enum(peerRegistrations).nullable(),
  attendance: AttendanceMark.nullable(),
}))
export type SessionParticipation = z.infer<typeof SessionParticipation>

/** A person's sessions for staff: upcoming first, then the latest past; invited, registered and attended counted. */
export const PersonSessions = /* @__PURE__ */ lazySchema(() => z.object({
  counts: z.object({ invited: z.number().int().min(0), registered: z.number().int().min(0), attended: z.number().int().min(0) }),
  items: z.array(SessionParticipation),
}))
export type PersonSessions = z.infer<typeof PersonSessions>

/** `?kind=peer-meeting` keeps one kind. */
export const PersonSessionsQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ kind: SessionKind.optional() }))

/** The upcoming peer meetings of the mentor's programme, soonest first, with their answer and the places left. */
export const MyPeerMeetings = /* @__PURE__ */ lazySchema(() => z.object({
  items: z.array(SessionParticipation.extend({ placesLeft: z.number().int().min(0) })),
}))
export type MyPeerMeetings = z.infer<typeof MyPeerMeetings>

/** The upcoming sessions I am invited to (a mentee's information session, a mentor's training or peer meeting), soonest first. */
export const MySessions = z.object({ items: z.array(SessionParticipation) })
export type MySessions = z.infer<typeof MySessions>

/** Register (true) or cancel (false); the same answer twice changes nothing. */
export const SetPeerRegistration = /* @__PURE__ */ lazySchema(() => z.strictObject({ registered: z.boolean() }))
export type SetPeerRegistration = z.infer<typeof SetPeerRegistration>

export const MyPeerMeetingParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, sessionId: Id }))

/** A session's calendar file (.ics) for the mentor or mentee invited, base64 as the API's other files. */
export const SessionCalendarFile = /* @__PURE__ */ lazySchema(() => z.object({ filename: z.string(), contentType: z.literal('text/calendar'), base64: z.string() }))
export type SessionCalendarFile = z.infer<typeof SessionCalendarFile>
