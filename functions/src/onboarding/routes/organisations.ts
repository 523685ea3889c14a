import { createRoute } from '../../shared/routes'
import { forbidden, invite, newOrganisation, updateOrganisation } from '@binome/core'
import { CreateOrganisation, Organisation, OrganisationPage, PageQuery, UpdateOrganisation } from '@binome/contracts'
import type { Organisation as OrganisationRecord } from '@binome/core'
import type { App } from '../../shared/app'
import { allow } from '../../shared/auth'
import { OrgParams, errors, json, jsonBody, security } from '../../shared/openapi'
import { resolveInvitee, sendInvitation } from '../invitations'

const tags = ['Organisations']

const list = createRoute({
  method: 'get', path: '/orgs', tags, security, summary: 'List all organisations (platform operator)',
  request: { query: PageQuery },
  responses: { 200: json(OrganisationPage), ...errors(400, 401, 403) },
})
const create = createRoute({
  method: 'post', path: '/orgs', tags, security,
  summary: 'Create an organisation, optionally inviting its first admin (platform operator)',
  request: { ...jsonBody(CreateOrganisation) },
  responses: { 201: json(Organisation, 'Created'), ...errors(400, 401, 403, 409, 413) },
})
const read = createRoute({
  method: 'get', path: '/orgs/{orgId}', tags, security, summary: 'Read an organisation (members)',
  request: { params: OrgParams },
  responses: { 200: json(Organisation), ...errors(401, 403, 404) },
})
const update = createRoute({
  method: 'patch', path: '/orgs/{orgId}', tags, security, summary: 'Update your organisation (admin)',
  request: { params: OrgParams, ...jsonBody(UpdateOrganisation) },
  responses: { 200: json(Organisation), ...errors(400, 401, 403, 404, 409, 413) },
})

/** Organisations: the operator creates and lists them; admins edit their own. */
export function registerOrganisations(app: App) {
  app.openapi(list, async (c) => {
    if (c.var.user.platformRole !== 'operator') throw forbidden('Only the platform operator lists organisations', 'operator-only')
    return c.json(await c.var.deps.data.identity.organisationsPage(c.req.valid('query')), 200)
  })

  app.openapi(create, async (c) => {
    const { deps, user } = c.var
    if (user.platformRole !== 'operator') throw forbidden('Only the platform operator creates organisations', 'operator-only')
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

  app.openapi(read, async (c) => {
    allow(c, 'organisation.read')
    return c.json(await c.var.tenant.organisation.get(), 200)
  })

  app.openapi(update, async (c) => {
    allow(c, 'organisation.update')
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    return c.json(await tenant.organisation.update(version, (o) => updateOrganisation(o, changes, now)), 200)
  })
}
