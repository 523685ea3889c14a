import * as z from 'zod'
import { auditActions } from '@binome/core'
import { Id, IsoDate, IsoDateTime, page } from './common'
import { lazySchema } from './lazy-schema'

/** One entry of the organisation's audit log: ids only, never a name or an e-mail. */
export const AuditEntry = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  at: IsoDateTime,
  actorId: z.string(),
  actorKind: z.enum(['operator', 'member', 'system']),
  action: z.enum(auditActions),
  subjectUserId: z.string().optional(),
  subjectPersonId: z.string().optional(),
  programmeId: z.string().optional(),
  facts: z.record(z.string(), z.string()),
}))
export type AuditEntry = z.infer<typeof AuditEntry>
export const AuditEntryPage = /* @__PURE__ */ lazySchema(() => page(AuditEntry))

/** Search the log: by action, actor, person, programme and period (newest first). */
export const AuditQuery = /* @__PURE__ */ lazySchema(() => z.strictObject({
  cursor: z.string().max(2048).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  action: z.enum(auditActions).optional(),
  actorId: Id.optional(),
  personId: Id.optional(),
  programmeId: Id.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
}))
export type AuditQuery = z.infer<typeof AuditQuery>
