import type { Store } from '../store'
import { alertsRepo } from './alerts'
import { auditRepo } from './audit'
import type { TenantContext } from './context'
import { membersRepo } from './members'
import { organisationRepo } from './organisation'
import { peopleRepo } from './people'
import { programmesRepo } from './programmes'
import { runsRepo } from './runs'

export * from './context'
export type { ProgrammeFilter } from './programmes'
export type { MatchingRunRecord, MatchingRunStatus, MatchingSuggestionRecord, UnmatchedRecord } from './runs'
export type { AlertRecord } from './alerts'
export type { AuditEntry } from './audit'

/**
 * Everything one organisation owns, reachable only with its tenant context.
 *
 * @example
 * const t = tenantData(store, ctx)
 * await t.programmes.get('p1')
 */
export function tenantData(store: Store, ctx: TenantContext) {
  return {
    ctx,
    organisation: organisationRepo(store, ctx),
    members: membersRepo(store, ctx),
    programmes: programmesRepo(store, ctx),
    people: peopleRepo(store, ctx),
    runs: runsRepo(store, ctx),
    alerts: alertsRepo(store, ctx),
    audit: auditRepo(store, ctx),
  }
}
export type TenantData = ReturnType<typeof tenantData>
