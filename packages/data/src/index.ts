import type { DataAccess } from './access'
import { identityData } from './identity'
import { platformHealthData } from './platform-health'
import { publicFormsData } from './public-forms'
import { evaluationLinksData } from './tenant/evaluations'
import { newsletterLinksData } from './newsletter-links'
import { signInCodes } from './sign-in-codes'
import { Store } from './store'
import { tenantData, type TenantContext } from './tenant'
import { UsageMeter } from './usage-meter'
import { WhoAmICache } from './who-am-i-cache'

export * from './client'
export type { DataAccess } from './access'
export { lambdaDataAccess, assumedRole, tenantCredentials, lambdaTenantCredentials, perTenant, type AwsCredentialIdentityProvider } from './lambda-access'
export * from './leading-keys'
export * from './keys'
export * from './cursor'
export { defineTenantEntity, definePlatformEntity, StoredItemError, type EntityDeclaration, type TenantEntity, type BoundEntity, EntityTable } from './entity'
export * from './tenant'
export { tenantEntityCoverage, coverageProblems, type ErasureCoverage } from './personal-data-coverage'
export { Store, type Page, type TransactItem } from './store'
export type { User, MembershipIndexEntry, OrganisationEntry, SignInCode, IdentityData } from './identity'
export { WhoAmICache, whoAmITtlMs, type WhoAmI } from './who-am-i-cache'
export { tableDefinition, createTableInput } from './table'
export type { SignInCodes } from './sign-in-codes'
export type { SweepRun } from './platform-health'
export type { PublicFormsData } from './public-forms'
export type { PublicFormLink } from './identity-entities'

/**
 * The data layer: tenant data only through a tenant context, with credentials that reach only that tenant's
 * partitions; platform items only through the identity module, with its own.
 *
 * @example
 * const data = createData(lambdaDataAccess(process.env))
 * const programmes = await data.forTenant(ctx).programmes.page({ limit: 25, include: 'current' })
 */
export function createData(access: DataAccess) {
  const platform = new Store(access.platform)
  const storeOf = (orgId: string) => new Store(access.tenant(orgId))
  // One who-you-are cache per data layer (per warm container): membership writes through it invalidate it.
  const whoAmI = new WhoAmICache()
  // And one usage meter: far from the limits, a container writes the usage counter once for several requests.
  const meter = new UsageMeter()
  return {
    forTenant: (ctx: TenantContext) =>
      tenantData({ tenant: storeOf(ctx.orgId), platform, other: storeOf }, ctx, whoAmI, meter),
    identity: identityData(platform, whoAmI),
    /** Platform-wide health records (the last complete sweep), for the operator. */
    platformHealth: platformHealthData(platform),
    /** The local issuer's sign-in codes (platform items, like the identity module's). */
    signInCodes: signInCodes(access.platform),
    /** Public application forms' links and abuse counters (platform items: no tenant is known before the link is resolved). */
    publicForms: publicFormsData(platform),
    /** Personal evaluation links: token → one evaluation of one organisation (platform items, like the forms' links). */
    evaluationLinks: evaluationLinksData(platform),
    /** Newsletters' unsubscribe links (platform items: the mentor has no account; the token names the tenant). */
    newsletterLinks: newsletterLinksData(platform),
  }
}
export type Data = ReturnType<typeof createData>
