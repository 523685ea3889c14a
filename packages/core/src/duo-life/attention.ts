import type { Cadences } from '../rules/programme-rules'
import type { CheckInsDue, RiskLevel } from './check-ins'
import { dayAfter, daysBetween, dayOf, monthOf } from './dates'
import type { MonthCadence } from './duo-log'

/**
 * What can make a duo need its coordinator (issue "duo life and monitoring"): each is raised by the daily sweep as an
 * alert and colours the duo's line in the tracking table.
 */
export const attentionKinds = [
  'check-in-overdue', 'check-in-due', 'behind-cadence', 'inactive', 'ending-soon', 'contract-unsigned',
  'first-meeting-late', 'high-risk',
] as const
export type AttentionKind = (typeof attentionKinds)[number]

/** `urgent` colours a line red, `warning` amber; `info` is listed but leaves the line green. */
export const attentionLevels = ['info', 'warning', 'urgent'] as const
export type AttentionLevel = (typeof attentionLevels)[number]

export interface AttentionItem {
  kind: AttentionKind
  level: AttentionLevel
  /** Language-free facts (days, dates, counts, side) that interfaces say in their own words. */
  values: Record<string, string | number>
}

/**
 * The thresholds the programme's cadences do not hold yet. Chosen from the seeds: a duo that has not been in touch for
 * three weeks misses at least one of its two monthly meetings; a contract is signed at or just after the first
 * meeting, so two weeks is already late; check-ins are announced a week ahead; ends are prepared a month ahead.
 */
export const attentionDefaults = { inactiveDays: 21, contractSignDays: 14, checkInNoticeDays: 7, endingSoonDays: 30 } as const
export type AttentionSettings = { -readonly [K in keyof typeof attentionDefaults]: number }

/** What the tracking table and the sweep know about one duo on the day they look. */
export interface DuoFacts {
  state: string
  /** When the mentor accepted the proposal (the first meeting is counted from then). */
  acceptedAt: string | null
  /** The first meeting's date-time once scheduled, and whether both sides have given their feeling about it. */
  firstMeetingAt: string | null
  firstMeetingHeld: boolean
  /** When the contract to sign was (last) generated. */
  contractGeneratedAt: string | null
  startedAt: string | null
  plannedEndAt: string | null
  lastActivity: string | null
  cadence: readonly MonthCadence[]
  checkInsDue: CheckInsDue | null
  risk: RiskLevel
  /** The duo's pauses (`to` null while paused). */
  pauses?: readonly { from: string; to: string | null }[]
}

/**
 * Everything that needs the coordinator for one duo on `today`, most urgent first.
 *
 * @example
 * duoAttention({ ...facts, state: 'active', checkInsDue: { mentor: '2027-03-01', mentee: '2027-03-20' } }, cadences, '2027-03-04')
 * // [{ kind: 'check-in-overdue', level: 'urgent', values: { side: 'mentor', dueDate: '2027-03-01', days: 3 } }]
 */
export function duoAttention(
  f: DuoFacts,
  cadences: Pick<Cadences, 'firstMeetingWithinDays'>,
  today: string,
  settings: AttentionSettings = attentionDefaults,
): AttentionItem[] {
  const items: AttentionItem[] = []
  const before = ['accepted', 'meeting-scheduled'].includes(f.state)
  if (before && f.acceptedAt && !f.firstMeetingHeld) {
    const dueDate = dayAfter(dayOf(f.acceptedAt), cadences.firstMeetingWithinDays)
    const late = daysBetween(dueDate, today)
    if (late > 0) items.push({ kind: 'first-meeting-late', level: 'warning', values: { dueDate, days: late, scheduled: f.firstMeetingAt ? dayOf(f.firstMeetingAt) : '' } })
  }
  if (f.state === 'signing' && f.contractGeneratedAt) {
    const days = daysBetween(f.contractGeneratedAt, today)
    if (days > settings.contractSignDays) items.push({ kind: 'contract-unsigned', level: 'warning', values: { days, since: dayOf(f.contractGeneratedAt) } })
  }
  // A paused duo raises none of its life's alerts (no cadence, check-in or silence to chase while it rests).
  if (f.state !== 'active' || !f.startedAt) return sortByLevel(items)

  if (f.risk === 'high') items.push({ kind: 'high-risk', level: 'urgent', values: {} })
  if (f.checkInsDue) {
    for (const side of ['mentor', 'mentee'] as const) {
      const dueDate = f.checkInsDue[side]
      const days = daysBetween(dueDate, today)
      if (days > 0) items.push({ kind: 'check-in-overdue', level: 'urgent', values: { side, dueDate, days } })
      else if (-days <= settings.checkInNoticeDays) items.push({ kind: 'check-in-due', level: 'info', values: { side, dueDate, days: -days } })
    }
  }
  // The silence is counted from the last resumption too: a duo back from a month's pause is not inactive on day one.
  const resumed = (f.pauses ?? []).reduce<string>((last, p) => (p.to !== null && p.to > last ? p.to : last), dayOf(f.startedAt))
  const since = f.lastActivity && f.lastActivity > resumed ? f.lastActivity : resumed
  const quiet = daysBetween(since, today)
  if (quiet >= settings.inactiveDays) items.push({ kind: 'inactive', level: 'urgent', values: { days: quiet, since } })
  const lastClosed = [...f.cadence].reverse().find((m) => m.closed && m.month < monthOf(today))
  // A month the duo spent (partly) paused is not held against the cadence.
  const pausedIn = (month: string) => (f.pauses ?? []).some((p) => monthOf(p.from) <= month && (p.to === null || monthOf(p.to) >= month))
  if (lastClosed && !lastClosed.met && !pausedIn(lastClosed.month)) {
    items.push({ kind: 'behind-cadence', level: 'warning', values: { month: lastClosed.month, meetings: lastClosed.meetings, expected: lastClosed.expected } })
  }
  if (f.plannedEndAt) {
    const days = daysBetween(today, f.plannedEndAt)
    if (days >= 0 && days <= settings.endingSoonDays) items.push({ kind: 'ending-soon', level: 'warning', values: { days, endDate: dayOf(f.plannedEndAt) } })
  }
  return sortByLevel(items)
}

const rank: Record<AttentionLevel, number> = { urgent: 0, warning: 1, info: 2 }
const sortByLevel = (items: AttentionItem[]) => items.sort((a, b) => rank[a.level] - rank[b.level])

export const attentionColours = ['green', 'amber', 'red'] as const
export type AttentionColour = (typeof attentionColours)[number]

/**
 * The colour of a duo's line in the tracking table: red when anything is urgent, amber for a warning, else green.
 *
 * @example
 * attentionColour([{ kind: 'ending-soon', level: 'warning', values: {} }]) // 'amber'
 */
export function attentionColour(items: readonly AttentionItem[]): AttentionColour {
  if (items.some((i) => i.level === 'urgent')) return 'red'
  if (items.some((i) => i.level === 'warning')) return 'amber'
  return 'green'
}
