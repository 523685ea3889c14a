import { route } from '../../shared/routes'
import {
  addFieldSession, invite, newOrganisation, newPartnership, newProgramme, summarisePartnership,
  updateChecklistItem, viewPartnership, type Partnership,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'
import { resolveInvitee, sendInvitation } from '../invitations'

/** Whether the partner's first admin accepted (read from their own membership index; null if they left). */
const adminStatusOf = async (deps: Deps, p: Partnership) => (await deps.data.identity.membership(p.adminUserId, p.partnerOrgId))?.status ?? null

/**
 * Methodology transfer: a training organisation's trainers create partner organisations from a template, invite
 * their first admin and follow each one's checklist. Everything is read and written in the trainer's organisation;
 * the partner's configuration is reached through the partnership only (`tenant.partners.configuration`).
 */
export function registerPartners(app: App) {
  app.openapi(route(routes.listPartners), async (c) => {
    const { deps, tenant } = c.var
    const page = await tenant.partners.page(c.req.valid('query'))
    const items = await Promise.all(page.items.map(async (p) => summarisePartnership(p, await adminStatusOf(deps, p))))
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })

  app.openapi(route(routes.createPartner), async (c) => {
    const { deps, tenant, user } = c.var
    const body = c.req.valid('json')
    const now = deps.now().toISOString()
    const org = newOrganisation({ name: body.name, ...(body.locale && { locale: body.locale }) }, { id: deps.newId(), now })
    const { userId, newUser } = await resolveInvitee(deps, body.admin.email, body.admin.name, now)
    const membership = invite({ orgId: org.id, userId, email: body.admin.email, name: body.admin.name, role: 'admin' }, user.id, now)
    const partnership = newPartnership(
      { partnerOrgId: org.id, partnerName: org.name, methodologyId: body.methodologyId, admin: { userId, email: body.admin.email, name: body.admin.name } },
      { orgId: tenant.ctx.orgId, userId: user.id, now },
    )
    await deps.directory.ensureUser(body.admin.email, body.admin.name)
    // The organisation, its invited admin and the trainer's partnership record: all or nothing.
    await deps.data.identity.createOrganisation(org, { membership, ...(newUser && { newUser }) }, [tenant.partners.newItem(partnership)])
    // The partner starts with a first programme (a draft) on the methodology's rules, which its admin adapts; written
    // with the partner's own credentials, as the onboarding's system act (the trainer is not the partner's member).
    // The methodologies' rules (~110 KB of minified code with the standard e-mails) load here, not at cold start.
    const { methodologies, methodologyRules } = await import('@binome/core/methodologies')
    const methodology = methodologies.find((m) => m.id === body.methodologyId)!
    await deps.data.forTenant({ orgId: org.id, userId: user.id, role: 'system' }).programmes.create(
      newProgramme({ name: methodology.name[org.locale] }, { id: deps.newId(), orgId: org.id, now }),
      methodologyRules(body.methodologyId)!,
      { kind: 'template', from: body.methodologyId },
    )
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(viewPartnership(partnership, membership.status), 201)
  })

  app.openapi(route(routes.readPartner), async (c) => {
    const { deps, tenant } = c.var
    const p = await tenant.partners.get(c.req.valid('param').partnerId)
    return c.json(viewPartnership(p, await adminStatusOf(deps, p)), 200)
  })

  app.openapi(route(routes.updateChecklistItem), async (c) => {
    const { deps, tenant } = c.var
    const { partnerId, itemId } = c.req.valid('param')
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const p = await tenant.partners.update(partnerId, version, (current) => updateChecklistItem(current, itemId, changes, now))
    return c.json(viewPartnership(p, await adminStatusOf(deps, p)), 200)
  })

  app.openapi(route(routes.addFieldSession), async (c) => {
    const { deps, tenant } = c.var
    const { version, ...draft } = c.req.valid('json')
    const now = deps.now().toISOString()
    const p = await tenant.partners.update(c.req.valid('param').partnerId, version, (current) => addFieldSession(current, draft, now))
    return c.json(viewPartnership(p, await adminStatusOf(deps, p)), 201)
  })

  app.openapi(route(routes.readPartnerConfiguration), async (c) => {
    return c.json(await c.var.tenant.partners.configuration(c.req.valid('param').partnerId), 200)
  })
}
