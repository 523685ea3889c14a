import { createRoute } from '../../shared/routes'
import { PeopleQuery, PersonPage } from '@binome/contracts'
import type { App } from '../../shared/app'
import { allow } from '../../shared/auth'
import { ProgrammeParams, errors, json, security } from '../../shared/openapi'

const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people', tags: ['People'], security,
  summary: "List a programme's mentors and mentees (staff only)",
  request: { params: ProgrammeParams, query: PeopleQuery },
  responses: { 200: json(PersonPage), ...errors(400, 401, 403, 404) },
})

/** The people of a programme, as screened by the coordinators. */
export function registerPeople(app: App) {
  app.openapi(list, async (c) => {
    allow(c, 'people.read')
    const { programmeId } = c.req.valid('param')
    const q = c.req.valid('query')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    return c.json(await c.var.tenant.people.page(programmeId, q), 200)
  })
}
