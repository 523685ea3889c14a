import { DomainError } from './errors'
import type { MembershipRole, MembershipStatus } from './roles'

export interface Membership {
  orgId: string
  userId: string
  email: string
  name: string
  role: MembershipRole
  /** For the role `partner` only: the network partner (./network.ts) the user refers people for. */
  networkPartnerId?: string
  /**
   * For the roles `mentor` and `mentee` only: the person (./people.ts) this account is, and their programme. The
   * portal shows a mentor or mentee their own duos through it, and nothing else.
   */
  personId?: string
  programmeId?: string
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
  who: {
    orgId: string; userId: string; email: string; name: string; role: MembershipRole; networkPartnerId?: string | undefined
    personId?: string | undefined; programmeId?: string | undefined
  },
  invitedBy: string | null,
  now: string,
): Membership {
  const { networkPartnerId, personId, programmeId, ...rest } = who
  return {
    ...rest, ...partnerLink(who.role, networkPartnerId), ...personLink(who.role, { personId, programmeId }),
    status: 'invited', invitedBy, invitedAt: now, joinedAt: null, version: 1,
  }
}

/** The roles whose account is one of the programme's people (a mentor or a mentee), and only they. */
export const personRoles: readonly MembershipRole[] = ['mentor', 'mentee']

/** A mentor's or mentee's link to their person. */
export interface PersonLink {
  personId?: string | undefined
  programmeId?: string | undefined
}

/**
 * A mentor or mentee account is one person of one programme, and only those roles are: without it the portal could
 * show them no duo, and on another role it would mean nothing.
 *
 * @example
 * personLink('mentor', { personId: 'mentor-01', programmeId: 'p1' }) // { personId: 'mentor-01', programmeId: 'p1' }
 */
export function personLink(role: MembershipRole, link: PersonLink): { personId?: string; programmeId?: string } {
  const fields = ['personId', 'programmeId'] as const
  if (personRoles.includes(role)) {
    const missing = fields.filter((f) => !link[f])
    if (missing.length) {
      throw new DomainError('validation', 'A mentor or mentee account is one person of a programme', {
        details: missing.map((path) => ({ path, reason: 'required', message: 'choose the person this mentor or mentee account is' })),
      })
    }
    return { personId: link.personId!, programmeId: link.programmeId! }
  }
  const extra = fields.filter((f) => link[f])
  if (extra.length) {
    throw new DomainError('validation', 'Only a mentor or mentee account is a person of a programme', {
      details: extra.map((path) => ({ path, reason: 'unknown-field', message: 'only the roles mentor and mentee name a person' })),
    })
  }
  return {}
}

/**
 * A partner user acts for one network partner, and only a partner user has one: a partner without it could see no
 * one's referrals and refer for no one, and a link on another role would mean nothing.
 */
function partnerLink(role: MembershipRole, networkPartnerId: string | undefined): { networkPartnerId?: string } {
  if (role === 'partner' && !networkPartnerId) {
    throw new DomainError('validation', 'A partner user belongs to one network partner', {
      details: [{ path: 'networkPartnerId', reason: 'required', message: 'choose the network partner this user refers people for' }],
    })
  }
  if (role !== 'partner' && networkPartnerId) {
    throw new DomainError('validation', 'Only a partner user belongs to a network partner', {
      details: [{ path: 'networkPartnerId', reason: 'unknown-field', message: 'only the role partner has a network partner' }],
    })
  }
  return networkPartnerId ? { networkPartnerId } : {}
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
export function changeRole(
  current: Membership, role: MembershipRole,
  ctx: { activeAdmins: number; networkPartnerId?: string | undefined } & PersonLink,
): Membership {
  assertKeepsAnAdmin(current, ctx.activeAdmins, role)
  const { networkPartnerId: _previous, personId: _person, programmeId: _programme, ...rest } = current
  // Staying a partner keeps the link unless another is given; any other role drops it.
  const link = role === 'partner' ? (ctx.networkPartnerId ?? current.networkPartnerId) : ctx.networkPartnerId
  // Staying the same mentor or mentee keeps their person unless another is given; a person is one side only.
  const same = role === current.role
  const person = {
    personId: ctx.personId ?? (same ? current.personId : undefined),
    programmeId: ctx.programmeId ?? (same ? current.programmeId : undefined),
  }
  return { ...rest, role, ...partnerLink(role, link), ...personLink(role, person), version: current.version + 1 }
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
