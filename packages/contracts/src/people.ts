import * as z from 'zod'
import {
  languageLevels, personKinds, personSources, personStageEvents, personStages, timelineKinds,
  type Person as PersonEntity, type TimelineEntry as TimelineEntryEntity,
} from '@binome/core'
import { Email, Id, IsoDate, IsoDateTime, Name, Version, page } from './common'
import { ApplicationRecord } from './consent'
import { SentMail } from './mail-log'
import { PersonDuoRecord } from './person-duos'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

/** One answer as stored: its shape depends on the field's kind in the programme's form (see ./answers). */
export const StoredAnswer = /* @__PURE__ */ lazySchema(() => z.union([
  z.string(), z.number(), z.boolean(), z.array(z.string()),
  z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
]))

const StageDates = /* @__PURE__ */ lazySchema(() => z.partialRecord(z.enum(personStages), IsoDateTime))

export const EligibilityCheck = /* @__PURE__ */ lazySchema(() => z.object({
  itemId: z.string().max(64),
  met: z.boolean(),
  evidence: freeText({ max: 2000 }).optional(),
}))

/** The individual interview as recorded (seed 003: commitment to duration and frequency, realistic expectations). */
export const Interview = /* @__PURE__ */ lazySchema(() => z.object({
  heldOn: IsoDate,
  interviewer: z.string(),
  durationMinutes: z.number().int().min(5).max(480),
  commitsToDuration: z.boolean(),
  commitsToFrequency: z.boolean(),
  expectations: z.string(),
  notes: z.string(),
  checks: z.array(EligibilityCheck).max(50),
}))

export const Decision = /* @__PURE__ */ lazySchema(() => z.object({
  outcome: z.enum(['accepted', 'refused']),
  reason: z.string().optional(),
  referredTo: z.string().optional(),
  at: IsoDateTime,
  by: z.string(),
}))

const Facets = /* @__PURE__ */ lazySchema(() => z.object({ locality: z.string().optional(), sector: z.string().optional(), languages: z.array(z.string()).optional() }))

export const Person = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().optional(),
  /** Empty once the person is erased, as are the names and the e-mail. */
  birthDate: z.union([IsoDate, z.literal('')]),
  answers: z.record(z.string(), StoredAnswer),
  rulesVersion: z.number().int().min(1),
  capacity: z.number().int().optional(),
  referredBy: z.string().optional(),
  stage: z.enum(personStages),
  stageDates: StageDates,
  interview: Interview.optional(),
  decision: Decision.optional(),
  facets: Facets,
  erasedAt: IsoDateTime.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<Omit<PersonEntity, 'orgId'>>)
export type Person = z.infer<typeof Person>

/** A person's line in the lists and on the board (no answers). */
export const PersonSummary = /* @__PURE__ */ lazySchema(() => Person.pick({
  id: true, programmeId: true, kind: true, firstName: true, lastName: true, email: true, stage: true, stageDates: true,
  referredBy: true, facets: true, updatedAt: true,
}))
export type PersonSummary = z.infer<typeof PersonSummary>
export const PersonSummaryPage = /* @__PURE__ */ lazySchema(() => page(PersonSummary))

/** The people list: by name, filtered by side, stage, search words (name, e-mail) and facets, served by indexes. */
export const PeopleQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  kind: z.enum(personKinds).optional(),
  stage: z.enum(personStages).optional(),
  q: singleLineText({ min: 1, max: 100 }).optional(),
  locality: singleLineText({ min: 1, max: 120 }).optional(),
  sector: z.string().max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be a choice value').optional(),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code').optional(),
  referredBy: Id.optional(),
}))
export type PeopleQuery = z.infer<typeof PeopleQuery>

/** The board's column heads: how many people at each stage (with the same filters as the list, stage aside). */
export const StageCounts = /* @__PURE__ */ lazySchema(() => z.object({ counts: z.record(z.enum(personStages), z.number().int()) }))
export const StageCountsQuery = /* @__PURE__ */ lazySchema(() => PeopleQuery.omit({ cursor: true, limit: true, stage: true }))

export const FieldChange = /* @__PURE__ */ lazySchema(() => z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown().optional() }))
export const TimelineEntry = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  personId: Id,
  at: IsoDateTime,
  by: z.string().optional(),
  kind: z.enum(timelineKinds),
  source: z.enum(personSources).optional(),
  changes: z.array(FieldChange).optional(),
  stage: z.object({ from: z.enum(personStages), to: z.enum(personStages), event: z.enum(personStageEvents) }).optional(),
  decision: Decision.optional(),
  note: z.string().optional(),
}) satisfies z.ZodType<Omit<TimelineEntryEntity, 'orgId'>>)
export type TimelineEntry = z.infer<typeof TimelineEntry>
export const TimelinePage = /* @__PURE__ */ lazySchema(() => page(TimelineEntry))

/** A step along the pipeline (send the version you read). A refusal states its reason; a refused mentee may be referred on. */
export const MoveStage = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  event: z.enum(personStageEvents).exclude(['match', 'unmatch']),
  reason: freeText({ max: 2000 }).pipe(z.string().min(1, 'is required')).optional(),
  referredTo: Id.optional(),
}))
export type MoveStage = z.infer<typeof MoveStage>

/** The individual interview as entered; with `advance`, the person also moves to `interviewed`. */
export const RecordInterview = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  heldOn: IsoDate,
  durationMinutes: z.number().int().min(5).max(480).default(60),
  commitsToDuration: z.boolean(),
  commitsToFrequency: z.boolean(),
  expectations: freeText({ max: 4000 }).default(''),
  notes: freeText({ max: 8000 }).default(''),
  checks: z.array(z.strictObject({
    itemId: z.string().max(64),
    met: z.boolean(),
    evidence: freeText({ max: 2000 }).optional(),
  })).max(50),
}))
export type RecordInterview = z.infer<typeof RecordInterview>

/** A note on a person's timeline. */
export const AddNote = /* @__PURE__ */ lazySchema(() => z.strictObject({ note: freeText({ max: 4000 }).pipe(z.string().min(1, 'is required')) }))

/** A phone number as typed; an empty one means none. */
export const PhoneNumber = /* @__PURE__ */ lazySchema(() => z.union([z.literal(''), z.string().trim().max(32).regex(/^\+?[0-9 ().\/-]{6,}$/, 'must be a phone number')]))

/**
 * The answers as sent: an object of answers by field id. Their shapes are checked against the programme's current
 * form for the person's kind (`answersSchema`), a 422 `invalid-answers` naming each wrong `answers.<fieldId>`.
 */
const AnswersBody = /* @__PURE__ */ lazySchema(() => z.record(z.string().max(64), z.unknown()).refine((a) => Object.keys(a).length <= 200, 'has too many answers'))

const identity = {
  firstName: Name,
  lastName: Name,
  email: Email,
  phone: /* @__PURE__ */ lazySchema(() => PhoneNumber.optional()),
  birthDate: IsoDate,
}

/** A new mentor or mentee: identity, answers to the programme's form, and for a mentor how many mentees at once. */
export const CreatePerson = /* @__PURE__ */ lazySchema(() => z.strictObject({
  kind: z.enum(personKinds),
  ...identity,
  answers: AnswersBody,
  capacity: z.number().int().min(1).max(10).optional(),
  referredBy: Id.optional(),
}))
export type CreatePerson = z.infer<typeof CreatePerson>

/** Changes to a person (send the version you read). Answers, when sent, replace the previous ones as a whole. */
export const UpdatePerson = /* @__PURE__ */ lazySchema(() => z.strictObject({
  version: Version,
  firstName: Name.optional(),
  lastName: Name.optional(),
  email: Email.optional(),
  phone: PhoneNumber.optional(),
  birthDate: IsoDate.optional(),
  answers: AnswersBody.optional(),
  capacity: z.number().int().min(1).max(10).optional(),
  referredBy: Id.optional(),
}))
export type UpdatePerson = z.infer<typeof UpdatePerson>

/** Export of a person's data in one language (GDPR right of access). */
export const ExportQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ locale: z.enum(['fr', 'en', 'nl']).default('fr') }))

/**
 * Everything the platform holds about a person, as JSON, with the same as a PDF (base64) for the person to read.
 */
export const PersonalDataExport = /* @__PURE__ */ lazySchema(() => z.object({
  exportedAt: IsoDateTime,
  organisation: z.object({ id: Id, name: z.string() }),
  programme: z.object({ id: Id, name: z.string() }),
  person: Person,
  timeline: z.array(TimelineEntry),
  /** What the person sent through the public form, each with its consent (empty for people entered by staff). */
  applications: z.array(ApplicationRecord),
  auditTrail: z.array(z.object({ at: IsoDateTime, actorId: z.string(), action: z.string(), facts: z.record(z.string(), z.string()) })),
  /** The e-mails sent to the person (template, subject, address, date; not the bodies), oldest first. */
  mails: z.array(SentMail),
  /** The person's duos with their steps, life and end, newest first. */
  duos: z.array(PersonDuoRecord),
  /** A mentor's newsletter subscription (null when never sent one): whether subscribed, since when; not the link's token. */
  newsletter: z.object({ subscribed: z.boolean(), optedOutAt: IsoDateTime.nullable(), locale: z.enum(['fr', 'en', 'nl']), updatedAt: IsoDateTime }).nullable(),
  pdf: z.object({ filename: z.string(), contentType: z.literal('application/pdf'), base64: z.string() }),
}))
export type PersonalDataExport = z.infer<typeof PersonalDataExport>

/** The erasure of a person (GDPR right to erasure), confirmed on the version the admin saw. */
export const ErasePerson = /* @__PURE__ */ lazySchema(() => z.strictObject({ version: Version }))
export type ErasePerson = z.infer<typeof ErasePerson>

/** A person whose data the retention sweep will anonymise, and when. */
export const RetentionCandidate = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: Id,
  programmeName: z.string(),
  personId: Id,
  kind: z.enum(personKinds),
  firstName: z.string(),
  lastName: z.string(),
  stage: z.enum(personStages),
  /** When the path ended (refusal or closure). */
  endedAt: IsoDateTime,
  /** When the daily sweep anonymises them: `retentionMonths` after `endedAt`. */
  dueAt: IsoDateTime,
}))
export type RetentionCandidate = z.infer<typeof RetentionCandidate>

/** The retention dry run: who the sweep anonymises within the coming days, soonest first (overdue ones go next run). */
export const RetentionPreview = /* @__PURE__ */ lazySchema(() => z.object({
  retentionMonths: z.number().int(),
  withinDays: z.number().int(),
  total: z.number().int(),
  /** At most 500, soonest first; `total` says how many there are. */
  people: z.array(RetentionCandidate),
}))
export type RetentionPreview = z.infer<typeof RetentionPreview>
export const RetentionQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({ withinDays: z.coerce.number().int().min(0).max(366).default(60) }))
