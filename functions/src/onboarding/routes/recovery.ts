import { route } from '../../shared/routes'
import { invite, notFound, type Membership } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { AuditEntry } from '@binome/data'
import type { App } from '../../shared/app'
import { resolveInvitee, sendInvitation } from '../invitations'

/**
 * The operator's way out when an organisation has no admin anyone can reach: the person named by e-mail becomes
 * its admin — at once if they are an active member, otherwise through an invitation they accept. Every appointment
 * is appended to the organisation's audit log in the same transaction, and the answer carries ids only.
 */
export function registerRecovery(app: App) {
  app.openapi(route(routes.appointAdmin), async (c) => {
    const { deps, user } = c.var
    const { orgId } = c.req.valid('param')
    const { email, name } = c.req.valid('json')
    const org = await deps.data.identity.organisationEntry(orgId)
    if (!org) throw notFound('organisation')
    const tenant = deps.data.forTenant({ orgId, userId: user.id, role: 'system' })
    const now = deps.now().toISOString()
    const { userId, newUser } = await resolveInvitee(deps, email, name, now)
    const current = await tenant.members.get(userId)
    const answer = (m: Membership) => c.json({ orgId, userId: m.userId, role: m.role, status: m.status }, 200)
    if (current?.role === 'admin' && current.status === 'active') return answer(current)

    const entry: AuditEntry = {
      id: deps.newId(), at: now, actorId: user.id, actorKind: 'operator', action: 'admin.appointed-by-operator', subjectUserId: userId,
      facts: { roleBefore: current?.role ?? 'none', statusBefore: current?.status ?? 'none', role: 'admin' },
    }
    const audit = tenant.audit.appendItem(entry)
    let next: Membership
    if (current) {
      next = { ...current, role: 'admin', version: current.version + 1 }
      await tenant.members.replace(next, current, [audit])
    } else {
      next = invite({ orgId, userId, email, name, role: 'admin' }, user.id, now)
      await deps.directory.ensureUser(email, name)
      await tenant.members.add(next, [...(newUser ? deps.data.identity.newUserItems(newUser) : []), audit])
    }
    if (next.status === 'invited') await sendInvitation(deps, { org, membership: next, inviter: user.name })
    return answer(next)
  })
}
