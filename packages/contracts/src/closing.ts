import * as z from 'zod'
import {
  closingInterviewModes, closingInterviewStates, followUpMonths, followUpSituations,
  type ClosingInterview as ClosingInterviewEntity, type FollowUp as FollowUpEntity,
} from '@binome/core'
import { Id, IsoDate, IsoDateTime, Version } from './common'
import { freeText, singleLineText } from './text'
import { LocalizedText } from './rules'
import { lazySchema } from './lazy-schema'

/**
 * The end of a duo after its closure (issue 11): the closing interview (scheduled, then held with its notes on the
 * programme's canvas) and the follow-ups of the mentee's situation 3 and 6 months after the end.
 */

export { closingInterviewModes, closingInterviewStates, followUpMonths, followUpSituations }

const LocalDateTime = /* @__PURE__ */ lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time (YYYY-MM-DDTHH:mm)'))

export const ClosingInterview = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id, programmeId: Id, state: z.enum(closingInterviewStates), startsAt: z.string(), minutes: z.number().int(),
  mode: z.enum(closingInterviewModes), place: z.string().nullable(), heldOn: IsoDate.nullable(), notes: z.string(),
  updatedAt: IsoDateTime, updatedBy: Id, version: Version,
}) satisfies z.ZodType<ClosingInterviewEntity>)

/**
 * The duo's closing interview (null before it is scheduled). Staff also get the programme's canvas rendered for the
 * duo (null when the programme has none); the duo's own mentor and mentee see the day, time and place only.
 */
export const ClosingInterviewReply = /* @__PURE__ */ lazySchema(() => z.object({
  interview: ClosingInterview.nullable(),
  canvas: z.string().nullable(),
  next: z.array(z.enum(['reschedule', 'hold'])),
}))

export const ScheduleClosingInterview = /* @__PURE__ */ lazySchema(() => z.strictObject({
  /** The version read; none the first time. */
  version: Version.optional(),
  startsAt: LocalDateTime,
  minutes: z.number().int().min(15).max(480).default(60),
  mode: z.enum(closingInterviewModes),
  place: singleLineText({ min: 1, max: 300 }).optional(),
}))

export const HoldClosingInterview = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  heldOn: IsoDate,
  notes: freeText({ max: 8000 }).optional(),
}))

export const FollowUp = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id, programmeId: Id, months: z.union([z.literal(3), z.literal(6)]), date: IsoDate, situation: z.enum(followUpSituations),
  note: z.string(), by: Id, byName: z.string(), createdAt: IsoDateTime, version: Version,
}) satisfies z.ZodType<FollowUpEntity>)

/** Each follow-up with its due date and where it stands today; no follow-ups before the duo has ended. */
export const FollowUpList = /* @__PURE__ */ lazySchema(() => z.object({
  endDate: IsoDate.nullable(),
  items: z.array(z.object({
    months: z.union([z.literal(3), z.literal(6)]), dueDate: IsoDate, status: z.enum(['upcoming', 'due', 'recorded']), recorded: FollowUp.nullable(),
  })),
}))

export const RecordFollowUp = /* @__PURE__ */ lazySchema(() => z.strictObject({
  months: z.union([z.literal(followUpMonths[0]), z.literal(followUpMonths[1])]),
  date: IsoDate,
  situation: z.enum(followUpSituations),
  note: freeText({ max: 4000 }).optional(),
}))

/** The year of the profile analysis (the duos that lived in it). */
export const ProfileAnalysisQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
}))
const ShownCount = /* @__PURE__ */ lazySchema(() => z.union([z.number().int().min(0), z.literal('< 5'), z.literal('hidden')]))
const DistributionRows = /* @__PURE__ */ lazySchema(() => z.array(z.object({ value: z.string(), count: ShownCount })))
const OutcomeRows = /* @__PURE__ */ lazySchema(() => z.array(z.object({
  value: z.string(), closed: ShownCount, positivePercent: z.number().int().nullable(), employmentPercent: z.number().int().nullable(),
})))
const Dimensions = <T extends z.ZodType>(rows: T) => z.object({ ageBand: rows, sector: rows, language: rows, locality: rows, referredBy: rows })
/**
 * The analysis: people counted, each dimension's distribution per side, the mentees' outcomes (duos closed in the year)
 * by group. Values are codes (sector, language, locality as answered; a referring partner's id) with their labels.
 */
export const ProfileAnalysisReply = /* @__PURE__ */ lazySchema(() => z.object({
  year: z.number().int(),
  people: z.object({ mentor: ShownCount, mentee: ShownCount }),
  distributions: z.object({ mentor: Dimensions(DistributionRows), mentee: Dimensions(DistributionRows) }),
  outcomes: Dimensions(OutcomeRows),
  /** Names of the referring partners by id (the rows hold ids). */
  partners: z.record(z.string(), z.string()),
  /** Labels of the sectors by value, from the programme's forms (the rows hold values; languages are codes, named by the reader's browser). */
  sectors: z.record(z.string(), LocalizedText),
}))
