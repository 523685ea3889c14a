import { createRoute } from '../../shared/routes'
import * as z from 'zod'
import { assertCanInvite, assertKeepsAnAdmin, changeRole, invite, staleVersion } from '@binome/core'
import { CreateInvitation, Id, Member, MemberPage, PageQuery, UpdateMember, Version } from '@binome/contracts'
import type { App } from '../../shared/app'
import { allow } from '../../shared/auth'
import { OrgParams, errors, json, jsonBody, security } from '../../shared/openapi'
import { resolveInvitee, sendInvitation } from '../invitations'

const tags = ['Members']
const MemberParams = z.strictObject({ orgId: Id, userId: Id })

const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/members', tags, security, summary: 'List members and pending invitations',
  request: { params: OrgParams, query: PageQuery },
  responses: { 200: json(MemberPage), ...errors(400, 401, 403, 404) },
})
const inviteRoute = createRoute({
  method: 'post', path: '/orgs/{orgId}/invitations', tags, security, summary: 'Invite someone by e-mail with a role (admin)',
  request: { params: OrgParams, ...jsonBody(CreateInvitation) },
  responses: { 201: json(Member, 'Invited'), ...errors(400, 401, 403, 404, 409, 413) },
})
const update = createRoute({
  method: 'patch', path: '/orgs/{orgId}/members/{userId}', tags, security, summary: "Change a member's role (admin)",
  request: { params: MemberParams, ...jsonBody(UpdateMember) },
  responses: { 200: json(Member), ...errors(400, 401, 403, 404, 409) },
})
const remove = createRoute({
  method: 'delete', path: '/orgs/{orgId}/members/{userId}', tags, security, summary: 'Remove a member or withdraw an invitation (admin)',
  request: { params: MemberParams, query: z.strictObject({ version: z.coerce.number().pipe(Version) }) },
  responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404, 409) },
})

/** Members and invitations of an organisation. */
export function registerMembers(app: App) {
  app.openapi(list, async (c) => {
    allow(c, 'members.read')
    return c.json(await c.var.tenant.members.page(c.req.valid('query')), 200)
  })

  app.openapi(inviteRoute, async (c) => {
    allow(c, 'members.invite')
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

  app.openapi(update, async (c) => {
    allow(c, 'members.update')
    const { tenant } = c.var
    const { role, version } = c.req.valid('json')
    const current = await tenant.members.require(c.req.valid('param').userId)
    if (current.version !== version) throw staleVersion('membership')
    const next = changeRole(current, role, { activeAdmins: await tenant.members.countActive('admin') })
    await tenant.members.replace(next, current)
    return c.json(next, 200)
  })

  app.openapi(remove, async (c) => {
    allow(c, 'members.update')
    const { tenant } = c.var
    const current = await tenant.members.require(c.req.valid('param').userId)
    if (current.version !== c.req.valid('query').version) throw staleVersion('membership')
    assertKeepsAnAdmin(current, await tenant.members.countActive('admin'))
    await tenant.members.remove(current)
    return c.body(null, 204)
  })
}
