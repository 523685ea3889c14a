import { defaultRetentionMonths, notFound, staleVersion, type Organisation } from '@binome/core'
import { defineTenantEntity } from '../entity'
import { organisationEntryEntity } from '../identity-entities'
import { nextVersion, type Store } from '../store'
import type { TenantContext } from './context'

/** `ORG#<orgId>#PROFILE` / `PROFILE`; the identity module creates it with the organisation. */
export const organisationEntity = defineTenantEntity({
  type: 'organisation',
  partition: () => 'PROFILE',
  sort: () => 'PROFILE',
  keyOf: (_o: Organisation) => [[], []] as const,
  parse: (o, orgId) => {
    if (o.id !== orgId) throw new Error(`it names organisation ${JSON.stringify(o.id)}`)
    // Profiles stored before retention was a setting keep people for the default period.
    return o.retentionMonths === undefined ? { ...o, retentionMonths: defaultRetentionMonths } : o
  },
})

/** The tenant's own profile; renames also update the platform directory in the same transaction. */
export function organisationRepo(store: Store, ctx: TenantContext) {
  const profile = organisationEntity.in(store, ctx.orgId)
  const get = async (): Promise<Organisation> => {
    const org = await profile.get([], [])
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
          profile.replaceItem(next),
          {
            Put: {
              ...organisationEntryEntity.in(store).newItem(next).Put!,
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
