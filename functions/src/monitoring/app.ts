import { createRoute } from '../shared/routes'
import { AlertPage, PageQuery } from '@binome/contracts'
import { createApp } from '../shared/app'
import { allow, guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'
import { OrgParams, errors, json, security } from '../shared/openapi'

export const monitoringPrefix = '/api/monitoring'

const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/alerts', tags: ['Monitoring'], security, summary: 'Alerts raised by the daily sweep, oldest day first',
  request: { params: OrgParams, query: PageQuery },
  responses: { 200: json(AlertPage), ...errors(400, 401, 403, 404) },
})

/**
 * The monitoring app: what the daily sweep found.
 *
 * @example
 * new Hono().route(monitoringPrefix, monitoringApp(deps))
 */
export function monitoringApp(deps: Deps) {
  const app = createApp(deps)
  guardOrganisationRoutes(app)
  app.openapi(list, async (c) => {
    allow(c, 'monitoring.read')
    const page = await c.var.tenant.alerts.page(c.req.valid('query'))
    return c.json({ items: page.items.map(({ version: _v, ...a }) => a), nextCursor: page.nextCursor }, 200)
  })
  return app
}
