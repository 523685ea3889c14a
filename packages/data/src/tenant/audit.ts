import type { AuditAction } from '@binome/core'
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
  action: AuditAction
  /** The user the action was about. */
  subjectUserId?: string
  /** The mentor or mentee whose personal data was read or changed, and their programme. */
  subjectPersonId?: string
  programmeId?: string
  /** Language-free facts of the action (role, status before and after). */
  facts: Record<string, string>
}

/** What an admin searches the log by; every filter optional, the period by the sort key. */
export interface AuditFilter {
  action?: AuditAction | undefined
  actorId?: string | undefined
  subjectPersonId?: string | undefined
  programmeId?: string | undefined
  /** yyyy-mm-dd, inclusive. */
  from?: string | undefined
  to?: string | undefined
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
    /** Appends an entry on its own (a read of personal data, which changes nothing else). */
    append(e: AuditEntry): Promise<void> {
      return entries.create(e, 'item')
    },
    /** Entries oldest first. */
    page(opts: { limit: number; cursor?: string | undefined }) {
      return entries.page([], opts)
    },
    /**
     * Entries newest first, filtered: the period narrows the partition's sort-key range by its prefix when it is one
     * day, month or year, and every other filter is applied as the partition is read.
     */
    search(filter: AuditFilter, opts: { limit: number; cursor?: string | undefined }) {
      const prefix = filter.from && filter.from === filter.to ? `AUDIT#${filter.from}` : undefined
      return entries.page([], {
        ...opts, descending: true, ...(prefix && { skPrefix: prefix }),
        filter: (e) => (!filter.action || e.action === filter.action) && (!filter.actorId || e.actorId === filter.actorId) &&
          (!filter.subjectPersonId || e.subjectPersonId === filter.subjectPersonId) && (!filter.programmeId || e.programmeId === filter.programmeId) &&
          (!filter.from || e.at.slice(0, 10) >= filter.from) && (!filter.to || e.at.slice(0, 10) <= filter.to),
      })
    },
  }
}
