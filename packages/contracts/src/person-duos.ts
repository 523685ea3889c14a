import * as z from 'zod'
import { ClosingInterview, FollowUp } from './closing'
import { ActionItem, CheckIn, DuoLogEntry, Intake, JobSearchProgress } from './duo-life'
import { Duo, DuoTimelineEntry } from './duos'
import { evaluationMoments, evaluationStates } from '@binome/core'
import { IsoDateTime } from './common'
import { lazySchema } from './lazy-schema'

/** One of the person's own evaluation questionnaires in a duo, with their answers as given (by field id). */
export const PersonEvaluation = /* @__PURE__ */ lazySchema(() => z.object({
  moment: z.enum(evaluationMoments),
  side: z.enum(['mentor', 'mentee']),
  state: z.enum(evaluationStates),
  sentAt: IsoDateTime,
  remindedAt: z.array(IsoDateTime),
  answeredAt: IsoDateTime.nullable(),
  answers: z.record(z.string(), z.unknown()).nullable(),
}))
export type PersonEvaluation = z.infer<typeof PersonEvaluation>

/**
 * One of a person's duos as the right of access gives it: the duo and its steps, its life (in-take, plan, log, job
 * search, the staff's check-ins) and its end (closing interview, follow-ups, the person's evaluations).
 */
export const PersonDuoRecord = /* @__PURE__ */ lazySchema(() => z.object({
  duo: Duo,
  timeline: z.array(DuoTimelineEntry),
  intake: Intake.nullable(),
  progress: JobSearchProgress.nullable(),
  actions: z.array(ActionItem),
  log: z.array(DuoLogEntry),
  checkIns: z.array(CheckIn),
  closingInterview: ClosingInterview.nullable(),
  followUps: z.array(FollowUp),
  /** The person's own questionnaires (their side's), with their answers. */
  evaluations: z.array(PersonEvaluation),
}))
export type PersonDuoRecord = z.infer<typeof PersonDuoRecord>
