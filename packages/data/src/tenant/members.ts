import { DomainError, lastAdminError, notFound, staleVersion, type Membership, type MembershipRole } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { membershipIndexEntity } from '../identity-entities'
import { nextVersion, type Store, type TransactItem } from '../store'
import type { TenantContext } from './context'
import type { WhoAmICache } from '../who-am-i-cache'

/** `ORG#<orgId>#MEMBERS` / `USER#<userId>`: a user's membership of the organisation (invited or active). */
export const memberEntity = defineTenantEntity({
  type: 'member',
  partition: () => 'MEMBERS',
  sort: (userId: string) => `USER#${safe(userId, 'userId')}`,
  keyOf: (m: Membership) => [[], [m.userId]] as const,
})

/** `ORG#<orgId>#ADMINS` / `GUARD`: the set of active admins, changed in the same transaction as every membership that gains or loses one. */
export const adminGuardEntity = defineTenantEntity({
  type: 'admin-guard',
  partition: () => 'ADMINS',
  sort: () => 'GUARD',
  keyOf: (_g: AdminGuard) => [[], []] as const,
})

/** The user's own index entry that mirrors a membership, so "my organisations" is one query. */
const indexEntry = (m: Membership) => ({ orgId: m.orgId, role: m.role, status: m.status, version: m.version })

const isActiveAdmin = (m: Membership | undefined): boolean => m?.role === 'admin' && m.status === 'active'

/** The guard item: the set of the organisation's active admins (absent attribute = none). */
interface AdminGuard {
  admins?: Set<string>
}

/**
 * An organisation's members; each write keeps the member item and the user's membership index in one transaction.
 *
 * "Never lose the last admin" is enforced by DynamoDB itself, not by a count read beforehand: every change that
 * makes someone an active admin adds them to the organisation's admin guard item, and every change that ends an
 * active admin's role removes them from it on the condition that at least two remain — in the same transaction
 * as the membership change. Two admins demoting each other at the same moment then cannot both succeed, whatever
 * the interleaving: the second transaction's condition sees the first one's effect.
 */
export function membersRepo(store: Store, ctx: TenantContext, whoAmI?: WhoAmICache) {
  const members = memberEntity.in(store, ctx.orgId)
  const indexKey = (userId: string) => membershipIndexEntity.key([userId], [ctx.orgId])
  const guardKey = adminGuardEntity.for(ctx.orgId).key([], [])
  const pair = (m: Membership, write: 'new' | 'replace'): TransactItem[] =>
    write === 'new'
      ? [members.newItem(m), store.newItem(indexKey(m.userId), membershipIndexEntity.type, indexEntry(m))]
      : [members.replaceItem(m), store.replaceItem(indexKey(m.userId), membershipIndexEntity.type, indexEntry(m))]

  const joins = (userId: string): TransactItem =>
    store.updateItem(guardKey, {
      set: 'ADD admins :u',
      condition: 'attribute_exists(PK)',
      values: { ':u': new Set([userId]) },
    })
  const leaves = (userId: string): TransactItem =>
    store.updateItem(guardKey, {
      set: 'DELETE admins :u',
      condition: 'contains(admins, :id) AND size(admins) >= :two',
      values: { ':u': new Set([userId]), ':id': userId, ':two': 2 },
    })

  /**
   * Creates the guard from the members when it does not exist yet (organisations created before it, or whose
   * first admin has not accepted yet). Safe under concurrency: every admin change requires the guard to exist,
   * so no admin change can commit between the read below and the guard's creation; if another request creates
   * the guard first, ours is refused and theirs stands.
   */
  async function ensureAdminGuard(): Promise<void> {
    if (await store.get<AdminGuard>(guardKey)) return
    const admins = (await members.all([])).filter(isActiveAdmin).map((m) => m.userId)
    try {
      await store.create(guardKey, adminGuardEntity.type, admins.length ? { admins: new Set(admins) } : {})
    } catch (e) {
      if ((e as { code?: string }).code !== 'conflict') throw e
    }
  }

  /** The guard update a change from `before` to `after` needs, if any; it goes first in the transaction. */
  async function guardFor(before: Membership | undefined, after: Membership | undefined): Promise<TransactItem[]> {
    const was = isActiveAdmin(before)
    const is = isActiveAdmin(after)
    if (was === is) return []
    await ensureAdminGuard()
    return [is ? joins(after!.userId) : leaves(before!.userId)]
  }

  /** Runs a membership transaction; a failed guard condition (item 0) is the last-admin rule, not a stale version. */
  async function write(guard: TransactItem[], items: TransactItem[], userId: string, refusal: DomainError = staleVersion('membership')): Promise<void> {
    const losing = guard[0]?.Update?.UpdateExpression?.startsWith('DELETE') === true
    await store.transact([...guard, ...items], refusal, (i) => (i === 0 && losing ? lastAdminError() : undefined))
    whoAmI?.forgetUser(userId)
  }

  const require = async (userId: string): Promise<Membership> => {
    const m = await members.get([], [userId])
    if (!m) throw notFound('membership')
    return m
  }
  const countActive = async (role: MembershipRole): Promise<number> =>
    (await members.all([])).filter((m) => m.role === role && m.status === 'active').length
  const replace = async (next: Membership, before: Membership, extra: TransactItem[] = []): Promise<void> => {
    await write(await guardFor(before, next), [...pair(next, 'replace'), ...extra], next.userId)
  }

  return {
    get(userId: string): Promise<Membership | undefined> {
      return members.get([], [userId])
    },
    require,
    page(opts: { limit: number; cursor?: string | undefined }) {
      return members.page([], opts)
    },
    all(): Promise<Membership[]> {
      return members.all([])
    },
    countActive,
    /** Adds a membership; callers may add more items (e.g. a new user, an audit entry) to the same transaction. */
    async add(m: Membership, extra: TransactItem[] = []): Promise<void> {
      await write(await guardFor(undefined, m), [...extra, ...pair(m, 'new')], m.userId, new DomainError('already-invited', 'This person has already been invited'))
    },
    /** Replaces `before` (the stored membership) with `next`, its next version. */
    replace,
    /**
     * Changes the membership read at `expectedVersion` (409 `stale-version` if it changed since); `change` may refuse
     * (e.g. the last-admin rule, given the current count). Returns the stored membership.
     *
     * @example
     * await tenant.members.update(userId, body.version, (m, admins) => changeRole(m, role, { activeAdmins: admins }))
     */
    async update(userId: string, expectedVersion: number, change: (current: Membership, activeAdmins: number) => Membership): Promise<Membership> {
      const current = await require(userId)
      const admins = await countActive('admin')
      const next = nextVersion(current, expectedVersion, (m) => change(m, admins), 'membership')
      await replace(next, current)
      return next
    },
    /** Removes the membership read at `expectedVersion` (409 if it changed since); `check` may refuse first. */
    async removeAt(userId: string, expectedVersion: number, check: (current: Membership, activeAdmins: number) => void = () => {}): Promise<void> {
      const current = await require(userId)
      if (current.version !== expectedVersion) throw staleVersion('membership')
      check(current, await countActive('admin'))
      await write(
        await guardFor(current, undefined),
        [store.deleteItem(memberEntity.for(ctx.orgId).key([], [userId]), current.version), store.deleteItem(indexKey(userId))],
        userId,
      )
    },
  }
}
