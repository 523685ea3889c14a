import * as z from 'zod'
import { ClosingInterview, FollowUp } from './closing'
import { ActionItem, CheckIn, DuoLogEntry, Intake, JobSearchProgress } from './duo-life'
import { Duo, DuoTimelineEntry } from './duos'

/**
 * One of a person's duos as the right of access gives it: the duo and its steps, its life (in-take, plan, log, job
 * search, the staff's check-ins) and its end (closing interview, follow-ups).
 */
export const PersonDuoRecord = z.object({
  duo: Duo,
  timeline: z.array(DuoTimelineEntry),
  intake: Intake.nullable(),
  progress: JobSearchProgress.nullable(),
  actions: z.array(ActionItem),
  log: z.array(DuoLogEntry),
  checkIns: z.array(CheckIn),
  closingInterview: ClosingInterview.nullable(),
  followUps: z.array(FollowUp),
})
export type PersonDuoRecord = z.infer<typeof PersonDuoRecord>
