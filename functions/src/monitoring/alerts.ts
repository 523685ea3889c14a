import { alertShown, duoAlerts, followUpAlerts, localDay, notFound, trackingRow, type Alert, type ProgrammeRules } from '@binome/core'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { TenantData } from '@binome/data'
import type { App } from '../shared/app'
import { route } from '../shared/routes'

/**
 * A coordinator's alerts (issue "duo life and monitoring"): the last sweep's, theirs only, without those they dismissed
 * or snoozed, and a duo's checked again against its tracking line today, so recording the overdue check-in (or logging
 * the meeting, or the follow-up after a closed duo) clears the alert at once rather than at the next morning's sweep.
 */
export function registerAlerts(app: App) {
  app.openapi(route(routes.listMyAlerts), async (c) => {
    const { tenant, user, role, deps } = c.var
    const { limit, cursor } = c.req.valid('query')
    const last = await tenant.alerts.lastSweep()
    if (!last) return c.json({ items: [], nextCursor: null }, 200)
    const today = localDay(deps.now())
    const page = await tenant.alerts.page({ limit, cursor, sweepDate: last.date })
    // An admin covers every duo; a coordinator sees the duos they follow, and every programme's own alerts.
    const mine = page.items.filter((a) => !a.duoId || role === 'admin' || a.coordinatorId === user.id)
    const handled = await tenant.alerts.handlings(mine.map((a) => a.id))
    const shown = mine.filter((a) => alertShown(handled.get(a.id), today))
    const current = await stillTrue(tenant, shown.filter((a) => a.duoId), today)
    const items = shown.filter((a) => !a.duoId || current.has(a.id)).map(({ version: _v, ...a }) => a)
    return c.json({ items, nextCursor: page.nextCursor }, 200)
  })
  app.openapi(route(routes.readDigestChoice), async (c) => {
    const { tenant, user } = c.var
    return c.json({ daily: (await tenant.alerts.digestChoice(user.id))?.daily ?? false }, 200)
  })
  app.openapi(route(routes.saveDigestChoice), async (c) => {
    const { tenant, user, role, deps } = c.var
    const { daily } = c.req.valid('json')
    const saved = await tenant.alerts.chooseDigest({ userId: user.id, email: user.email, name: user.name, role, daily, updatedAt: deps.now().toISOString() })
    return c.json({ daily: saved.daily }, 200)
  })
  app.openapi(route(routes.dismissAlert), async (c) => {
    const { tenant, user, deps } = c.var
    const { alertId } = c.req.valid('param')
    await lastSweepAlert(tenant, alertId)
    const h = await tenant.alerts.handle(alertId, { type: 'dismiss', by: user.id, at: deps.now().toISOString() })
    deps.logger.info('alert dismissed', { orgId: tenant.ctx.orgId, alertId, by: user.id })
    return c.json({ alertId: h.alertId, dismissed: h.dismissed, snoozed: h.snoozed }, 200)
  })
  app.openapi(route(routes.snoozeAlert), async (c) => {
    const { tenant, user, deps } = c.var
    const { alertId } = c.req.valid('param')
    const { until } = c.req.valid('json')
    await lastSweepAlert(tenant, alertId)
    const h = await tenant.alerts.handle(alertId, { type: 'snooze', by: user.id, at: deps.now().toISOString(), until })
    deps.logger.info('alert snoozed', { orgId: tenant.ctx.orgId, alertId, by: user.id, until })
    return c.json({ alertId: h.alertId, dismissed: h.dismissed, snoozed: h.snoozed }, 200)
  })
}

/** The alert among the last sweep's (one can only handle what was shown), else 404. */
async function lastSweepAlert(tenant: TenantData, alertId: string): Promise<Alert> {
  const last = await tenant.alerts.lastSweep()
  const found = last && (await tenant.alerts.get(last.date, alertId))
  if (!found) throw notFound('item')
  return found
}

/** The ids of these duo alerts that the duos' lines still raise today (a line read per duo, the rules per programme). */
async function stillTrue(tenant: TenantData, alerts: readonly Alert[], today: string): Promise<Set<string>> {
  const rules = new Map<string, Promise<ProgrammeRules>>()
  const rulesOf = (programmeId: string) => {
    if (!rules.has(programmeId)) rules.set(programmeId, tenant.rules.current(programmeId).then((r) => r.rules))
    return rules.get(programmeId)!
  }
  const duos = [...new Map(alerts.map((a) => [a.duoId!, a.programmeId])).entries()]
  const ids = await Promise.all(duos.map(async ([duoId, programmeId]) => {
    const line = await tenant.tracking.get(programmeId, duoId)
    if (!line) return []
    // A closed duo's follow-up alert lasts while the follow-up is due and not recorded: recording it clears it at once.
    if (line.state === 'closed' && line.closure) {
      const recorded = await tenant.closing.followUps(programmeId, duoId)
      return followUpAlerts({ ...line, endDate: line.closure.endDate }, recorded, today).map((d) => d.subject)
    }
    return duoAlerts(trackingRow(line, (await rulesOf(programmeId)).cadences, today)).map((d) => d.subject)
  }))
  return new Set(ids.flat())
}
