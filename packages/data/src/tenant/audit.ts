import { defineTenantEntity, safe } from '../entity'
import type { Store, TransactItem } from '../store'
import type { TenantContext } from './context'

/**
 * One entry of an organisation's audit log: who did what to whom, when. Entries name people by their ids only,
 * so that whoever reads the log (the platform operator included) learns no personal data from it.
 */
export interface AuditEntry {
  id: string
  at: string
  /** The acting user's id, and in which capacity they acted. */
  actorId: string
  actorKind: 'operator' | 'member' | 'system'
  action: 'admin.appointed-by-operator'
  /** The user the action was about. */
  subjectUserId: string
  /** Language-free facts of the action (role, status before and after). */
  facts: Record<string, string>
}

/** `ORG#<orgId>#AUDIT` / `AUDIT#<at>#<entryId>`: time-ordered. */
export const auditEntryEntity = defineTenantEntity({
  type: 'audit-entry',
  partition: () => 'AUDIT',
  sort: (at: string, entryId: string) => `AUDIT#${safe(at, 'at')}#${safe(entryId, 'entryId')}`,
  keyOf: (e: AuditEntry) => [[], [e.at, e.id]] as const,
})

/**
 * The organisation's append-only audit log: entries are only ever created (never replaced or deleted), each in
 * the same transaction as the change it records, so a change and its record commit or fail together.
 */
export function auditRepo(store: Store, ctx: TenantContext) {
  const entries = auditEntryEntity.in(store, ctx.orgId)
  return {
    /** The item that appends an entry, for the transaction of the change it records. */
    appendItem(e: AuditEntry): TransactItem {
      return entries.newItem(e)
    },
    /** Entries oldest first. */
    page(opts: { limit: number; cursor?: string | undefined }) {
      return entries.page([], opts)
    },
  }
}
