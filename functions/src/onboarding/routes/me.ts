import { route } from '../../shared/routes'
import { accept, forbidden } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'

/** The signed-in user's own view: profile, memberships, invitations. */
export function registerMe(app: App) {
  app.openapi(route(routes.me), async (c) => {
    const { deps, user, memberships: entries } = c.var
    const memberships = await Promise.all(
      entries.map(async (e) => ({
        orgId: e.orgId,
        orgName: (await deps.data.identity.organisationEntry(e.orgId))?.name ?? e.orgId,
        role: e.role,
        status: e.status,
      })),
    )
    return c.json(
      { user: { id: user.id, email: user.email, name: user.name, platformRole: user.platformRole }, memberships },
      200,
    )
  })

  app.openapi(route(routes.acceptInvitation), async (c) => {
    const { deps, user } = c.var
    const { orgId } = c.req.valid('param')
    const entry = await deps.data.identity.membership(user.id, orgId)
    if (!entry) throw forbidden('You have no invitation from this organisation', 'no-invitation')
    const tenant = deps.data.forTenant({ orgId, userId: user.id, role: entry.role })
    const current = await tenant.members.require(user.id)
    const next = accept(current, deps.now().toISOString())
    await tenant.members.replace(next, current)
    const org = await deps.data.identity.organisationEntry(orgId)
    return c.json({ orgId, orgName: org?.name ?? orgId, role: next.role, status: next.status }, 200)
  })
}
