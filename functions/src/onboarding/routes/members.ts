import { route } from '../../shared/routes'
import { DomainError, assertCanInvite, assertKeepsAnAdmin, changeRole, invite } from '@binome/core'
import type { TenantData } from '@binome/data'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import { resolveInvitee, sendInvitation } from '../invitations'

/** A partner user's network partner must be one of the organisation's own: another's id names nothing here. */
async function assertKnownNetworkPartner(tenant: TenantData, networkPartnerId: string | undefined): Promise<void> {
  if (networkPartnerId === undefined) return
  try {
    await tenant.networkPartners.get(networkPartnerId)
  } catch {
    throw new DomainError('validation', 'No such network partner in this organisation', {
      details: [{ path: 'networkPartnerId', reason: 'invalid', message: 'not one of the organisation’s network partners' }],
    })
  }
}

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
    await assertKnownNetworkPartner(tenant, body.networkPartnerId)
    const { userId, newUser } = await resolveInvitee(deps, body.email, body.name, now)
    assertCanInvite(await tenant.members.get(userId))
    const membership = invite({ orgId: org.id, userId, email: body.email, name: body.name, role: body.role, networkPartnerId: body.networkPartnerId }, user.id, now)
    await deps.directory.ensureUser(body.email, body.name)
    await tenant.members.add(membership, newUser ? deps.data.identity.newUserItems(newUser) : [])
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(membership, 201)
  })

  app.openapi(route(routes.updateMember), async (c) => {
    const { tenant } = c.var
    const { role, version, networkPartnerId } = c.req.valid('json')
    await assertKnownNetworkPartner(tenant, networkPartnerId)
    const next = await tenant.members.update(c.req.valid('param').userId, version, (m, activeAdmins) => changeRole(m, role, { activeAdmins, networkPartnerId }))
    return c.json(next, 200)
  })

  app.openapi(route(routes.removeMember), async (c) => {
    const { tenant } = c.var
    await tenant.members.removeAt(c.req.valid('param').userId, c.req.valid('query').version, assertKeepsAnAdmin)
    return c.body(null, 204)
  })
}
