import * as z from 'zod'
import { alertKinds, type Alert as AlertEntity } from '@binome/core'
import { Id, IsoDate, IsoDateTime, PageQuery, page } from './common'
import { lazySchema } from './lazy-schema'

export { alertKinds }

export const Alert = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  kind: z.enum(alertKinds),
  programmeId: Id,
  /** English, for logs and exports; interfaces use `kind` and `values`. */
  message: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  raisedAt: IsoDateTime,
  sweepDate: z.string(),
  /** A duo's alert: the duo, and the staff member who follows it. */
  duoId: Id.optional(),
  coordinatorId: Id.optional(),
}) satisfies z.ZodType<Omit<AlertEntity, 'version'>>)
export type Alert = z.infer<typeof Alert>
export const AlertPage = /* @__PURE__ */ lazySchema(() => page(Alert))

/** The alerts list's query: a page, optionally only the alerts of one sweep day (the home shows the latest). */
export const AlertQuery = /* @__PURE__ */ lazySchema(() => PageQuery.extend({ sweepDate: IsoDate.optional() }))
export type AlertQuery = z.infer<typeof AlertQuery>

/** When the daily sweep last went through the organisation; null before its first sweep. */
export const SweepStatus = /* @__PURE__ */ lazySchema(() => z.object({
  lastSweep: z.object({ date: IsoDate, ranAt: IsoDateTime }).nullable(),
}))
export type SweepStatus = z.infer<typeof SweepStatus>

/** An alert's id in a path (the same while its condition lasts). */
export const AlertParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, alertId: Id }))

/** Snoozing an alert: it shows again on that day (after today). */
export const SnoozeAlert = /* @__PURE__ */ lazySchema(() => z.strictObject({ until: IsoDate }))
export type SnoozeAlert = z.infer<typeof SnoozeAlert>

/** Who dismissed or snoozed an alert, when, and until what day. */
export const AlertHandling = /* @__PURE__ */ lazySchema(() => z.object({
  alertId: Id,
  dismissed: z.object({ by: Id, at: IsoDateTime }).nullable(),
  snoozed: z.object({ by: Id, at: IsoDateTime, until: IsoDate }).nullable(),
}))
export type AlertHandling = z.infer<typeof AlertHandling>

/** Whether the caller gets the daily digest of their alerts by e-mail (false until they choose it). */
export const DigestChoiceReply = /* @__PURE__ */ lazySchema(() => z.object({ daily: z.boolean() }))
export const SaveDigestChoice = /* @__PURE__ */ lazySchema(() => z.strictObject({ daily: z.boolean() }))
export type SaveDigestChoice = z.infer<typeof SaveDigestChoice>

/** The caller's alerts of the last sweep: a page of the day's alerts, those that are not theirs or were handled left out. */
export const MyAlertPage = /* @__PURE__ */ lazySchema(() => page(Alert))
