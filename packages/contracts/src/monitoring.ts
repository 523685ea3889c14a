import * as z from 'zod'
import { Id, IsoDateTime, page } from './common'

export const alertKinds = ['programme-ending', 'programme-not-started', 'unmatched-mentees'] as const

export const Alert = z.object({
  id: Id,
  kind: z.enum(alertKinds),
  programmeId: Id,
  /** English, for logs and exports; interfaces use `kind` and `values`. */
  message: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  raisedAt: IsoDateTime,
  sweepDate: z.string(),
})
export type Alert = z.infer<typeof Alert>
export const AlertPage = page(Alert)
