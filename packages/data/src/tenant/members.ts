import { DomainError, notFound, staleVersion, type Membership, type MembershipRole } from '@binome/core'
import { platformKeys, tenantKeys } from '../keys'
import type { Store, TransactItem } from '../store'
import type { TenantContext } from './context'
import type { WhoAmICache } from '../who-am-i-cache'

/** The user's own index entry that mirrors a membership, so "my organisations" is one query. */
const indexEntry = (m: Membership) => ({ orgId: m.orgId, role: m.role, status: m.status, version: m.version })

/**
 * An organisation's members; each write keeps the member item and the user's membership index in one transaction.
 */
export function membersRepo(store: Store, ctx: TenantContext, whoAmI?: WhoAmICache) {
  const keys = tenantKeys(ctx.orgId)
  const pair = (m: Membership, write: 'new' | 'replace'): TransactItem[] =>
    write === 'new'
      ? [
          store.newItem(keys.member(m.userId), 'member', m),
          store.newItem(platformKeys.userMembership(m.userId, ctx.orgId), 'membership-index', indexEntry(m)),
        ]
      : [
          store.replaceItem(keys.member(m.userId), 'member', m),
          store.replaceItem(platformKeys.userMembership(m.userId, ctx.orgId), 'membership-index', indexEntry(m)),
        ]

  return {
    async get(userId: string): Promise<Membership | undefined> {
      return store.get<Membership>(keys.member(userId))
    },
    async require(userId: string): Promise<Membership> {
      const m = await store.get<Membership>(keys.member(userId))
      if (!m) throw notFound('membership')
      return m
    },
    page(opts: { limit: number; cursor?: string | undefined }) {
      return store.page<Membership>(keys.membersPartition(), opts)
    },
    all(): Promise<Membership[]> {
      return store.all<Membership>(keys.membersPartition())
    },
    async countActive(role: MembershipRole): Promise<number> {
      return (await store.all<Membership>(keys.membersPartition())).filter((m) => m.role === role && m.status === 'active').length
    },
    /** Items that add a membership; callers may add more items (e.g. a new user) to the same transaction. */
    addItems(m: Membership): TransactItem[] {
      return pair(m, 'new')
    },
    async add(m: Membership, extra: TransactItem[] = []): Promise<void> {
      await store.transact([...extra, ...pair(m, 'new')], new DomainError('already-invited', 'This person has already been invited'))
      whoAmI?.forgetUser(m.userId)
    },
    async replace(m: Membership): Promise<void> {
      await store.transact(pair(m, 'replace'), staleVersion('membership'))
      whoAmI?.forgetUser(m.userId)
    },
    async remove(m: Membership): Promise<void> {
      await store.transact(
        [store.deleteItem(keys.member(m.userId), m.version), store.deleteItem(platformKeys.userMembership(m.userId, ctx.orgId))],
        staleVersion('membership'),
      )
      whoAmI?.forgetUser(m.userId)
    },
  }
}
