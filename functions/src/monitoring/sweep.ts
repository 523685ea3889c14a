import {
  DomainError, cadenceReminder, localDay, duoAlerts, followUpAlerts, programmeAlerts, trackingRow, type FollowUp, type Locale, type Programme,
  type ProgrammeRules,
} from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { anonymiseDue } from '../shared/erasure'
import { remindDuo, sendDigests } from './reminders'
import { purgeExpiredExports } from '../results/retention'
import { sweepEvaluations } from '../evaluations/send'

export interface SweepReport {
  organisations: number
  programmes: number
  alertsRaised: number
  /** People anonymised because their retention period had passed. */
  anonymised: number
  /** Duo proposals whose answer deadline passed without an answer. */
  expired: number
  /** Duos' tracking lines looked at (the alerts they raised are counted in `alertsRaised`). */
  duos: number
  /** Organisations whose sweep failed (logged; the others went on). */
  failed: number
  /** Reminders mailed to mentors and mentees whose last month fell behind the cadence. */
  reminders: number
  /** Daily digests mailed to the staff who asked for them (one per programme with alerts). */
  digests: number
  /** Evaluation questionnaires sent (one per duo, moment of the rules and side), reminded, and expired unanswered. */
  evaluationsSent: number
  evaluationsReminded: number
  /** Results files past their retention deleted from the documents store, and results export jobs deleted after it. */
  exportFilesDeleted: number
  exportJobsDeleted: number
  evaluationsExpired: number
}

/** How many tracking lines are read at a time: a page of alerts written before the next is read. */
export const duoPageSize = 100

/**
 * Raises the alerts of each of the programme's duos from its tracking line, a page of lines at a time (one query a page,
 * never the whole programme in memory); each alert once a day (a conditional create on the day and its id). A closed
 * duo's line raises its follow-ups due and not recorded (the programme's follow-ups read once, at the first closed line).
 */
export async function sweepDuos(
  deps: SweepDeps, tenant: TenantData, programme: Programme, now: Date, locale: Locale,
): Promise<{ duos: number; raised: number; reminders: number }> {
  const today = localDay(now)
  let rules: ProgrammeRules | undefined // read with the first line: a programme without duos needs no rules
  let duos = 0
  let raised = 0
  let reminders = 0
  let followUps: Map<string, FollowUp[]> | undefined
  let cursor: string | undefined
  do {
    const page = await tenant.tracking.page(programme.id, { limit: duoPageSize, cursor })
    const closed = page.items.filter((line) => line.state === 'closed' && line.closure)
    if (closed.length && !followUps) {
      followUps = new Map()
      for (const f of await tenant.closing.followUpsOfProgramme(programme.id)) followUps.set(f.duoId, [...(followUps.get(f.duoId) ?? []), f])
    }
    duos += page.items.length
    if (page.items.length && !rules) rules = (await tenant.rules.current(programme.id)).rules
    const rows = page.items.map((line) => trackingRow(line, rules!.cadences, today))
    const drafts = [
      ...rows.flatMap((row) => duoAlerts(row)),
      ...closed.flatMap((line) => followUpAlerts({ ...line, endDate: line.closure!.endDate }, followUps!.get(line.duoId) ?? [], today)),
    ]
    const results = await Promise.all(drafts.map((a) => tenant.alerts.raise({
      id: a.subject, kind: a.kind, programmeId: a.programmeId, duoId: a.duoId, coordinatorId: a.coordinatorId,
      message: a.message, values: a.values, raisedAt: now.toISOString(), sweepDate: today, version: 1,
    })))
    raised += results.filter(Boolean).length
    // The gentle reminder to the duo itself, about last month, at most once a month (recorded before it is sent).
    for (const row of rows) {
      const month = cadenceReminder(row, today, null)
      const closed = month && row.cadence.find((m) => m.month === month)
      if (closed) reminders += await remindDuo(deps, tenant, { line: row.line, month: closed.month, meetings: closed.meetings, expected: closed.expected, rules: rules!, locale })
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return { duos, raised, reminders }
}

/**
 * Expires the programme's proposals whose answer deadline has passed: each goes through the duo's own step (`expire`),
 * which returns the mentee (and the mentor, if full) to the pool and remembers the pair, so it is not proposed again.
 * A proposal answered or expired meanwhile (a stale version, another state) is left as it is, so running it twice
 * expires each proposal once.
 */
export async function expireProposals(tenant: TenantData, programmeId: string, deps: Pick<Deps, 'newId'>, now: Date): Promise<number> {
  let expired = 0
  const due = (await tenant.duos.all(programmeId)).filter((d) => d.state === 'proposed' && Date.parse(d.answerDeadline) <= now.getTime())
  for (const duo of due) {
    try {
      await tenant.duos.transition(programmeId, duo.id, duo.version, { type: 'expire', at: now.toISOString() }, deps.newId)
      expired++
    } catch (e) {
      if (!(e instanceof DomainError && (e.reason === 'stale-version' || e.reason === 'wrong-state'))) throw e
    }
  }
  return expired
}

/**
 * The daily monitoring sweep: every organisation, every programme, its duo proposals past their deadline expired,
 * the alerts the core's rules raise; then the anonymisation of the people past the organisation's retention period.
 * Idempotent for a day: an alert already raised that day is not raised again.
 *
 * @example
 * await sweep(deps) // { organisations: 2, programmes: 2, alertsRaised: 1 }
 */
export type SweepDeps = Pick<Deps, 'data' | 'now' | 'newId' | 'logger' | 'documents' | 'mailer' | 'appUrl' | 'directory'>

export async function sweep(deps: SweepDeps): Promise<SweepReport> {
  const now = deps.now()
  const report: SweepReport = { organisations: 0, programmes: 0, alertsRaised: 0, anonymised: 0, expired: 0, duos: 0, failed: 0, reminders: 0, digests: 0, evaluationsSent: 0, evaluationsReminded: 0, evaluationsExpired: 0, exportFilesDeleted: 0, exportJobsDeleted: 0 }
  let cursor: string | undefined
  do {
    const page = await deps.data.identity.organisationsPage({ limit: 50, cursor })
    for (const entry of page.items) {
      report.organisations++
      try {
        await sweepOrganisation(deps, entry.id, now, report)
      } catch (e) {
        // One organisation's failure (a bad item, a throttled partition) must not leave the others without their alerts.
        report.failed++
        deps.logger.error('monitoring sweep failed for an organisation', { orgId: entry.id, error: e instanceof Error ? e.message : String(e) })
      }
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  await deps.data.platformHealth.recordSweep({ ranAt: now.toISOString(), ...report })
  deps.logger.info('monitoring sweep done', { ...report })
  return report
}

/** One organisation's part of the sweep, adding to `report`. */
async function sweepOrganisation(deps: SweepDeps, orgId: string, now: Date, report: SweepReport): Promise<void> {
  const today = localDay(now)
  const tenant = deps.data.forTenant(systemContext(orgId))
  const { locale } = await tenant.organisation.get()
  const programmes = await tenant.programmes.all()
  for (const programme of programmes) {
    report.programmes++
    report.expired += await expireProposals(tenant, programme.id, deps, now)
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
    if (programme.status !== 'archived') {
      const found = await sweepDuos(deps, tenant, programme, now, locale)
      report.duos += found.duos
      report.alertsRaised += found.raised
      report.reminders += found.reminders
      // The questionnaires of the day's moments, the reminders due and the links past their date.
      const evaluations = await sweepEvaluations(deps, tenant, programme.id, locale)
      report.evaluationsSent += evaluations.sent
      report.evaluationsReminded += evaluations.reminded
      report.evaluationsExpired += evaluations.expired
    }
  }
  // Once the day's alerts are all written: the digests of the staff who asked for one.
  report.digests += await sendDigests(deps, tenant, { day: today, locale, programmes })
  // Storage limitation: the people whose path ended longer ago than the organisation keeps them.
  report.anonymised += await anonymiseDue(tenant, deps)
  // After the organisation's programmes, so "last ran" never claims a sweep whose alerts are not all written.
  await tenant.alerts.recordSweep(today, now.toISOString())
  // The results files past their retention, and their jobs after the days they answer 410 (after the alerts: a
  // storage hiccup here must not hold the day's alerts back; the next sweep deletes what this one left).
  const purged = await purgeExpiredExports(tenant, deps.documents, now)
  report.exportFilesDeleted += purged.files
  report.exportJobsDeleted += purged.jobs
  if (purged.files + purged.jobs > 0) deps.logger.info('results exports past their retention deleted', { orgId, ...purged })
}
