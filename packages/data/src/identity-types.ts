import type { MembershipRole, MembershipStatus } from '@binome/core'

/** A platform user: who signs in, bound to the issuer's `sub`. */
export interface User {
  id: string
  email: string
  name: string
  platformRole: 'operator' | null
  /** The issuer's `sub` this user is bound to, set at their first sign-in (users are invited by e-mail, before it exists). */
  subject?: string
  createdAt: string
  version: number
}

export interface MembershipIndexEntry {
  orgId: string
  role: MembershipRole
  status: MembershipStatus
  version: number
}
