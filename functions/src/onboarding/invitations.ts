import type { Membership, Organisation } from '@binome/core'
import { invitationLink } from '@binome/contracts'
import type { User } from '@binome/data'
import type { Deps } from '../shared/deps'
import { mailMessages } from '../shared/messages'

/**
 * The user an invitation is for: the existing one with that e-mail, or a new one to create in the same
 * transaction as the membership.
 */
export async function resolveInvitee(deps: Deps, email: string, name: string, now: string): Promise<{ userId: string; newUser?: User }> {
  const existing = await deps.data.identity.findUserByEmail(email)
  if (existing) return { userId: existing.id }
  const newUser: User = { id: deps.newId(), email, name, platformRole: null, createdAt: now, version: 1 }
  return { userId: newUser.id, newUser }
}

/**
 * Sends the invitation e-mail in the organisation's language. The membership is already committed; a mail
 * failure is logged and does not undo it (the admin can see the pending invitation and resend).
 */
export async function sendInvitation(deps: Deps, v: { org: Organisation; membership: Membership; inviter: string }) {
  const msg = mailMessages.invitation(v.org.locale, {
    name: v.membership.name,
    orgName: v.org.name,
    role: v.membership.role,
    inviter: v.inviter,
    url: invitationLink(deps.appUrl, v.membership.email),
  })
  try {
    await deps.mailer.send({ to: v.membership.email, ...msg })
  } catch (error) {
    deps.logger.error('invitation e-mail not sent', { orgId: v.org.id, userId: v.membership.userId, error })
  }
}
