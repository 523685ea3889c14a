import * as z from 'zod'
import { alertKinds, type Alert as AlertEntity } from '@binome/core'
import { Id, IsoDate, IsoDateTime, PageQuery, page } from './common'

export { alertKinds }

export const Alert = z.object({
  id: Id,
  kind: z.enum(alertKinds),
  programmeId: Id,
  /** English, for logs and exports; interfaces use `kind` and `values`. */
  message: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  raisedAt: IsoDateTime,
  sweepDate: z.string(),
}) satisfies z.ZodType<Omit<AlertEntity, 'version'>>
export type Alert = z.infer<typeof Alert>
export const AlertPage = page(Alert)

/** The alerts list's query: a page, optionally only the alerts of one sweep day (the home shows the latest). */
export const AlertQuery = PageQuery.extend({ sweepDate: IsoDate.optional() })
export type AlertQuery = z.infer<typeof AlertQuery>

/** When the daily sweep last went through the organisation; null before its first sweep. */
export const SweepStatus = z.object({
  lastSweep: z.object({ date: IsoDate, ranAt: IsoDateTime }).nullable(),
})
export type SweepStatus = z.infer<typeof SweepStatus>
