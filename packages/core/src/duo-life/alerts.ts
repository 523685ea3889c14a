import { DomainError } from '../errors'
import type { AttentionItem, AttentionKind, AttentionLevel } from './attention'
import { dayOf, isDay, localDay, monthOf, previousMonth } from './dates'
import type { TrackingRow } from './tracking'

/**
 * Alerts about duos (issue "duo life and monitoring"): what `duoAttention` finds for a duo on the sweep's day, raised
 * once per duo, kind and day; dismissed or snoozed by staff; and the gentle reminder a duo gets when its meetings fall
 * behind the cadence. A paused duo raises none of its life's alerts and gets no
 * reminder; back from a pause, its paused months are not held against the cadence.
 */

/** A duo alert before it is stored: the sweep adds the day, the time and the id (its `subject`). */
export interface DuoAlertDraft {
  kind: AttentionKind
  level: AttentionLevel
  programmeId: string
  duoId: string
  /** The staff member who follows the duo: the alert lands on their home. */
  coordinatorId: string
  /**
   * The alert's id: the duo, the kind, the side and the episode (the due date, the month, the day the silence began…),
   * so that the same condition keeps its id from day to day (a dismissal holds) and a new one gets a new id.
   */
  subject: string
  /** English, for logs; interfaces say it in their own language from `kind` and `values`. */
  message: string
  values: Record<string, string | number>
}

/** The part of an item's facts that tells one episode of a condition from the next (compact, for an id). */
function episode(item: AttentionItem): string {
  const v = item.values
  const at = (k: string) => String(v[k] ?? '').replaceAll('-', '')
  switch (item.kind) {
    case 'check-in-overdue':
    case 'check-in-due':
      return `${v.side}-${at('dueDate')}`
    case 'first-meeting-late':
      return at('dueDate')
    case 'behind-cadence':
      return at('month')
    case 'inactive':
    case 'contract-unsigned':
      return at('since')
    case 'ending-soon':
      return at('endDate')
    case 'high-risk':
      return 'open'
  }
}

/**
 * The alerts a duo's tracking row raises on the day it was computed for: one per attention item.
 *
 * @example
 * duoAlerts(trackingRow(line, rules.cadences, '2027-03-04'))
 * // [{ kind: 'check-in-overdue', subject: 'd1-check-in-overdue-mentor-20270301', coordinatorId: 'u1', ... }]
 */
export function duoAlerts(row: Pick<TrackingRow, 'line' | 'attention'>): DuoAlertDraft[] {
  const { line } = row
  return row.attention.map((item) => ({
    kind: item.kind, level: item.level, programmeId: line.programmeId, duoId: line.duoId, coordinatorId: line.coordinatorId,
    subject: `${line.duoId}-${item.kind}-${episode(item)}`,
    message: `Duo ${line.menteeName} / ${line.mentorName}: ${item.kind} ${JSON.stringify(item.values)}`,
    values: { ...item.values, mentee: line.menteeName, mentor: line.mentorName },
  }))
}

/** How staff handled an alert (by its id, so it holds while the same condition lasts): dismissed, or snoozed to a day. */
export interface AlertHandling {
  alertId: string
  dismissed: { by: string; at: string } | null
  snoozed: { by: string; at: string; until: string } | null
  version: number
}

export type AlertAction = { type: 'dismiss'; by: string; at: string } | { type: 'snooze'; by: string; at: string; until: string }

/**
 * The handling after an action. A snooze lasts until the day given (it must be after today); a dismissal hides the
 * alert until its condition ends (a new episode is a new alert); a later action replaces an earlier one.
 *
 * @example
 * handleAlert(undefined, 'd1-inactive-20270201', { type: 'snooze', by: 'u1', at: '2027-03-04T09:00:00Z', until: '2027-03-11' })
 * // { alertId: 'd1-inactive-20270201', dismissed: null, snoozed: { by: 'u1', at: '…', until: '2027-03-11' }, version: 1 }
 */
export function handleAlert(current: AlertHandling | undefined, alertId: string, action: AlertAction): AlertHandling {
  const version = (current?.version ?? 0) + 1
  if (action.type === 'dismiss') return { alertId, dismissed: { by: action.by, at: action.at }, snoozed: null, version }
  if (!isDay(action.until) || action.until <= localDay(action.at)) {
    throw new DomainError('validation', 'A snooze lasts until a later day', {
      details: [{ path: 'until', reason: 'invalid', message: 'must be a day after today' }],
    })
  }
  return { alertId, dismissed: null, snoozed: { by: action.by, at: action.at, until: action.until }, version }
}

/**
 * Whether an alert shows on `today`: not dismissed, and not snoozed past today.
 *
 * @example
 * alertShown({ ...handling, snoozed: { by: 'u1', at: '…', until: '2027-03-11' } }, '2027-03-11') // true: the snooze is over
 */
export function alertShown(handling: AlertHandling | undefined, today: string): boolean {
  if (!handling) return true
  if (handling.dismissed) return false
  return !handling.snoozed || handling.snoozed.until <= today
}

/**
 * The month a duo should get a gentle reminder about, or null: when last month fell short of the cadence and the duo
 * was not already reminded about it (at most one reminder a month).
 *
 * @example
 * cadenceReminder(row, '2027-04-02', '2027-02') // '2027-03' when March held fewer meetings than the cadence
 */
export function cadenceReminder(row: Pick<TrackingRow, 'line' | 'cadence'>, today: string, lastReminded: string | null): string | null {
  if (row.line.state !== 'active') return null
  const month = previousMonth(monthOf(today))
  const closed = row.cadence.find((m) => m.month === month)
  if (!closed || !closed.closed || closed.met) return null
  if ((row.line.pauses ?? []).some((p) => monthOf(p.from) <= month && (p.to === null || monthOf(p.to) >= month))) return null
  return lastReminded !== null && lastReminded >= month ? null : month
}
