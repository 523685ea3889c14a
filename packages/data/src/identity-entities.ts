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

/** Where a public application form's token leads: an organisation and one of its programmes. */
export interface PublicFormLink {
  token: string
  orgId: string
  programmeId: string
}

/**
 * `PUBLICFORM#<token>` / `LINK`: the only way from a public link to a programme. The token is random (never derived
 * from an id), so nobody can list or guess programmes; the tenant's own form item stays the truth (a link whose form
 * no longer names its token leads nowhere).
 */
export const publicFormLinkEntity = definePlatformEntity({
  type: 'public-form-link',
  partition: (token: string) => `PUBLICFORM#${safe(token, 'token')}`,
  sort: () => 'LINK',
  keyOf: (l: PublicFormLink) => [[l.token], []] as const,
})

/**
 * `APPLYLIMIT#<scope>#<sha-256>` / `HOUR#<yyyy-mm-ddThh>`: applications counted per e-mail address and per client
 * (IP address) and hour, across the platform (a flood aimed at several programmes is still one client).
 */
export const applicationCounterEntity = definePlatformEntity({
  type: 'application-counter',
  partition: (scope: 'address' | 'client', hash: string) => `APPLYLIMIT#${safe(scope, 'scope')}#${safe(hash, 'hash')}`,
  sort: (hour: string) => `HOUR#${safe(hour, 'hour')}`,
})
