import { route } from '../shared/routes'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import { createApp } from '../shared/app'
import { guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'

export { monitoringPrefix } from '@binome/contracts/routes/monitoring'

/**
 * The monitoring app: what the daily sweep found.
 *
 * @example
 * new Hono().route(monitoringPrefix, monitoringApp(deps))
 */
export function monitoringApp(deps: Deps) {
  const app = createApp(deps)
  guardOrganisationRoutes(app)
  app.openapi(route(routes.listAlerts), async (c) => {
    const page = await c.var.tenant.alerts.page(c.req.valid('query'))
    return c.json({ items: page.items.map(({ version: _v, ...a }) => a), nextCursor: page.nextCursor }, 200)
  })
  app.openapi(route(routes.lastSweep), async (c) => {
    const last = await c.var.tenant.alerts.lastSweep()
    return c.json({ lastSweep: last ? { date: last.date, ranAt: last.ranAt } : null }, 200)
  })
  return app
}
