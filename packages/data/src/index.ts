import type { DataConfig } from './client'
import { identityData } from './identity'
import { signInCodes } from './sign-in-codes'
import { Store } from './store'
import { tenantData, type TenantContext } from './tenant'
import { WhoAmICache } from './who-am-i-cache'

export * from './client'
export * from './keys'
export * from './cursor'
export { defineTenantEntity, StoredItemError, type EntityDeclaration, type TenantEntity, type BoundEntity, EntityTable } from './entity'
export * from './tenant'
export { Store, type Page, type TransactItem } from './store'
export type { User, MembershipIndexEntry, OrganisationEntry, SignInCode, IdentityData } from './identity'
export { WhoAmICache, whoAmITtlMs, type WhoAmI } from './who-am-i-cache'
export { tableDefinition, createTableInput } from './table'
export type { SignInCodes } from './sign-in-codes'

/**
 * The data layer: tenant data only through a tenant context, platform items only through the identity module.
 *
 * @example
 * const data = createData(dataConfigFromEnv())
 * const programmes = await data.forTenant(ctx).programmes.page({ limit: 25, include: 'current' })
 */
export function createData(cfg: DataConfig) {
  const store = new Store(cfg)
  // One who-you-are cache per data layer (per warm container): membership writes through it invalidate it.
  const whoAmI = new WhoAmICache()
  return {
    forTenant: (ctx: TenantContext) => tenantData(store, ctx, whoAmI),
    identity: identityData(store, whoAmI),
    /** The local issuer's sign-in codes (platform items, like the identity module's). */
    signInCodes: signInCodes(cfg),
  }
}
export type Data = ReturnType<typeof createData>
