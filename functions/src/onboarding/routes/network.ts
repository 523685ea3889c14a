import { route } from '../../shared/routes'
import {
  assertCanRefer, forbidden, newNetworkPartner, newPerson, newReferral, notFound, referralView, updateNetworkPartner,
  type NetworkPartner,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { TenantData } from '@binome/data'
import type { App } from '../../shared/app'
import { checkedAnswers } from '../answers'

/**
 * The network partner the calling partner user acts for, from their membership (an admin chose it when inviting
 * them). Every referral route starts here: what a partner may see is decided by this id, never by the request.
 */
async function callerPartner(tenant: TenantData): Promise<NetworkPartner> {
  const membership = await tenant.members.require(tenant.ctx.userId)
  if (!membership.networkPartnerId) throw forbidden('Your membership is not tied to a network partner')
  return tenant.networkPartners.get(membership.networkPartnerId)
}

/**
 * The organisation's local network ("partenaires ISP") and the referrals its partner users make. A partner user
 * reaches only the people its own network partner referred, through that partner's referral partition, and reads
 * of them only the answers the programme's form lets partners see.
 */
export function registerNetwork(app: App) {
  app.openapi(route(routes.listNetworkPartners), async (c) => {
    const { active, ...q } = c.req.valid('query')
    return c.json(await c.var.tenant.networkPartners.page({ ...q, active: active === undefined ? undefined : active === 'true' }), 200)
  })

  app.openapi(route(routes.createNetworkPartner), async (c) => {
    const { deps, tenant } = c.var
    const p = newNetworkPartner(c.req.valid('json'), { id: deps.newId(), orgId: tenant.ctx.orgId, now: deps.now().toISOString() })
    await tenant.networkPartners.create(p)
    return c.json(p, 201)
  })

  app.openapi(route(routes.readNetworkPartner), async (c) => {
    return c.json(await c.var.tenant.networkPartners.get(c.req.valid('param').networkPartnerId), 200)
  })

  app.openapi(route(routes.updateNetworkPartner), async (c) => {
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const next = await tenant.networkPartners.update(c.req.valid('param').networkPartnerId, version, (p) => updateNetworkPartner(p, changes, now))
    return c.json(next, 200)
  })

  app.openapi(route(routes.referralForm), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const [partner, programme, current] = await Promise.all([
      callerPartner(tenant), tenant.programmes.get(programmeId), tenant.rules.current(programmeId),
    ])
    return c.json({
      programmeId, programmeName: programme.name, networkPartnerId: partner.id, networkPartnerName: partner.name,
      rulesVersion: current.version, form: current.rules.forms.mentee,
    }, 200)
  })

  app.openapi(route(routes.createReferral), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { note, ...body } = c.req.valid('json')
    const partner = await callerPartner(tenant)
    assertCanRefer(partner)
    const current = await tenant.rules.current(programmeId) // 404 for another tenant's programme id
    const answers = await checkedAnswers(current.rules.forms.mentee, body.answers)
    const now = deps.now().toISOString()
    const person = newPerson({ ...body, kind: 'mentee', answers, referredBy: partner.id, status: 'applicant' }, {
      id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, now,
    })
    const referral = newReferral(person, note, { userId: tenant.ctx.userId, now })
    await tenant.referrals.create(person, referral)
    return c.json(referralView(person, referral, current.rules.forms.mentee), 201)
  })

  app.openapi(route(routes.listReferrals), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const [partner, current] = await Promise.all([callerPartner(tenant), tenant.rules.current(programmeId)])
    const page = await tenant.referrals.page(programmeId, partner.id, c.req.valid('query'))
    const items = await Promise.all(page.items.map(async (r) => referralView(await tenant.people.get(programmeId, 'mentee', r.personId), r, current.rules.forms.mentee)))
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })

  app.openapi(route(routes.readReferral), async (c) => {
    const { tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const [partner, current] = await Promise.all([callerPartner(tenant), tenant.rules.current(programmeId)])
    // Looked up under the caller's own partner: someone another partner referred, or no one referred, is not found.
    const referral = await tenant.referrals.get(programmeId, partner.id, personId)
    if (!referral) throw notFound('person')
    return c.json(referralView(await tenant.people.get(programmeId, 'mentee', personId), referral, current.rules.forms.mentee), 200)
  })

  app.openapi(route(routes.listPartnerReferrals), async (c) => {
    const { tenant } = c.var
    const { programmeId, networkPartnerId } = c.req.valid('param')
    await Promise.all([tenant.programmes.get(programmeId), tenant.networkPartners.get(networkPartnerId)]) // 404s
    const page = await tenant.referrals.page(programmeId, networkPartnerId, c.req.valid('query'))
    const items = await Promise.all(page.items.map(async ({ orgId: _o, ...r }) => {
      const { firstName, lastName, status } = await tenant.people.get(programmeId, 'mentee', r.personId)
      return { ...r, firstName, lastName, status }
    }))
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })
}
