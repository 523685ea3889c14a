import { DomainError, alreadyExists, type Membership, type Organisation } from '@binome/core'
import {
  emailIndexEntity, membershipIndexEntity, organisationEntryEntity, signInCodeEntity, subjectLinkEntity, userEntity,
  type OrganisationEntry, type SignInCode, type UserLink,
} from './identity-entities'
import type { Store, TransactItem } from './store'
import { memberEntity } from './tenant/members'
import { organisationEntity } from './tenant/organisation'
import { WhoAmICache, type WhoAmI } from './who-am-i-cache'

import type { MembershipIndexEntry, User } from './identity-types'

export type { MembershipIndexEntry, OrganisationEntry, SignInCode, User }

/**
 * The identity module: the only way to platform-level items (users, the e-mail index, a user's memberships,
 * sign-in codes, the directory of organisations). Tenant data is never reached from here except to create a
 * new organisation, which has no tenant context yet.
 */
export function identityData(store: Store, cache: WhoAmICache = new WhoAmICache()) {
  const users = userEntity.in(store)
  const emails = emailIndexEntity.in(store)
  const subjects = subjectLinkEntity.in(store)
  const membershipIndex = membershipIndexEntity.in(store)
  const directory = organisationEntryEntity.in(store)
  const userIdByEmail = async (email: string) => (await emails.get([email], []))?.userId
  const userIdBySubject = async (sub: string) => (await subjects.get([sub], []))?.userId

  /** Binds a `sub` seen for the first time to the user invited with the token's verified e-mail, once. */
  const bindSubject = async (sub: string, email: string): Promise<string | undefined> => {
    const userId = await userIdByEmail(email)
    if (!userId) return undefined
    try {
      await store.transact(
        [
          store.newItem(subjectLinkEntity.key([sub], []), subjectLinkEntity.type, { userId } satisfies UserLink),
          // Only a user never bound before: an e-mail that moved to another account cannot take over this one.
          store.updateItem(userEntity.key([userId], []), {
            set: 'SET #s = :s',
            condition: 'attribute_exists(PK) AND attribute_not_exists(#s)',
            names: { '#s': 'subject' },
            values: { ':s': sub },
          }),
        ],
        alreadyExists('user'),
      )
      return userId
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'conflict') throw e
      // A concurrent first request bound it already, or the user is bound to another `sub`: the profile check decides.
      return userIdBySubject(sub)
    }
  }

  return {
    /**
     * Who the holder of a verified token is: the user bound to its `sub` and their memberships, from one query of the
     * user's partition (profile and membership index side by side), cached per container for a short bound.
     * The e-mail claim is used once only, to bind a `sub` never seen before to the user invited with that address;
     * afterwards it is ignored. Undefined when nobody is (or can be) bound to this `sub`.
     *
     * @example
     * const me = await identity.whoAmI({ subject: 'c0ffee', email: 'ana@pls.be' }, Date.now())
     */
    async whoAmI(token: { subject: string; email: string }, nowMs: number): Promise<WhoAmI | undefined> {
      const cached = cache.get(token.subject, nowMs)
      if (cached) return cached
      const userId =
        cache.boundUser(token.subject) ??
        (await userIdBySubject(token.subject)) ??
        (await bindSubject(token.subject, token.email))
      if (!userId) return undefined
      let user: User | undefined
      const memberships: MembershipIndexEntry[] = []
      for (const raw of await store.allRaw(userEntity.partition(userId))) {
        if (raw.type === userEntity.type) user = userEntity.parse(raw)
        else if (raw.type === membershipIndexEntity.type) memberships.push(membershipIndexEntity.parse(raw))
      }
      if (!user || user.subject !== token.subject) return undefined
      const me = { user, memberships }
      cache.set(token.subject, me, nowMs)
      return me
    },

    /** Forgets cached who-you-are of a user, after a membership write made outside the members repository. */
    forgetUser(userId: string): void {
      cache.forgetUser(userId)
    },


    /**
     * Removes a user that belongs to no organisation any more (a mentor's or mentee's portal account whose person was
     * erased): the profile, the e-mail index, the link to the issuer's `sub` and a pending sign-in code. A user still
     * a member elsewhere, or an operator, is kept: another organisation's account is not this one's to erase. Returns
     * the e-mail of the user removed (for the issuer's own directory), or undefined. Safe to run again: the profile
     * goes last, so an interrupted removal is finished by the next.
     *
     * @example
     * await identity.eraseUserWithoutMemberships('u-7') // 'amina@example.be'
     */
    async eraseUserWithoutMemberships(userId: string): Promise<string | undefined> {
      const user = await users.get([userId], [])
      if (!user || user.platformRole || (await membershipIndex.all([userId], 'MEMBERSHIP#')).length > 0) return undefined
      // Each may be gone already (a code used, a sub never bound, an interrupted removal): absent is as good as deleted.
      const remove = (key: Parameters<Store['delete']>[0]) =>
        store.delete(key).catch((e: unknown) => { if (!(e instanceof DomainError && e.code === 'conflict')) throw e })
      if ((await userIdByEmail(user.email)) === userId) await remove(emailIndexEntity.key([user.email], []))
      await remove(signInCodeEntity.key([user.email], []))
      if (user.subject) await remove(subjectLinkEntity.key([user.subject], []))
      await remove(userEntity.key([userId], []))
      cache.forgetUser(userId)
      return user.email
    },

    getUser(userId: string): Promise<User | undefined> {
      return users.get([userId], [])
    },

    async findUserByEmail(email: string): Promise<User | undefined> {
      const userId = await userIdByEmail(email)
      return userId ? users.get([userId], []) : undefined
    },

    /** Items that create a user and claim its e-mail (unique), for a caller's transaction. */
    newUserItems(user: User): TransactItem[] {
      return [
        users.newItem(user),
        store.newItem(emailIndexEntity.key([user.email], []), emailIndexEntity.type, { userId: user.id } satisfies UserLink),
      ]
    },

    async createUser(user: User): Promise<void> {
      await store.transact(this.newUserItems(user), alreadyExists('user'))
    },

    /** The organisations a user belongs to (or is invited to), from the user's own index. */
    memberships(userId: string): Promise<MembershipIndexEntry[]> {
      return membershipIndex.all([userId], 'MEMBERSHIP#')
    },

    membership(userId: string, orgId: string): Promise<MembershipIndexEntry | undefined> {
      return membershipIndex.get([userId], [orgId])
    },

    organisationEntry(orgId: string): Promise<OrganisationEntry | undefined> {
      return directory.get([], [orgId])
    },

    organisationsPage(opts: { limit: number; cursor?: string | undefined }) {
      return directory.page([], opts)
    },

    /**
     * Creates an organisation, its directory entry and optionally its first admin (and that user) at once.
     *
     * @example
     * await identity.createOrganisation(org, { membership, newUser })
     *
     * `alsoWrite` joins other items to the same transaction (a trainer's partnership record, in the trainer's own
     * partition), so that the organisation never exists without them nor they without it.
     */
    async createOrganisation(org: Organisation, firstAdmin?: { membership: Membership; newUser?: User }, alsoWrite: TransactItem[] = []): Promise<void> {
      const items: TransactItem[] = [organisationEntity.in(store, org.id).newItem(org), directory.newItem(org)]
      if (firstAdmin) {
        const m = firstAdmin.membership
        if (firstAdmin.newUser) items.push(...this.newUserItems(firstAdmin.newUser))
        items.push(
          memberEntity.in(store, org.id).newItem(m),
          store.newItem(membershipIndexEntity.key([m.userId], [org.id]), membershipIndexEntity.type, {
            orgId: m.orgId,
            role: m.role,
            status: m.status,
            version: m.version,
          } satisfies MembershipIndexEntry),
        )
      }
      await store.transact([...items, ...alsoWrite], alreadyExists('organisation'))
      if (firstAdmin) cache.forgetUser(firstAdmin.membership.userId)
    },
  }
}
export type IdentityData = ReturnType<typeof identityData>
