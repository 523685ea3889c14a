import { route } from '../../shared/routes'
import {
  assertCanRefer, forbidden, newNetworkPartner, newPerson, notFound, partnerDuoOf, partnerDuoView, partnerSharingOf, referralView,
  updateNetworkPartner, type NetworkPartner, type Person, type ProgrammeRules, type ReferralView,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { TenantData } from '@binome/data'
import type { App } from '../../shared/app'
import { checkedAnswers } from '../answers'
import { createdEntry } from './people'

/** The note a partner wrote when referring a person, from the entry that records their creation ('' when none). */
async function referralNote(tenant: TenantData, p: Pick<Person, 'programmeId' | 'id'>): Promise<string> {
  const origin = await tenant.referrals.origin(p.programmeId, p.id)
  return origin?.source === 'referral' ? origin.note ?? '' : ''
}

/**
 * A referred person's duo as their partner may see it (issue 10, "partners kept informed"): the programme's
 * `partnerSharing` decides each fact here, in the handler, so a fact not shared never leaves (absent, not null).
 */
async function withDuo(tenant: TenantData, view: ReferralView, programmeId: string, rules: ProgrammeRules): Promise<ReferralView> {
  const duo = partnerDuoOf(await tenant.duos.ofPerson(programmeId, view.personId))
  if (!duo) return view
  const shown = partnerDuoView(duo, await tenant.tracking.get(programmeId, duo.id), partnerSharingOf(rules))
  return Object.keys(shown).length > 0 ? { ...view, duo: shown } : view
}

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
    const form = current.rules.forms.mentee
    const answers = await checkedAnswers(form, body.answers)
    const person = newPerson({ ...body, kind: 'mentee', answers, referredBy: partner.id }, {
      id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, form, now: deps.now().toISOString(),
    })
    // The partner's note for the coordinators goes on the entry that records where the person came from.
    const trimmed = note.trim()
    await tenant.people.create(person, { ...createdEntry(deps, person, tenant.ctx.userId, 'referral'), ...(trimmed && { note: trimmed }) })
    return c.json(referralView(person, trimmed, form), 201)
  })

  app.openapi(route(routes.listReferrals), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const [partner, current] = await Promise.all([callerPartner(tenant), tenant.rules.current(programmeId)])
    // Only the people whose `referredBy` is the caller's own partner, from the indexed list.
    const page = await tenant.people.list(programmeId, { kind: 'mentee', referredBy: partner.id }, c.req.valid('query'))
    const items = await Promise.all(page.items.map(async (line) => {
      const [person, note] = await Promise.all([tenant.people.get(programmeId, 'mentee', line.id), referralNote(tenant, line)])
      return withDuo(tenant, referralView(person, note, current.rules.forms.mentee), programmeId, current.rules)
    }))
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })

  app.openapi(route(routes.readReferral), async (c) => {
    const { tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const [partner, current] = await Promise.all([callerPartner(tenant), tenant.rules.current(programmeId)])
    const person = await tenant.people.find(programmeId, personId)
    // Someone another partner referred, or no one referred, is not found: a partner learns nothing of them; nor of
    // someone erased since (they left the lists too).
    if (person.kind !== 'mentee' || person.referredBy !== partner.id || person.erasedAt) throw notFound('person')
    const view = referralView(person, await referralNote(tenant, person), current.rules.forms.mentee)
    return c.json(await withDuo(tenant, view, programmeId, current.rules), 200)
  })

  app.openapi(route(routes.listPartnerReferrals), async (c) => {
    const { tenant } = c.var
    const { programmeId, networkPartnerId } = c.req.valid('param')
    await Promise.all([tenant.programmes.get(programmeId), tenant.networkPartners.get(networkPartnerId)]) // 404s
    const page = await tenant.people.list(programmeId, { kind: 'mentee', referredBy: networkPartnerId }, c.req.valid('query'))
    const items = await Promise.all(page.items.map(async (line) => {
      const origin = await tenant.referrals.origin(programmeId, line.id)
      const referral = origin?.source === 'referral'
      return {
        programmeId, personId: line.id, networkPartnerId, firstName: line.firstName, lastName: line.lastName,
        stage: line.stage, ...(line.stageDates[line.stage] && { stageDate: line.stageDates[line.stage] }),
        note: referral ? origin.note ?? '' : '', ...(referral && origin.by && { referredByUserId: origin.by }),
        createdAt: origin?.at ?? line.stageDates.applied ?? line.updatedAt,
      }
    }))
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })
}
