import type { Cadences } from '../rules/programme-rules'
import type { Duo, DuoClosure } from '../duo'
import { attentionColour, duoAttention, type AttentionColour, type AttentionItem } from './attention'
import { checkInsDue, openRisk, type CheckIn, type CheckInsDue, type RiskLevel } from './check-ins'
import { dayOf, monthOf } from './dates'
import { cadenceByMonth, type DuoLogEntry, type MonthCadence } from './duo-log'

/**
 * The tracking table's line for one duo (PLS's "tableau de suivi des binômes", made live): what the table and
 * `duoAttention` need, kept in step with the duo's steps, its log and its check-ins, so that a page of the table is
 * one query and the colour is computed for the day it is looked at.
 */
export interface TrackingLine {
  programmeId: string
  duoId: string
  state: string
  menteeId: string
  mentorId: string
  menteeName: string
  mentorName: string
  /** The staff member who follows the duo: the one who proposed it. */
  coordinatorId: string
  acceptedAt: string | null
  firstMeetingAt: string | null
  firstMeetingHeld: boolean
  contractGeneratedAt: string | null
  startDate: string | null
  plannedEndDate: string | null
  /** Meetings, their minutes and contacts per month `YYYY-MM`. */
  months: Record<string, { meetings: number; minutes: number; contacts: number }>
  lastActivity: string | null
  /** The day of each side's last check-in, and the risk it left. */
  checkIns: Record<'mentor' | 'mentee', { date: string; risk: RiskLevel } | null>
  /**
   * Every check-in's day per side (a dozen a year), so the results can tell which were held on time against the
   * cadence in force when they are read. Absent on lines written before the results existed.
   */
  checkInDays?: Record<'mentor' | 'mentee', string[]>
  /** How a closed duo ended (copied from its closure), for the results; null while it runs. */
  closure?: TrackingClosure | null
  /** The duo's pauses (`to` null while paused): their months are not held against the cadence. Absent: never paused. */
  pauses?: { from: string; to: string | null }[]
  updatedAt: string
  version: number
}

/** What the results read of a closure: the outcome as copied at closing, the last day, whether it ended early. */
export type TrackingClosure = Pick<DuoClosure, 'outcomeId' | 'outcomeClass' | 'countsAsEmployment' | 'endDate' | 'early'>

/**
 * The line with the duo's own facts as they are now (state, dates, people), keeping its counts.
 *
 * @example
 * const line = lineFromDuo(duo, { menteeName: 'Amina Haddad', mentorName: 'Sophie Lambert' }, undefined, now)
 */
export function lineFromDuo(duo: Duo, names: { menteeName: string; mentorName: string } | undefined, current: TrackingLine | undefined, now: string): TrackingLine {
  const verdicts = duo.verdicts
  return {
    programmeId: duo.programmeId, duoId: duo.id, state: duo.state, menteeId: duo.menteeId, mentorId: duo.mentorId,
    menteeName: names?.menteeName ?? current?.menteeName ?? '', mentorName: names?.mentorName ?? current?.mentorName ?? '',
    coordinatorId: current?.coordinatorId ?? duo.proposedBy,
    acceptedAt: duo.answer?.outcome === 'accepted' ? duo.answer.at : null,
    firstMeetingAt: duo.meeting?.startsAt ?? null,
    firstMeetingHeld: verdicts.mentor !== null && verdicts.mentee !== null,
    contractGeneratedAt: duo.contract?.generatedAt ?? null,
    startDate: duo.startDate, plannedEndDate: duo.plannedEndDate,
    months: current?.months ?? {}, lastActivity: current?.lastActivity ?? null,
    checkIns: current?.checkIns ?? { mentor: null, mentee: null },
    ...(current?.checkInDays ? { checkInDays: current.checkInDays } : {}),
    closure: duo.closure
      ? { outcomeId: duo.closure.outcomeId, outcomeClass: duo.closure.outcomeClass, countsAsEmployment: duo.closure.countsAsEmployment, endDate: duo.closure.endDate, early: duo.closure.early }
      : null,
    ...(duo.pauses?.length && { pauses: duo.pauses.map((p) => ({ from: p.from, to: p.resumedOn })) }),
    updatedAt: now, version: (current?.version ?? 0) + 1,
  }
}

/** The line with one more meeting or contact counted in its month, and the last activity moved on if later. */
export function withLogEntry(line: TrackingLine, entry: Pick<DuoLogEntry, 'kind' | 'date' | 'minutes'>, now: string): TrackingLine {
  const month = monthOf(entry.date)
  const row = line.months[month] ?? { meetings: 0, minutes: 0, contacts: 0 }
  const next = entry.kind === 'meeting'
    ? { ...row, meetings: row.meetings + 1, minutes: row.minutes + (entry.minutes ?? 0) }
    : { ...row, contacts: row.contacts + 1 }
  const lastActivity = line.lastActivity === null || entry.date > line.lastActivity ? entry.date : line.lastActivity
  return { ...line, months: { ...line.months, [month]: next }, lastActivity, updatedAt: now, version: line.version + 1 }
}

/** The line with a check-in: each side it reached keeps its latest day and the risk then seen. */
export function withCheckIn(line: TrackingLine, checkIn: Pick<CheckIn, 'side' | 'date' | 'risk'>, now: string): TrackingLine {
  const checkIns = { ...line.checkIns }
  const days = { mentor: [...(line.checkInDays?.mentor ?? [])], mentee: [...(line.checkInDays?.mentee ?? [])] }
  for (const side of checkIn.side === 'both' ? (['mentor', 'mentee'] as const) : [checkIn.side]) {
    const seen = checkIns[side]
    if (!seen || checkIn.date >= seen.date) checkIns[side] = { date: checkIn.date, risk: checkIn.risk }
    days[side] = [...days[side], checkIn.date].sort()
  }
  return { ...line, checkIns, checkInDays: days, updatedAt: now, version: line.version + 1 }
}

/** A line as the table shows it on a day: this month's and last month's counts, check-ins due, risk, attention and colour. */
export interface TrackingRow {
  line: TrackingLine
  cadence: MonthCadence[]
  checkInsDue: CheckInsDue | null
  risk: RiskLevel
  attention: AttentionItem[]
  colour: AttentionColour
}

/**
 * What the table shows of a line on `today`, with the core's cadence and attention rules.
 *
 * @example
 * const row = trackingRow(line, rules.cadences, '2027-01-10')
 * row.colour // 'red' when a check-in is overdue
 */
export function trackingRow(line: TrackingLine, cadences: Pick<Cadences, 'meetingsPerMonth' | 'checkInEveryWeeks' | 'firstMeetingWithinDays'>, today: string): TrackingRow {
  // The counts stand for the entries they were made from: one synthetic entry per meeting and contact in its month.
  const entries: Pick<DuoLogEntry, 'kind' | 'date' | 'minutes'>[] = []
  for (const [month, row] of Object.entries(line.months)) {
    for (let i = 0; i < row.meetings; i++) entries.push({ kind: 'meeting', date: `${month}-01`, minutes: i === 0 ? row.minutes : 0 })
    for (let i = 0; i < row.contacts; i++) entries.push({ kind: 'contact', date: `${month}-01`, minutes: null })
  }
  const cadence = line.startDate
    ? cadenceByMonth(entries, { startedAt: line.startDate, today, meetingsPerMonth: cadences.meetingsPerMonth, plannedEndAt: line.plannedEndDate })
    : []
  const seen = (['mentor', 'mentee'] as const).flatMap((side) => (line.checkIns[side] ? [{ side, ...line.checkIns[side]! }] : []))
  const due = line.startDate ? checkInsDue(seen, { startedAt: line.startDate, everyWeeks: cadences.checkInEveryWeeks }) : null
  const risk = openRisk(seen)
  const attention = duoAttention({
    state: line.state, acceptedAt: line.acceptedAt, firstMeetingAt: line.firstMeetingAt, firstMeetingHeld: line.firstMeetingHeld,
    contractGeneratedAt: line.contractGeneratedAt, startedAt: line.startDate, plannedEndAt: line.plannedEndDate,
    lastActivity: line.lastActivity, cadence, checkInsDue: due, risk, ...(line.pauses && { pauses: line.pauses }),
  }, cadences, dayOf(today))
  return { line, cadence, checkInsDue: due, risk, attention, colour: attentionColour(attention) }
}
