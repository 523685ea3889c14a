import type { Programme } from './programme'
import { attentionKinds } from './duo-life/attention'

/** A programme's alerts, then a duo's (what `duoAttention` finds, see ./duo-life/alerts.ts), then a closed duo's follow-up (./duo-life/closing.ts). */
export const alertKinds = ['programme-ending', 'programme-not-started', 'unmatched-mentees', ...attentionKinds, 'follow-up-due'] as const
export type AlertKind = (typeof alertKinds)[number]

/** An alert as raised by the daily sweep and stored: one per (sweep day, subject). */
export interface Alert {
  /** The draft's `subject`: stable within a day. */
  id: string
  kind: AlertKind
  programmeId: string
  /** English, for logs; interfaces say it in their own language from `kind` and `values`. */
  message: string
  /** The alert's facts, language-free (programme name, days, dates, counts). */
  values: Record<string, string | number>
  raisedAt: string
  /** The sweep's day (YYYY-MM-DD, UTC). */
  sweepDate: string
  /** A duo's alert: the duo, and the staff member who follows it (the alert lands on their home). */
  duoId?: string | undefined
  coordinatorId?: string | undefined
  version: number
}

export interface AlertDraft {
  kind: AlertKind
  programmeId: string
  /** Stable within a day, so that running the sweep twice raises each alert once. */
  subject: string
  /** English, for logs; interfaces say it in their own language from `kind` and `values`. */
  message: string
  values: Record<string, string | number>
}

/** How long before a programme's end date coordinators are warned (days). */
export const endingSoonDays = 30

const dayDiff = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)

/**
 * The alerts the daily sweep raises for one programme, from its state and how many of its mentees are ready to match
 * still wait for a mentor. `today` is a date (YYYY-MM-DD) handed in: the core has no clock.
 *
 * @example
 * programmeAlerts({ ...p, status: 'active', endDate: '2026-12-01' }, { waitingMentees: 0 }, '2026-11-21')
 * // [{ kind: 'programme-ending', ... }]
 */
export function programmeAlerts(p: Programme, state: { waitingMentees: number }, today: string): AlertDraft[] {
  const alerts: AlertDraft[] = []
  if (p.status === 'archived') return alerts
  if (p.status === 'active' && p.endDate) {
    const days = dayDiff(today, p.endDate)
    if (days >= 0 && days <= endingSoonDays) {
      alerts.push({
        kind: 'programme-ending',
        programmeId: p.id,
        subject: `ending-${p.id}`,
        message: `« ${p.name} » ends in ${days} day(s), on ${p.endDate}`,
        values: { programme: p.name, days, endDate: p.endDate },
      })
    }
  }
  if (p.status === 'draft' && p.startDate && p.startDate <= today) {
    alerts.push({
      kind: 'programme-not-started',
      programmeId: p.id,
      subject: `not-started-${p.id}`,
      message: `« ${p.name} » was due to start on ${p.startDate} but is still a draft`,
      values: { programme: p.name, startDate: p.startDate },
    })
  }
  if (p.status === 'active' && state.waitingMentees > 0) {
    alerts.push({
      kind: 'unmatched-mentees',
      programmeId: p.id,
      subject: `waiting-${p.id}`,
      message: `${state.waitingMentees} mentee(s) ready to match in « ${p.name} » wait for a mentor`,
      values: { programme: p.name, count: state.waitingMentees },
    })
  }
  return alerts
}
