import { createRoute } from '../../shared/routes'
import { archiveProgramme, newProgramme, updateProgramme } from '@binome/core'
import { ArchiveProgramme, CreateProgramme, Programme, ProgrammeListQuery, ProgrammePage, UpdateProgramme } from '@binome/contracts'
import type { App } from '../../shared/app'
import { allow } from '../../shared/auth'
import { OrgParams, ProgrammeParams, errors, json, jsonBody, security } from '../../shared/openapi'

const tags = ['Programmes']

const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes', tags, security, summary: "List the organisation's programmes",
  request: { params: OrgParams, query: ProgrammeListQuery },
  responses: { 200: json(ProgrammePage), ...errors(400, 401, 403, 404) },
})
const create = createRoute({
  method: 'post', path: '/orgs/{orgId}/programmes', tags, security, summary: 'Create a programme',
  request: { params: OrgParams, ...jsonBody(CreateProgramme) },
  responses: { 201: json(Programme, 'Created'), ...errors(400, 401, 403, 404, 413) },
})
const read = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}', tags, security, summary: 'Read a programme',
  request: { params: ProgrammeParams },
  responses: { 200: json(Programme), ...errors(400, 401, 403, 404) },
})
const update = createRoute({
  method: 'patch', path: '/orgs/{orgId}/programmes/{programmeId}', tags, security,
  summary: 'Update a programme (send the version you read; a stale version gets 409)',
  request: { params: ProgrammeParams, ...jsonBody(UpdateProgramme) },
  responses: { 200: json(Programme), ...errors(400, 401, 403, 404, 409, 413) },
})
const archive = createRoute({
  method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/archive', tags, security,
  summary: 'Archive a programme (read-only afterwards, kept for reporting)',
  request: { params: ProgrammeParams, ...jsonBody(ArchiveProgramme) },
  responses: { 200: json(Programme), ...errors(400, 401, 403, 404, 409) },
})

/** Programmes: create, list, read, update, archive. */
export function registerProgrammes(app: App) {
  app.openapi(list, async (c) => {
    allow(c, 'programmes.read')
    const q = c.req.valid('query')
    return c.json(await c.var.tenant.programmes.page(q), 200)
  })

  app.openapi(create, async (c) => {
    allow(c, 'programmes.write')
    const { deps, tenant } = c.var
    const p = newProgramme(c.req.valid('json'), { id: deps.newId(), orgId: tenant.ctx.orgId, now: deps.now().toISOString() })
    await tenant.programmes.create(p)
    return c.json(p, 201)
  })

  app.openapi(read, async (c) => {
    allow(c, 'programmes.read')
    return c.json(await c.var.tenant.programmes.get(c.req.valid('param').programmeId), 200)
  })

  app.openapi(update, async (c) => {
    allow(c, 'programmes.write')
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const next = await tenant.programmes.update(c.req.valid('param').programmeId, version, (p) => updateProgramme(p, changes, now))
    return c.json(next, 200)
  })

  app.openapi(archive, async (c) => {
    allow(c, 'programmes.write')
    const { deps, tenant } = c.var
    const now = deps.now().toISOString()
    const next = await tenant.programmes.update(c.req.valid('param').programmeId, c.req.valid('json').version, (p) => archiveProgramme(p, now))
    return c.json(next, 200)
  })
}
