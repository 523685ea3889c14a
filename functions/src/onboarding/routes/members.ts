import { route } from '../../shared/routes'
import { assertCanInvite, assertKeepsAnAdmin, changeRole, invite } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import { resolveInvitee, sendInvitation } from '../invitations'

/** Members and invitations of an organisation. */
export function registerMembers(app: App) {
  app.openapi(route(routes.listMembers), async (c) => {
    return c.json(await c.var.tenant.members.page(c.req.valid('query')), 200)
  })

  app.openapi(route(routes.invite), async (c) => {
    const { deps, tenant, user } = c.var
    const body = c.req.valid('json')
    const now = deps.now().toISOString()
    const org = await tenant.organisation.get()
    const { userId, newUser } = await resolveInvitee(deps, body.email, body.name, now)
    assertCanInvite(await tenant.members.get(userId))
    const membership = invite({ orgId: org.id, userId, email: body.email, name: body.name, role: body.role }, user.id, now)
    await deps.directory.ensureUser(body.email, body.name)
    await tenant.members.add(membership, newUser ? deps.data.identity.newUserItems(newUser) : [])
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(membership, 201)
  })

  app.openapi(route(routes.updateMember), async (c) => {
    const { tenant } = c.var
    const { role, version } = c.req.valid('json')
    const next = await tenant.members.update(c.req.valid('param').userId, version, (m, activeAdmins) => changeRole(m, role, { activeAdmins }))
    return c.json(next, 200)
  })

  app.openapi(route(routes.removeMember), async (c) => {
    const { tenant } = c.var
    await tenant.members.removeAt(c.req.valid('param').userId, c.req.valid('query').version, assertKeepsAnAdmin)
    return c.body(null, 204)
  })
}
