import * as z from 'zod'
import { IsoDateTime } from './common'
import { lazySchema } from './lazy-schema'

/** The queues whose health the operator watches, and may redrive. */
export const operatedQueues = ['matching'] as const
export type OperatedQueue = (typeof operatedQueues)[number]

export const QueueHealth = /* @__PURE__ */ lazySchema(() => z.object({
  name: z.enum(operatedQueues),
  /** Waiting for a worker (including those in back-off). */
  waiting: z.number().int().min(0),
  inFlight: z.number().int().min(0),
  /** Failed every retry; the operator may send them back (redrive). */
  deadLetters: z.number().int().min(0),
}))
export type QueueHealth = z.infer<typeof QueueHealth>

/**
 * The platform's health as the operator sees it: counts and times only, never personal data (no names, no
 * e-mails, no organisation's content).
 */
export const PlatformHealth = /* @__PURE__ */ lazySchema(() => z.object({
  checkedAt: IsoDateTime,
  organisations: z.number().int().min(0),
  queues: z.array(QueueHealth),
  /** The last daily sweep that went through every organisation; null before the first. */
  lastSweep: z.object({
    ranAt: IsoDateTime,
    organisations: z.number().int().min(0),
    programmes: z.number().int().min(0),
    alertsRaised: z.number().int().min(0),
    /** The retention of the results exports in that run: files past their 7 days deleted, and jobs past theirs. */
    exportFilesDeleted: z.number().int().min(0),
    exportJobsDeleted: z.number().int().min(0),
  }).nullable(),
  /** Failures over the last 24 hours by service (API 5xx answers, function errors, failed worker deliveries). */
  errors: z.object({ since: IsoDateTime, byService: z.record(z.string(), z.number().int().min(0)) }),
}))
export type PlatformHealth = z.infer<typeof PlatformHealth>

export const QueueParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ queue: z.enum(operatedQueues) }))
export const RedriveResult = /* @__PURE__ */ lazySchema(() => z.object({ queue: z.enum(operatedQueues), moved: z.number().int().min(0) }))
export type RedriveResult = z.infer<typeof RedriveResult>
