import { route } from '../../shared/routes'
import { invite, newOrganisation, updateOrganisation } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { Organisation as OrganisationRecord } from '@binome/core'
import type { App } from '../../shared/app'
import { resolveInvitee, sendInvitation } from '../invitations'

/** Organisations: the operator creates and lists them; admins edit their own. */
export function registerOrganisations(app: App) {
  app.openapi(route(routes.listOrganisations), async (c) => {
    return c.json(await c.var.deps.data.identity.organisationsPage(c.req.valid('query')), 200)
  })

  app.openapi(route(routes.createOrganisation), async (c) => {
    const { deps, user } = c.var
    const body = c.req.valid('json')
    const now = deps.now().toISOString()
    const org: OrganisationRecord = newOrganisation(body, { id: deps.newId(), now })
    if (!body.admin) {
      await deps.data.identity.createOrganisation(org)
      return c.json(org, 201)
    }
    const { userId, newUser } = await resolveInvitee(deps, body.admin.email, body.admin.name, now)
    const membership = invite({ orgId: org.id, userId, email: body.admin.email, name: body.admin.name, role: 'admin' }, user.id, now)
    await deps.directory.ensureUser(body.admin.email, body.admin.name)
    await deps.data.identity.createOrganisation(org, { membership, ...(newUser && { newUser }) })
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(org, 201)
  })

  app.openapi(route(routes.readOrganisation), async (c) => {
    return c.json(await c.var.tenant.organisation.get(), 200)
  })

  app.openapi(route(routes.updateOrganisation), async (c) => {
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    return c.json(await tenant.organisation.update(version, (o) => updateOrganisation(o, changes, now)), 200)
  })
}
