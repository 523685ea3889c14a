import type { Store } from '../store'
import type { WhoAmICache } from '../who-am-i-cache'
import { alertsRepo } from './alerts'
import { auditRepo } from './audit'
import type { TenantContext } from './context'
import { membersRepo } from './members'
import { organisationRepo } from './organisation'
import { peopleRepo } from './people'
import { programmesRepo } from './programmes'
import { rulesRepo } from './rules'
import { runsRepo } from './runs'

export * from './context'
export { programmeEntity, rulesVersionEntity, type ProgrammeFilter } from './programmes'
export { personEntity } from './people'
export type { RulesVersionSummary } from './rules'
export { organisationEntity } from './organisation'
export { matchingRunEntity, matchingSuggestionEntity, matchingUnmatchedEntity } from './runs'
export type { MatchingRunRecord, MatchingSuggestionRecord, UnmatchedRecord } from './runs'
export { alertEntity, sweepEntity, type AlertRecord, type SweepRecord } from './alerts'
export type { AuditEntry } from './audit'

/**
 * Everything one organisation owns, reachable only with its tenant context.
 *
 * @example
 * const t = tenantData(store, ctx)
 * await t.programmes.get('p1')
 */
export function tenantData(store: Store, ctx: TenantContext, whoAmI?: WhoAmICache) {
  return {
    ctx,
    organisation: organisationRepo(store, ctx),
    members: membersRepo(store, ctx, whoAmI),
    programmes: programmesRepo(store, ctx),
    rules: rulesRepo(store, ctx),
    people: peopleRepo(store, ctx),
    runs: runsRepo(store, ctx),
    alerts: alertsRepo(store, ctx),
    audit: auditRepo(store, ctx),
  }
}
export type TenantData = ReturnType<typeof tenantData>
