import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { DomainError, alreadyExists, type Membership, type Organisation } from '@binome/core'
import type { DataConfig } from './client'
import { platformKeys, tenantKeys } from './keys'
import type { Store, TransactItem } from './store'
import { WhoAmICache, type WhoAmI } from './who-am-i-cache'

import type { MembershipIndexEntry, User } from './identity-types'

export type { MembershipIndexEntry, User }

/** The platform's directory copy of an organisation's profile, kept in step by every profile write. */
export type OrganisationEntry = Organisation

export interface SignInCode {
  email: string
  codeHash: string
  createdAt: string
  /** Epoch seconds. */
  expiresAt: number
  attempts: number
}

/**
 * The identity module: the only way to platform-level items (users, the e-mail index, a user's memberships,
 * sign-in codes, the directory of organisations). Tenant data is never reached from here except to create a
 * new organisation, which has no tenant context yet.
 */
export function identityData(store: Store, cfg: DataConfig, cache: WhoAmICache = new WhoAmICache()) {
  /** Binds a `sub` seen for the first time to the user invited with the token's verified e-mail, once. */
  const bindSubject = async (sub: string, email: string): Promise<string | undefined> => {
    const entry = await store.get<{ userId: string }>(platformKeys.emailIndex(email))
    if (!entry) return undefined
    try {
      await store.transact(
        [
          store.newItem(platformKeys.subject(sub), 'subject-link', { userId: entry.userId }),
          {
            // Only a user never bound before: an e-mail that moved to another account cannot take over this one.
            Update: {
              TableName: cfg.tableName,
              Key: platformKeys.user(entry.userId),
              UpdateExpression: 'SET #s = :s',
              ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#s)',
              ExpressionAttributeNames: { '#s': 'subject' },
              ExpressionAttributeValues: { ':s': sub },
            },
          },
        ],
        alreadyExists('user'),
      )
      return entry.userId
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'conflict') throw e
      // A concurrent first request bound it already, or the user is bound to another `sub`: the profile check decides.
      return (await store.get<{ userId: string }>(platformKeys.subject(sub)))?.userId
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
        (await store.get<{ userId: string }>(platformKeys.subject(token.subject)))?.userId ??
        (await bindSubject(token.subject, token.email))
      if (!userId) return undefined
      let user: User | undefined
      const memberships: MembershipIndexEntry[] = []
      for (const raw of await store.allRaw(platformKeys.userPartition(userId))) {
        const { PK: _pk, SK, type: _type, ...value } = raw
        if (SK === 'PROFILE') user = value as unknown as User
        else if (String(SK).startsWith('MEMBERSHIP#')) memberships.push(value as unknown as MembershipIndexEntry)
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


    getUser(userId: string): Promise<User | undefined> {
      return store.get<User>(platformKeys.user(userId))
    },

    async findUserByEmail(email: string): Promise<User | undefined> {
      const entry = await store.get<{ userId: string }>(platformKeys.emailIndex(email))
      return entry ? store.get<User>(platformKeys.user(entry.userId)) : undefined
    },

    /** Items that create a user and claim its e-mail (unique), for a caller's transaction. */
    newUserItems(user: User): TransactItem[] {
      return [
        store.newItem(platformKeys.user(user.id), 'user', user),
        store.newItem(platformKeys.emailIndex(user.email), 'email-index', { userId: user.id }),
      ]
    },

    async createUser(user: User): Promise<void> {
      await store.transact(this.newUserItems(user), alreadyExists('user'))
    },

    /** The organisations a user belongs to (or is invited to), from the user's own index. */
    memberships(userId: string): Promise<MembershipIndexEntry[]> {
      return store.all<MembershipIndexEntry>(platformKeys.userPartition(userId), 'MEMBERSHIP#')
    },

    membership(userId: string, orgId: string): Promise<MembershipIndexEntry | undefined> {
      return store.get<MembershipIndexEntry>(platformKeys.userMembership(userId, orgId))
    },

    organisationEntry(orgId: string): Promise<OrganisationEntry | undefined> {
      return store.get<OrganisationEntry>(platformKeys.organisationEntry(orgId))
    },

    organisationsPage(opts: { limit: number; cursor?: string | undefined }) {
      return store.page<OrganisationEntry>(platformKeys.organisationsPartition(), opts)
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
      const keys = tenantKeys(org.id)
      const items: TransactItem[] = [
        store.newItem(keys.profile(), 'organisation', org),
        store.newItem(platformKeys.organisationEntry(org.id), 'organisation-entry', org),
      ]
      if (firstAdmin) {
        const m = firstAdmin.membership
        if (firstAdmin.newUser) items.push(...this.newUserItems(firstAdmin.newUser))
        items.push(
          store.newItem(keys.member(m.userId), 'member', m),
          store.newItem(platformKeys.userMembership(m.userId, org.id), 'membership-index', {
            orgId: m.orgId,
            role: m.role,
            status: m.status,
            version: m.version,
          }),
        )
      }
      await store.transact([...items, ...alsoWrite], alreadyExists('organisation'))
      if (firstAdmin) cache.forgetUser(firstAdmin.membership.userId)
    },

    async putSignInCode(code: SignInCode): Promise<void> {
      await cfg.doc.send(
        new PutCommand({ TableName: cfg.tableName, Item: { ...platformKeys.signInCode(code.email), type: 'sign-in-code', ...code } }),
      )
    },

    async getSignInCode(email: string, nowSeconds: number): Promise<SignInCode | undefined> {
      const out = await cfg.doc.send(new GetCommand({ TableName: cfg.tableName, Key: platformKeys.signInCode(email), ConsistentRead: true }))
      const item = out.Item as (SignInCode & { PK: string }) | undefined
      // dynalite has no TTL, and DynamoDB's TTL deletes lazily: an expired code is treated as absent everywhere.
      if (!item || item.expiresAt <= nowSeconds) return undefined
      const { PK: _pk, SK: _sk, type: _t, ...code } = item as unknown as Record<string, unknown>
      return code as unknown as SignInCode
    },

    /** Counts a wrong try; returns the new count. Conditional so a used/replaced code is not resurrected. */
    async countFailedAttempt(email: string, codeHash: string): Promise<number> {
      try {
        const out = await cfg.doc.send(
          new UpdateCommand({
            TableName: cfg.tableName,
            Key: platformKeys.signInCode(email),
            UpdateExpression: 'ADD attempts :one',
            ConditionExpression: 'codeHash = :h',
            ExpressionAttributeValues: { ':one': 1, ':h': codeHash },
            ReturnValues: 'ALL_NEW',
          }),
        )
        return Number(out.Attributes?.attempts ?? 0)
      } catch (e) {
        if ((e as { name?: string }).name === 'ConditionalCheckFailedException') return Number.POSITIVE_INFINITY
        throw e
      }
    },

    /** Consumes a code once: a second use of the same code fails. */
    async consumeSignInCode(email: string, codeHash: string): Promise<void> {
      try {
        await cfg.doc.send(
          new DeleteCommand({
            TableName: cfg.tableName,
            Key: platformKeys.signInCode(email),
            ConditionExpression: 'codeHash = :h',
            ExpressionAttributeValues: { ':h': codeHash },
          }),
        )
      } catch (e) {
        if ((e as { name?: string }).name === 'ConditionalCheckFailedException') {
          throw new DomainError('sign-in-code-invalid', 'This code is no longer valid; ask for a new one')
        }
        throw e
      }
    },
  }
}
export type IdentityData = ReturnType<typeof identityData>
