import { route } from '../../shared/routes'
import { DomainError, assertCanInvite, assertKeepsAnAdmin, changeRole, displayName, invite, personRoles, type MembershipRole } from '@binome/core'
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

/**
 * A mentor or mentee account's person must be one of the organisation's own people, of the programme named and of
 * the account's side: a mentor account is a mentor. Another organisation's person names nothing here.
 */
async function assertKnownPerson(tenant: TenantData, role: MembershipRole, link: { personId?: string | undefined; programmeId?: string | undefined }): Promise<void> {
  if (!personRoles.includes(role) || !link.personId || !link.programmeId) return // the core says what is missing or extra
  const refusal = new DomainError('validation', `No such ${role} in this programme`, {
    details: [{ path: 'personId', reason: 'invalid', message: `not one of the programme’s ${role}s` }],
  })
  const person = await tenant.people.find(link.programmeId, link.personId).catch(() => { throw refusal })
  if (person.kind !== role || person.erasedAt) throw refusal
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
    await assertKnownPerson(tenant, body.role, body)
    const { userId, newUser } = await resolveInvitee(deps, body.email, body.name, now)
    assertCanInvite(await tenant.members.get(userId))
    const membership = invite({
      orgId: org.id, userId, email: body.email, name: body.name, role: body.role,
      networkPartnerId: body.networkPartnerId, personId: body.personId, programmeId: body.programmeId,
    }, user.id, now)
    await deps.directory.ensureUser(body.email, body.name)
    await tenant.members.add(membership, newUser ? deps.data.identity.newUserItems(newUser) : [])
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(membership, 201)
  })

  app.openapi(route(routes.updateMember), async (c) => {
    const { tenant } = c.var
    const { role, version, networkPartnerId, personId, programmeId } = c.req.valid('json')
    await assertKnownNetworkPartner(tenant, networkPartnerId)
    await assertKnownPerson(tenant, role, { personId, programmeId })
    const next = await tenant.members.update(
      c.req.valid('param').userId, version, (m, activeAdmins) => changeRole(m, role, { activeAdmins, networkPartnerId, personId, programmeId }),
    )
    return c.json(next, 200)
  })

  // A mentor's or mentee's portal: their own address invited as an account of their side, tied to them.
  app.openapi(route(routes.givePortalAccess), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const now = deps.now().toISOString()
    const [org, person] = await Promise.all([tenant.organisation.get(), tenant.people.find(programmeId, personId)])
    if (person.erasedAt) throw new DomainError('person-erased', 'This person was erased')
    const name = displayName(person)
    const { userId, newUser } = await resolveInvitee(deps, person.email, name, now)
    assertCanInvite(await tenant.members.get(userId))
    const membership = invite({ orgId: org.id, userId, email: person.email, name, role: person.kind, personId, programmeId }, user.id, now)
    await deps.directory.ensureUser(person.email, name)
    await tenant.members.add(membership, newUser ? deps.data.identity.newUserItems(newUser) : [])
    await sendInvitation(deps, { org, membership, inviter: user.name })
    return c.json(membership, 201)
  })

  app.openapi(route(routes.removeMember), async (c) => {
    const { tenant } = c.var
    await tenant.members.removeAt(c.req.valid('param').userId, c.req.valid('query').version, assertKeepsAnAdmin)
    return c.body(null, 204)
  })
}
