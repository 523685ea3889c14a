/**
 * The platform-level entities: who signs in and how they are found, outside every tenant. Only the identity
 * module, the sign-in codes and the members repository (which keeps a user's membership index in step) use them.
 */
import { withOrganisationDefaults, type Organisation } from '@binome/core'
import { definePlatformEntity, safe } from './entity'
import type { MembershipIndexEntry, User } from './identity-types'

/** `USER#<userId>` / `PROFILE`. */
export const userEntity = definePlatformEntity({
  type: 'user',
  partition: (userId: string) => `USER#${safe(userId, 'userId')}`,
  sort: () => 'PROFILE',
  keyOf: (u: User) => [[u.id], []] as const,
})

/** `USER#<userId>` / `MEMBERSHIP#<orgId>`: beside the profile, so "who am I" is one query of the user's partition. */
export const membershipIndexEntity = definePlatformEntity({
  type: 'membership-index',
  partition: (userId: string) => `USER#${safe(userId, 'userId')}`,
  sort: (orgId: string) => `MEMBERSHIP#${safe(orgId, 'orgId')}`,
  parse: (m: MembershipIndexEntry) => {
    if (typeof m.orgId !== 'string' || typeof m.role !== 'string') throw new Error('it is not a membership entry')
    return m
  },
})

/** A link to a user, by a unique name that is not the user's id. */
export interface UserLink {
  userId: string
}

const userLink = (l: UserLink): UserLink => {
  if (typeof l.userId !== 'string' || !l.userId) throw new Error('it links to no user')
  return l
}

/** `EMAIL#<email>` / `USER`: e-mail addresses are unique; the user invited with one is found by it. */
export const emailIndexEntity = definePlatformEntity({
  type: 'email-index',
  partition: (email: string) => `EMAIL#${safe(email, 'email')}`,
  sort: () => 'USER',
  parse: userLink,
})

/** `SUBJECT#<sub>` / `USER`: the issuer's `sub`, bound to a platform user at their first sign-in. */
export const subjectLinkEntity = definePlatformEntity({
  type: 'subject-link',
  partition: (sub: string) => `SUBJECT#${safe(sub, 'subject')}`,
  sort: () => 'USER',
  parse: userLink,
})

export interface SignInCode {
  email: string
  codeHash: string
  createdAt: string
  /** Epoch seconds. */
  expiresAt: number
  attempts: number
}

/** `SIGNIN#<email>` / `CODE`: the local issuer's one current code per address. */
export const signInCodeEntity = definePlatformEntity({
  type: 'sign-in-code',
  partition: (email: string) => `SIGNIN#${safe(email, 'email')}`,
  sort: () => 'CODE',
  keyOf: (c: SignInCode) => [[c.email], []] as const,
})

/** The platform's directory copy of an organisation's profile, kept in step by every profile write. */
export type OrganisationEntry = Organisation

/** `PLATFORM#ORGS` / `ORG#<orgId>`: the operator's list of organisations. */
export const organisationEntryEntity = definePlatformEntity({
  type: 'organisation-entry',
  partition: () => 'PLATFORM#ORGS',
  sort: (orgId: string) => `ORG#${safe(orgId, 'orgId')}`,
  keyOf: (o: OrganisationEntry) => [[], [o.id]] as const,
  parse: (o) => withOrganisationDefaults(o),
})

/** The index entry that mirrors a membership. */
export type { MembershipIndexEntry }
