import { programmeAlerts } from '@binome/core'
import { systemContext } from '@binome/data'
import type { Deps } from '../shared/deps'
import { anonymiseDue } from '../shared/erasure'

export interface SweepReport {
  organisations: number
  programmes: number
  alertsRaised: number
  /** People anonymised because their retention period had passed. */
  anonymised: number
}

/**
 * The daily monitoring sweep: every organisation, every programme, the alerts the core's rules raise; then the
 * anonymisation of the people past the organisation's retention period.
 * Idempotent for a day: an alert already raised that day is not raised again.
 *
 * @example
 * await sweep(deps) // { organisations: 2, programmes: 2, alertsRaised: 1 }
 */
export async function sweep(deps: Pick<Deps, 'data' | 'now' | 'newId' | 'logger' | 'documents'>): Promise<SweepReport> {
  const now = deps.now()
  const today = now.toISOString().slice(0, 10)
  const report: SweepReport = { organisations: 0, programmes: 0, alertsRaised: 0, anonymised: 0 }
  let cursor: string | undefined
  do {
    const page = await deps.data.identity.organisationsPage({ limit: 50, cursor })
    for (const entry of page.items) {
      report.organisations++
      const tenant = deps.data.forTenant(systemContext(entry.id))
      for (const programme of await tenant.programmes.all()) {
        report.programmes++
        // The board's counters, counted again from the index: repairs what an interrupted import left short.
        if (programme.status !== 'archived') await tenant.people.recount(programme.id)
        const waitingMentees = programme.status === 'active' ? await tenant.people.countAt(programme.id, 'ready', 'mentee') : 0
        for (const a of programmeAlerts(programme, { waitingMentees }, today)) {
          const raised = await tenant.alerts.raise({
            id: a.subject, kind: a.kind, programmeId: a.programmeId, message: a.message, values: a.values,
            raisedAt: now.toISOString(), sweepDate: today, version: 1,
          })
          if (raised) report.alertsRaised++
        }
      }
      // Storage limitation: the people whose path ended longer ago than the organisation keeps them.
      report.anonymised += await anonymiseDue(tenant, deps)
      // After the organisation's programmes, so "last ran" never claims a sweep whose alerts are not all written.
      await tenant.alerts.recordSweep(today, now.toISOString())
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  await deps.data.platformHealth.recordSweep({ ranAt: now.toISOString(), ...report })
  deps.logger.info('monitoring sweep done', { ...report })
  return report
}
