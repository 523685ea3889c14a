import { route } from '../../shared/routes'
import { archiveProgramme, newProgramme, updateProgramme } from '@binome/core'
import { startingRules } from './rules'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'

/** Programmes: create, list, read, update, archive. */
export function registerProgrammes(app: App) {
  app.openapi(route(routes.listProgrammes), async (c) => {
    const q = c.req.valid('query')
    return c.json(await c.var.tenant.programmes.page(q), 200)
  })

  app.openapi(route(routes.createProgramme), async (c) => {
    const { deps, tenant } = c.var
    const { start = { from: 'blank' }, ...draft } = c.req.valid('json')
    const p = newProgramme(draft, { id: deps.newId(), orgId: tenant.ctx.orgId, now: deps.now().toISOString() })
    const { rules, origin } = await startingRules(tenant, start)
    await tenant.programmes.create(p, rules, origin)
    return c.json(p, 201)
  })

  app.openapi(route(routes.readProgramme), async (c) => {
    return c.json(await c.var.tenant.programmes.get(c.req.valid('param').programmeId), 200)
  })

  app.openapi(route(routes.updateProgramme), async (c) => {
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const next = await tenant.programmes.update(c.req.valid('param').programmeId, version, (p) => updateProgramme(p, changes, now))
    return c.json(next, 200)
  })

  app.openapi(route(routes.archiveProgramme), async (c) => {
    const { deps, tenant } = c.var
    const now = deps.now().toISOString()
    const next = await tenant.programmes.update(c.req.valid('param').programmeId, c.req.valid('json').version, (p) => archiveProgramme(p, now))
    return c.json(next, 200)
  })
}
