import { DomainError } from './errors'
import type { MembershipRole, MembershipStatus } from './roles'

export interface Membership {
  orgId: string
  userId: string
  email: string
  name: string
  role: MembershipRole
  status: MembershipStatus
  invitedBy: string | null
  invitedAt: string
  joinedAt: string | null
  version: number
}

/**
 * A membership offered by an admin; it becomes active when the invited person accepts.
 *
 * @example
 * invite({ orgId: 'o1', userId: 'u2', email: 'a@b.be', name: 'Ana', role: 'coordinator' }, 'u1', now).status // 'invited'
 */
export function invite(
  who: { orgId: string; userId: string; email: string; name: string; role: MembershipRole },
  invitedBy: string | null,
  now: string,
): Membership {
  return { ...who, status: 'invited', invitedBy, invitedAt: now, joinedAt: null, version: 1 }
}

/** Refuses to invite someone who already belongs to the organisation. */
export function assertCanInvite(existing: Membership | undefined): void {
  if (existing) {
    throw existing.status === 'active'
      ? new DomainError('already-member', 'This person is already a member of the organisation')
      : new DomainError('already-invited', 'This person has already been invited')
  }
}

/**
 * Accepts an invitation.
 *
 * @example
 * accept(m, now).status // 'active'
 */
export function accept(current: Membership, now: string): Membership {
  if (current.status === 'active') throw new DomainError('invitation-already-accepted', 'The invitation was already accepted')
  return { ...current, status: 'active', joinedAt: now, version: current.version + 1 }
}

/**
 * Changes a member's role; the organisation must keep at least one active admin.
 *
 * @example
 * changeRole(m, 'coordinator', { activeAdmins: 2 }).role // 'coordinator'
 */
export function changeRole(current: Membership, role: MembershipRole, ctx: { activeAdmins: number }): Membership {
  assertKeepsAnAdmin(current, ctx.activeAdmins, role)
  return { ...current, role, version: current.version + 1 }
}

/** The refusal of a change that would leave the organisation without an active admin. */
export const lastAdminError = () => new DomainError('last-admin', 'The organisation must keep at least one active admin')

/**
 * Removing or demoting the last active admin would lock the organisation out of its own settings. This early
 * check gives the clear answer in the common case; under concurrency the data layer's admin guard enforces it.
 */
export function assertKeepsAnAdmin(current: Membership, activeAdmins: number, newRole?: MembershipRole): void {
  const losesAdmin = current.role === 'admin' && current.status === 'active' && newRole !== 'admin'
  if (losesAdmin && activeAdmins <= 1) throw lastAdminError()
}
