import { notFound, staleVersion, type Organisation } from '@binome/core'
import { platformKeys, tenantKeys } from '../keys'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

/** The tenant's own profile; renames also update the platform directory in the same transaction. */
export function organisationRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  const get = async (): Promise<Organisation> => {
    const org = await store.get<Organisation>(keys.profile())
    if (!org) throw notFound('organisation')
    return org
  }
  return {
    get,
    /**
     * Changes the profile read at `expectedVersion` (409 if it changed since), and the directory entry with it.
     *
     * @example
     * await tenant.organisation.update(body.version, (o) => updateOrganisation(o, changes, now))
     */
    async update(expectedVersion: number, change: (current: Organisation) => Organisation): Promise<Organisation> {
      const next = nextVersion(await get(), expectedVersion, change, 'organisation')
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
      return next
    },
  }
}
