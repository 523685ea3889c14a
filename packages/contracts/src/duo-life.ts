import * as z from 'zod'
import {
  actionOwners, actionStatuses, checkInChannels, checkInMoods, checkInSides, contactChannels, logAuthors, logKinds, riskLevels,
  supportKinds, actionLifecycle, attentionColours, attentionKinds, attentionLevels,
  type ActionItem as ActionItemEntity, type CheckIn as CheckInEntity, type DuoLogEntry as DuoLogEntryEntity,
  type Intake as IntakeEntity, type JobSearchProgress as JobSearchProgressEntity,
} from '@binome/core'
import { Id, IsoDate, IsoDateTime, Locale, Version } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/** A duo's life once started (stages 4–5): in-take, action plan, meetings and contacts log, progress, check-ins. */
export const DuoLifeParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, duoId: Id }))
export const ActionParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, duoId: Id, actionId: Id }))

const Words = /* @__PURE__ */ lazySchema(() => freeText({ max: 4000 }))

export const Intake = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id, programmeId: Id, strengths: z.string(), weaknesses: z.string(), updatedAt: IsoDateTime, updatedBy: Id, version: Version,
}) satisfies z.ZodType<IntakeEntity>)
/** The in-take, or null before the duo wrote it. */
export const IntakeReply = /* @__PURE__ */ lazySchema(() => z.object({ intake: Intake.nullable() }))
/** Send the version you read, none for the first in-take. */
export const SaveIntake = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version.optional(), strengths: Words, weaknesses: Words }))

const Count = /* @__PURE__ */ lazySchema(() => z.number().int().min(0).max(10_000))
export const JobSearchProgress = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id, programmeId: Id, applications: z.number().int(), interviews: z.number().int(), offers: z.number().int(), note: z.string(),
  updatedAt: IsoDateTime, updatedBy: Id, version: Version,
}) satisfies z.ZodType<JobSearchProgressEntity>)
export const ProgressReply = /* @__PURE__ */ lazySchema(() => z.object({ progress: JobSearchProgress.nullable() }))
export const SaveProgress = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version.optional(), applications: Count, interviews: Count, offers: Count, note: freeText({ max: 2000 }).optional(),
}))

export const ActionItem = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id, duoId: Id, programmeId: Id, goal: z.string(), action: z.string(), support: z.enum(supportKinds), owner: z.enum(actionOwners),
  dueDate: IsoDate.nullable(), status: z.enum(actionStatuses),
  comments: z.array(z.object({ at: IsoDateTime, by: Id, byName: z.string(), text: z.string() })),
  createdAt: IsoDateTime, createdBy: Id, updatedAt: IsoDateTime, version: Version,
}) satisfies z.ZodType<ActionItemEntity>)
export const ActionPlan = /* @__PURE__ */ lazySchema(() => z.object({
  items: z.array(ActionItem),
  summary: z.object({
    total: z.number().int(), done: z.number().int(), open: z.number().int(), overdue: z.number().int(),
    bySupport: z.record(z.enum(supportKinds), z.number().int()),
  }),
}))
export const CreateAction = /* @__PURE__ */ lazySchema(() => z.strictObject({
  goal: singleLineText({ min: 1, max: 300 }), action: singleLineText({ min: 1, max: 500 }), support: z.enum(supportKinds),
  owner: z.enum(actionOwners), dueDate: IsoDate.nullable().optional(),
}))
export const actionEvents = Object.keys(actionLifecycle.transitions) as [keyof typeof actionLifecycle.transitions, ...(keyof typeof actionLifecycle.transitions)[]]
export const MoveAction = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, event: z.enum(actionEvents) }))
export const CommentAction = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version, text: freeText({ max: 2000 }).pipe(z.string().min(1, 'is required')) }))

export const DuoLogEntry = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id, duoId: Id, programmeId: Id, kind: z.enum(logKinds), date: IsoDate, minutes: z.number().int().nullable(),
  channel: z.enum(contactChannels), place: z.string().nullable(), workedOn: z.string(), nextSteps: z.string(), actionIds: z.array(Id),
  loggedBy: z.object({ side: z.enum(logAuthors), userId: Id, name: z.string() }), createdAt: IsoDateTime, version: Version,
}) satisfies z.ZodType<DuoLogEntryEntity>)
export const MonthCadence = /* @__PURE__ */ lazySchema(() => z.object({
  month: z.string(), meetings: z.number().int(), minutes: z.number().int(), contacts: z.number().int(), expected: z.number().int(),
  closed: z.boolean(), met: z.boolean(),
}))
/** One month of the log, with the running count of every month since the start against the programme's cadence. */
export const DuoLogMonth = /* @__PURE__ */ lazySchema(() => z.object({
  month: z.string(), items: z.array(DuoLogEntry), cadence: z.array(MonthCadence), meetingsPerMonth: z.number().int(),
  /** The programme's meeting length, which a meeting logged without one takes (the log form starts from it). */
  meetingMinutes: z.number().int(),
}))
export const DuoLogQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month (YYYY-MM)').optional() }))
/** A meeting or a contact, logged from a phone in one call: the day, how, and a few words. */
export const CreateLogEntry = /* @__PURE__ */ lazySchema(() => z.strictObject({
  kind: z.enum(logKinds), date: IsoDate, minutes: z.number().int().min(5).max(600).optional(), channel: z.enum(contactChannels),
  place: singleLineText({ min: 1, max: 300 }).optional(), workedOn: freeText({ max: 4000 }).optional(), nextSteps: freeText({ max: 4000 }).optional(),
  actionIds: z.array(Id).max(20).optional(),
}))

export const CheckIn = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id, duoId: Id, programmeId: Id, side: z.enum(checkInSides), date: IsoDate, channel: z.enum(checkInChannels), notes: z.string(),
  mood: z.enum(checkInMoods), risk: z.enum(riskLevels), followUps: z.array(z.string()), by: Id, byName: z.string(), createdAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<CheckInEntity>)
/** A duo's check-ins, oldest first, with when each side's next one is due and the risk still open. */
export const CheckInList = /* @__PURE__ */ lazySchema(() => z.object({
  items: z.array(CheckIn), due: z.object({ mentor: IsoDate, mentee: IsoDate }), risk: z.enum(riskLevels), everyWeeks: z.number().int(),
}))
export const CreateCheckIn = /* @__PURE__ */ lazySchema(() => z.strictObject({
  side: z.enum(checkInSides), date: IsoDate, channel: z.enum(checkInChannels), notes: freeText({ max: 4000 }).optional(),
  mood: z.enum(checkInMoods), risk: z.enum(riskLevels), followUps: z.array(singleLineText({ min: 1, max: 300 })).max(10).optional(),
}))

/** One line of a programme's tracking table, as computed for today. */
export const TrackingRowView = /* @__PURE__ */ lazySchema(() => z.object({
  duoId: Id, state: z.string(), menteeId: Id, menteeName: z.string(), mentorId: Id, mentorName: z.string(), coordinatorId: Id,
  startDate: IsoDate.nullable(), plannedEndDate: IsoDate.nullable(),
  /** This month's meetings against the cadence so far, and last month's (closed) count: null before the start. */
  thisMonth: MonthCadence.nullable(), lastMonth: MonthCadence.nullable(),
  lastActivity: IsoDate.nullable(), nextCheckIn: IsoDate.nullable(), risk: z.enum(riskLevels),
  attention: z.array(z.object({ kind: z.enum(attentionKinds), level: z.enum(attentionLevels), values: z.record(z.string(), z.union([z.string(), z.number()])) })),
  colour: z.enum(attentionColours),
}))
export const TrackingPage = /* @__PURE__ */ lazySchema(() => z.object({ items: z.array(TrackingRowView), nextCursor: z.string().nullable() }))
export const trackingSorts = ['mentee', 'start', 'end', 'attention', 'last-activity', 'next-check-in'] as const
export const TrackingQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  cursor: z.string().min(1).max(2000).optional(),
  coordinator: Id.optional(),
  state: z.string().regex(/^[a-z-]{1,30}$/, 'must be a duo state').optional(),
  attention: z.union([z.enum(attentionColours), z.enum(attentionKinds)]).optional(),
  sort: z.enum(trackingSorts).default('attention'),
}))

/** The tracking table as a spreadsheet: every line of the programme, with the same filters and sort as the screen. */
export const TrackingExportQuery = /* @__PURE__ */ lazySchema(() => TrackingQuery.omit({ limit: true, cursor: true }).extend({
  /** The language of the column headers and words (the organisation's by default). */
  locale: Locale.optional(),
}))
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' as const
/** The XLSX file (base64, as the other files the API hands out) and how many duos it lists. */
export const TrackingExport = /* @__PURE__ */ lazySchema(() => z.object({
  filename: z.string(), contentType: z.literal(xlsxContentType), base64: z.string(), rows: z.number().int().min(0),
}))
