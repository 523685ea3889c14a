import { createRoute } from '../shared/routes'
import { AlertPage, AlertQuery, SweepStatus } from '@binome/contracts'
import { createApp } from '../shared/app'
import { allow, guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'
import { OrgParams, errors, json, security } from '../shared/openapi'

export const monitoringPrefix = '/api/monitoring'

const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/alerts', tags: ['Monitoring'], security, summary: 'Alerts raised by the daily sweep, oldest day first (or of one sweep day)',
  request: { params: OrgParams, query: AlertQuery },
  responses: { 200: json(AlertPage), ...errors(400, 401, 403, 404) },
})

const lastSweep = createRoute({
  method: 'get', path: '/orgs/{orgId}/sweep', tags: ['Monitoring'], security, summary: 'When the daily sweep last ran for the organisation',
  request: { params: OrgParams },
  responses: { 200: json(SweepStatus), ...errors(400, 401, 403, 404) },
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
  app.openapi(lastSweep, async (c) => {
    allow(c, 'monitoring.read')
    const last = await c.var.tenant.alerts.lastSweep()
    return c.json({ lastSweep: last ? { date: last.date, ranAt: last.ranAt } : null }, 200)
  })
  return app
}
