import { notFound, staleVersion, type Organisation } from '@binome/core'
import { platformKeys, tenantKeys } from '../keys'
import type { Store } from '../store'
import type { TenantContext } from './context'

/** The tenant's own profile; renames also update the platform directory in the same transaction. */
export function organisationRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    async get(): Promise<Organisation> {
      const org = await store.get<Organisation>(keys.profile())
      if (!org) throw notFound('organisation')
      return org
    },
    async replace(next: Organisation): Promise<void> {
      await store.transact(
        [
          store.replaceItem(keys.profile(), 'organisation', next),
          {
            Put: {
              ...store.newItem(platformKeys.organisationEntry(ctx.orgId), 'organisation-entry', next).Put!,
              ConditionExpression: 'attribute_exists(PK)',
            },
          },
        ],
        staleVersion('organisation'),
      )
    },
  }
}
