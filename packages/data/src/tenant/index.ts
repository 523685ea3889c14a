import type { Store } from '../store'
import { builtOnFirstUse } from '../built-on-first-use'
import type { UsageMeter } from '../usage-meter'
import type { WhoAmICache } from '../who-am-i-cache'
import { alertsRepo } from './alerts'
import { applicationsRepo } from './applications'
import { auditRepo } from './audit'
import { companiesRepo } from './companies'
import { duosRepo } from './duos'
import { duoLifeRepo } from './duo-life'
import { closingRepo } from './closing'
import { trackingRepo } from './tracking'
import { resultsRepo } from './result-facts'
import { evaluationsRepo } from './evaluations'
import { qualityAuditRepo } from './quality-audit'
import type { TenantContext } from './context'
import { mailLogRepo } from './mail-log'
import { membersRepo } from './members'
import { networkPartnersRepo, referralsRepo } from './network'
import { organisationRepo } from './organisation'
import { partnersRepo } from './partners'
import { peopleRepo } from './people'
import { programmesRepo } from './programmes'
import { rulesRepo } from './rules'
import { runsRepo } from './runs'
import { resultExportsRepo } from './result-exports'
import { pairRulesRepo } from './pair-rules'
import { sessionsRepo } from './sessions'
import { newslettersRepo } from './newsletters'
import { usageRepo } from './usage'

export * from './context'
export { programmeEntity, rulesVersionEntity, type ProgrammeFilter } from './programmes'
export { personEntity, timelineEntity, type PeopleFilter, type PersonSummary } from './people'
export type { RulesVersionSummary } from './rules'
export { organisationEntity } from './organisation'
export { resultsExportJobEntity } from './result-exports'
export { matchingAlternativesEntity, matchingRunEntity, matchingSuggestionEntity, matchingUnmatchedEntity } from './runs'
export { pairRuleEntity } from './pair-rules'
export type { AlternativeRecord, MatchingRunRecord, MatchingSuggestionRecord, MenteeAlternativesRecord, UnmatchedRecord } from './runs'
export { alertEntity, alertHandlingEntity, digestChoiceEntity, digestSentEntity, reminderEntity, sweepEntity, type AlertRecord, type DigestChoice, type ReminderRecord, type SweepRecord } from './alerts'
export type { AuditEntry } from './audit'
export { partnershipEntity, type PartnerConfigurationRecord } from './partners'
export { sessionEntity, sessionInviteeEntity, sessionStartEntity, sessionStartsCompleteEntity, type SessionRecord, type SessionStart } from './sessions'
export { newsletterEntity, newsletterSubscriptionEntity } from './newsletters'
export { partnerSummarySentEntity, type PartnerSummarySent } from './network'
export { applicantClaimEntity, applicationEntity, publicFormEntity, addressKey, type ApplicantClaim } from './applications'
export { companyEntity, employmentEntity } from './companies'
export { networkPartnerEntity } from './network'
export { sentMailEntity } from './mail-log'
export { duoEntity, duoTimelineEntity, duoPersonEntity, endedPairEntity, mentorCapacity } from './duos'
export { trackingEntity } from './tracking'
export { resultFactsEntity, resultFactsCompleteEntity, evaluationResultFactsEntity, type ProgrammeResultFacts } from './result-facts'
export { evaluationEntity, evaluationLinkEntity, evaluationTokenHash, evaluationLinksData, type EvaluationRecord, type EvaluationLink, type EvaluationFacts, type ResponseRate } from './evaluations'
export { intakeEntity, progressEntity, actionEntity, logEntryEntity, checkInEntity } from './duo-life'
export { closingInterviewEntity, followUpEntity } from './closing'
export type { DuoPersonRecord, EndedPairRecord, PairToPropose, DuoPoolEffects, DuoWriteContext } from './duos'

/** The stores a tenant's repositories use: the tenant's own credentials, and the identity module's. */
export interface TenantStores {
  tenant: Store
  platform: Store
  /** Another organisation's store, with its own confined credentials: only for a partnership's configuration read. */
  other: (orgId: string) => Store
}

/**
 * Everything one organisation owns, reachable only with its tenant context.
 *
 * @example
 * const t = tenantData(store, ctx)
 * await t.programmes.get('p1')
 */
export function tenantData(stores: TenantStores, ctx: TenantContext, whoAmI?: WhoAmICache, meter?: UsageMeter) {
  const store = stores.tenant
  // Each repository is built on its first use: a request uses two or three of the ~30, and building them all took
  // more of a cached read's time than the read's own code (see builtOnFirstUse).
  // The results repository reads through these two, which a request may also use directly: one of each.
  let tracking: ReturnType<typeof trackingRepo> | undefined
  let evaluations: ReturnType<typeof evaluationsRepo> | undefined
  const trackingOnce = () => (tracking ??= trackingRepo(store, ctx))
  // The personal links are platform items (a public link names no organisation before it is resolved).
  const evaluationsOnce = () => (evaluations ??= evaluationsRepo(store, stores.platform, ctx))
  const repositories = builtOnFirstUse({
    // The profile, members and audit log change in transactions with platform items (the directory, the users'
    // membership index), so they go through the identity module's credentials (see ../leading-keys.ts).
    organisation: () => organisationRepo(stores.platform, ctx),
    members: () => membersRepo(stores.platform, ctx, whoAmI),
    programmes: () => programmesRepo(store, ctx),
    rules: () => rulesRepo(store, ctx),
    people: () => peopleRepo(store, ctx),
    runs: () => runsRepo(store, ctx),
    pairRules: () => pairRulesRepo(store, ctx),
    alerts: () => alertsRepo(store, ctx),
    usage: () => usageRepo(store, ctx, meter),
    audit: () => auditRepo(stores.platform, ctx),
    partners: () => partnersRepo(store, ctx, stores.other),
    sessions: () => sessionsRepo(store, ctx),
    // An erased mentor's unsubscribe link is a platform item.
    newsletters: () => newslettersRepo(store, stores.platform, ctx),
    applications: () => applicationsRepo(store, ctx),
    companies: () => companiesRepo(store, ctx),
    networkPartners: () => networkPartnersRepo(store, ctx),
    referrals: () => referralsRepo(store, ctx),
    mailLog: () => mailLogRepo(store, ctx),
    duos: () => duosRepo(store, ctx),
    duoLife: () => duoLifeRepo(store, ctx),
    closing: () => closingRepo(store, ctx),
    tracking: trackingOnce,
    // The results' compact facts, written by the tracking repository; its lines are read only to fill older programmes.
    results: () => resultsRepo(store, ctx, { lines: trackingOnce().all, evaluations: evaluationsOnce().storedFacts }),
    evaluations: evaluationsOnce,
    qualityAudit: () => qualityAuditRepo(store, ctx),
    resultExports: () => resultExportsRepo(store, ctx),
  })
  return Object.assign(repositories, { ctx })
}
export type TenantData = ReturnType<typeof tenantData>
