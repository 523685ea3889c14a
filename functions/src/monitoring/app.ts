import { route } from '../shared/routes'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import { createApp } from '../shared/app'
import { authenticate, guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'
import { registerDuoLife, registerTracking } from '../duo-life/routes'
import { registerTrackingExport } from '../duo-life/tracking-export'
import { registerClosing } from '../duo-life/closing'
import { registerAlerts } from './alerts'
import { registerResults } from '../results/routes'
import { registerResultsExport } from '../results/export'
import { registerResultsJobs } from '../results/jobs'
import { registerQualityAudit } from '../quality-audit/routes'

export { monitoringPrefix } from '@binome/contracts/routes/monitoring'

/**
 * The monitoring app: what the daily sweep found, and the platform's health for the operator.
 *
 * @example
 * new Hono().route(monitoringPrefix, monitoringApp(deps))
 */
export function monitoringApp(deps: Deps) {
  const app = createApp(deps)
  guardOrganisationRoutes(app)
  app.use('/platform/*', authenticate)
  app.openapi(route(routes.listAlerts), async (c) => {
    const page = await c.var.tenant.alerts.page(c.req.valid('query'))
    return c.json({ items: page.items.map(({ version: _v, ...a }) => a), nextCursor: page.nextCursor }, 200)
  })
  app.openapi(route(routes.lastSweep), async (c) => {
    const last = await c.var.tenant.alerts.lastSweep()
    return c.json({ lastSweep: last ? { date: last.date, ranAt: last.ranAt } : null }, 200)
  })
  registerAlerts(app)
  app.openapi(route(routes.platformHealth), async (c) => {
    const now = deps.now()
    const since = new Date(now.getTime() - 24 * 3600_000)
    const [organisations, queues, lastSweep, byService] = await Promise.all([
      countOrganisations(deps),
      deps.operations.queues(),
      deps.data.platformHealth.lastSweep(),
      deps.operations.errorCounts(since, now),
    ])
    return c.json({
      checkedAt: now.toISOString(), organisations, queues,
      // Counts only (the stored run holds nothing else); a run recorded before the exports' counts had none.
      lastSweep: lastSweep
        ? {
            ranAt: lastSweep.ranAt, organisations: lastSweep.organisations, programmes: lastSweep.programmes, alertsRaised: lastSweep.alertsRaised,
            exportFilesDeleted: lastSweep.exportFilesDeleted ?? 0, exportJobsDeleted: lastSweep.exportJobsDeleted ?? 0,
          }
        : null,
      errors: { since: since.toISOString(), byService },
    }, 200)
  })
  app.openapi(route(routes.redriveQueue), async (c) => {
    const { queue } = c.req.valid('param')
    const { moved } = await deps.operations.redrive(queue)
    deps.logger.info('dead letters redriven by the operator', { queue, moved, operator: c.var.user.id })
    return c.json({ queue, moved }, 200)
  })
  registerDuoLife(app)
  registerTracking(app)
  registerTrackingExport(app)
  registerResults(app)
  registerResultsExport(app)
  registerResultsJobs(app, deps)
  registerClosing(app)
  registerQualityAudit(app)
  return app
}

/** How many organisations the platform holds (the directory, a page at a time). */
async function countOrganisations(deps: Deps): Promise<number> {
  let total = 0
  let cursor: string | undefined
  do {
    const page = await deps.data.identity.organisationsPage({ limit: 100, cursor })
    total += page.items.length
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return total
}
