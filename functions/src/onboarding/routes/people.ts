import { route } from '../../shared/routes'
import { newPerson, updatePerson } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import { checkedAnswers } from '../answers'

/**
 * The people of a programme, as screened by the coordinators: identity first-class, the rest as answers to the
 * programme's current form for their kind, recorded with the rules version they were checked under. Staff see every
 * answer; the proposal and partner views (which show only the fields whose `visibility` allows) come with them.
 */
export function registerPeople(app: App) {
  app.openapi(route(routes.listPeople), async (c) => {
    const { programmeId } = c.req.valid('param')
    const q = c.req.valid('query')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    return c.json(await c.var.tenant.people.page(programmeId, q), 200)
  })

  app.openapi(route(routes.createPerson), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const current = await tenant.rules.current(programmeId) // 404 for another tenant's programme id
    const answers = await checkedAnswers(current.rules.forms[body.kind], body.answers)
    const p = newPerson({ ...body, answers }, {
      id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, now: deps.now().toISOString(),
    })
    await tenant.people.create(p)
    return c.json(p, 201)
  })

  app.openapi(route(routes.readPerson), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    return c.json(await c.var.tenant.people.find(programmeId, personId), 200)
  })

  app.openapi(route(routes.updatePerson), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version, answers, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    if (answers === undefined) {
      return c.json(await tenant.people.update(programmeId, personId, version, (p) => updatePerson(p, changes, now)), 200)
    }
    const [current, person] = await Promise.all([tenant.rules.current(programmeId), tenant.people.find(programmeId, personId)])
    const checked = await checkedAnswers(current.rules.forms[person.kind], answers)
    const next = await tenant.people.update(programmeId, personId, version, (p) =>
      updatePerson(p, { ...changes, answers: checked, rulesVersion: current.version }, now))
    return c.json(next, 200)
  })
}
