import * as z from 'zod'
import {
  closureDeciders, contractParties, duoEventTypes, duoSides, duoStates, endedDuoStates, firstMeetingPlaces, outcomeClasses, signatoryParties,
  type Duo as DuoEntity, type DuoTimelineEntry as DuoTimelineEntryEntity,
} from '@binome/core'
import { Id, IsoDate, IsoDateTime, PageQuery, Version, page } from './common'
import { MatchingAlternative } from './matching'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

export { duoStates, endedDuoStates, duoSides, duoEventTypes, signatoryParties, contractParties, closureDeciders }

/** A duo from the proposal to its start (stage 3): its state, the mentor's answer, the first meeting, the contract. */
export const DuoState = /* @__PURE__ */ lazySchema(() => z.enum(duoStates))
export const DuoSide = /* @__PURE__ */ lazySchema(() => z.enum(duoSides))
const Sha256 = /* @__PURE__ */ lazySchema(() => z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lowercase hexadecimal'))

const Verdict = /* @__PURE__ */ lazySchema(() => z.object({ outcome: z.enum(['validated', 'declined']), reason: z.string().optional(), at: IsoDateTime, by: Id }))

export const Duo = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  menteeId: Id,
  mentorId: Id,
  state: DuoState,
  runId: Id.nullable(),
  score: z.number().nullable(),
  proposedAt: IsoDateTime,
  proposedBy: Id,
  answerDeadline: IsoDateTime,
  answer: z.object({ outcome: z.enum(['accepted', 'refused']), reason: z.string().optional(), at: IsoDateTime, by: Id }).nullable(),
  meeting: z.object({
    startsAt: IsoDateTime,
    durationMinutes: z.number().int(),
    place: z.string(),
    placeKind: z.enum(firstMeetingPlaces),
    staffMemberId: Id.optional(),
    scheduledAt: IsoDateTime,
    scheduledBy: Id,
  }).nullable(),
  verdicts: z.object({ mentor: Verdict.nullable(), mentee: Verdict.nullable() }),
  contract: z.object({
    documentId: Id, sha256: Sha256, parties: z.enum(contractParties), revision: z.number().int().min(1), generatedAt: IsoDateTime, generatedBy: Id,
  }).nullable(),
  signatures: z.array(z.object({ party: z.enum(signatoryParties), by: Id, at: IsoDateTime, clientAddress: z.string(), sha256: Sha256 })),
  startDate: IsoDate.nullable(),
  plannedEndDate: IsoDate.nullable(),
  endedAt: IsoDateTime.nullable(),
  endReason: z.string().nullable(),
  closure: z.object({
    outcomeId: Id, outcomeClass: z.enum(outcomeClasses), countsAsEmployment: z.boolean(), endDate: IsoDate, early: z.boolean(),
    decidedBy: z.enum(closureDeciders), reason: z.string().optional(), recordedAt: IsoDateTime, recordedBy: Id,
  }).nullable(),
  pauses: z.array(z.object({
    from: IsoDate, reason: z.string(), expectedResumeDate: IsoDate, resumedOn: IsoDate.nullable(), days: z.number().int().min(0).nullable(),
    at: IsoDateTime, by: Id,
  })).optional(),
  version: Version,
}) satisfies z.ZodType<DuoEntity>)
export type Duo = z.infer<typeof Duo>

/** A person of a duo as staff screens name them. */
const DuoPerson = /* @__PURE__ */ lazySchema(() => z.object({ id: Id, firstName: z.string(), lastName: z.string() }))

/** A duo as the staff routes show it: with its people's names and the steps it may take now. */
export const DuoView = /* @__PURE__ */ lazySchema(() => Duo.extend({
  mentee: DuoPerson,
  mentor: DuoPerson,
  /** The events the duo's state offers now (`accept`, `schedule-meeting`...), for the screen's buttons. */
  next: z.array(z.enum(duoEventTypes)),
}))
export type DuoView = z.infer<typeof DuoView>
export const DuoPage = /* @__PURE__ */ lazySchema(() => page(DuoView))

export const DuoTimelineEntry = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  duoId: Id,
  programmeId: Id,
  at: IsoDateTime,
  by: Id.optional(),
  event: z.enum(duoEventTypes),
  from: DuoState.nullable(),
  to: DuoState,
  reason: z.string().optional(),
  side: DuoSide.optional(),
  party: z.enum(signatoryParties).optional(),
  meeting: z.object({ startsAt: IsoDateTime, durationMinutes: z.number().int(), place: z.string(), placeKind: z.enum(firstMeetingPlaces) }).optional(),
  sha256: Sha256.optional(),
  expectedResumeDate: IsoDate.optional(),
  pausedDays: z.number().int().min(0).optional(),
}) satisfies z.ZodType<DuoTimelineEntryEntity>)
export type DuoTimelineEntry = z.infer<typeof DuoTimelineEntry>
export const DuoTimelinePage = /* @__PURE__ */ lazySchema(() => page(DuoTimelineEntry))

/** The pairs a coordinator selected (from a run, usually): 1 to 10, proposed all together or not at all. */
export const ProposeDuos = /* @__PURE__ */ lazySchema(() => z.strictObject({
  runId: Id.optional(),
  pairs: z.array(z.strictObject({ menteeId: Id, mentorId: Id, score: z.number().min(0).max(100).optional() })).min(1).max(10),
}))
export type ProposeDuos = z.infer<typeof ProposeDuos>
export const ProposedDuos = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(DuoView) }))

export const DuoListQuery = /* @__PURE__ */ lazySchema(() => PageQuery.extend({ state: DuoState.optional() }).strict())

/** A reason a person gives (a refusal, a decline, a cancellation). */
const Reason = /* @__PURE__ */ lazySchema(() => freeText({ max: 2000 }))

/** The mentor's answer, recorded by staff on their behalf (send the version you read); a refusal states its reason. */
export const RecordDuoAnswer = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  answer: z.enum(['accept', 'refuse']),
  reason: Reason.optional(),
}))
export type RecordDuoAnswer = z.infer<typeof RecordDuoAnswer>

/** A wall-clock time in Brussels as a coordinator types it, as for sessions. */
const LocalDateTime = /* @__PURE__ */ lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time (YYYY-MM-DDTHH:mm)'))

/** The first meeting, scheduled or moved (send the version you read): where the programme's rule says, 1h30 by default. */
export const ScheduleFirstMeeting = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  startsAt: LocalDateTime,
  durationMinutes: z.number().int().min(15).max(480).optional(),
  place: singleLineText({ min: 1, max: 300 }),
  placeKind: z.enum(firstMeetingPlaces),
  /** The staff member present, required on neutral ground (`neutral-with-staff`). */
  staffMemberId: Id.optional(),
}))
export type ScheduleFirstMeeting = z.infer<typeof ScheduleFirstMeeting>

/** One side's verdict on the first meeting ("feeling ok / pas ok"), recorded by staff; a decline states its reason. */
export const RecordMeetingVerdict = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  side: DuoSide,
  verdict: z.enum(['validate', 'decline']),
  reason: Reason.optional(),
}))
export type RecordMeetingVerdict = z.infer<typeof RecordMeetingVerdict>

export const CancelDuo = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, reason: Reason }))
export type CancelDuo = z.infer<typeof CancelDuo>

/**
 * Closing an active duo: the outcome (an id of the programme's outcomes), its last day (not after today, not before
 * it started), who decided, and the reason — required when it ends before its planned end.
 */
export const CloseDuo = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  outcomeId: Id,
  endDate: IsoDate,
  decidedBy: z.enum(closureDeciders),
  reason: Reason.optional(),
}))
export type CloseDuo = z.infer<typeof CloseDuo>

/** Pausing an active duo (illness, a training, holidays): why, and the day it expects to resume (after today). */
export const PauseDuo = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, reason: Reason, expectedResumeDate: IsoDate }))
export type PauseDuo = z.infer<typeof PauseDuo>

/** Resuming a paused duo (send the version you read): its planned end moves by the days it was paused. */
export const ResumeDuo = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version }))
export type ResumeDuo = z.infer<typeof ResumeDuo>

export const DuoParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, duoId: Id }))

/**
 * The mentors a coordinator can propose next to the mentee of a duo that ended before it started (refused, expired,
 * declined, cancelled), from the run the duo was proposed from, best first. `status` says why there are none: the
 * duo came from no run, the mentee is already in another open duo, is no longer in the pool, or no alternative is left.
 */
export const NextAlternatives = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id,
  menteeId: Id,
  runId: Id.nullable(),
  status: z.enum(['suggested', 'no-run', 'mentee-in-open-duo', 'mentee-not-ready', 'none-left']),
  alternatives: z.array(MatchingAlternative.extend({ placesLeft: z.number().int().min(1) })),
}))
export type NextAlternatives = z.infer<typeof NextAlternatives>
