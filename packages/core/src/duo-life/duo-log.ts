import { daysBetween, daysInMonth, dayOf, monthOf, monthsFrom } from './dates'

/** How a contact of the duo took place. A meeting is in person or by video; a contact is anything shorter. */
export const contactChannels = ['in-person', 'video', 'phone', 'email', 'message'] as const
export type ContactChannel = (typeof contactChannels)[number]

export const logKinds = ['meeting', 'contact'] as const
export type LogKind = (typeof logKinds)[number]

/** Who wrote a line of the log: one side of the duo, or staff entering it for them. */
export const logAuthors = ['mentor', 'mentee', 'staff'] as const
export type LogAuthor = (typeof logAuthors)[number]

/**
 * A line of the duo's log: a meeting (seed 004: at least two a month, about 1h30, at the mentor's workplace at PLS)
 * or a shorter contact (phone, e-mail, message), written by either side in under a minute from a phone.
 */
export interface DuoLogEntry {
  id: string
  duoId: string
  programmeId: string
  kind: LogKind
  /** The day it took place (YYYY-MM-DD). */
  date: string
  /** How long, for a meeting; null for a contact whose length nobody counts. */
  minutes: number | null
  channel: ContactChannel
  place: string | null
  /** What was worked on, in the duo's words. */
  workedOn: string
  nextSteps: string
  /** The actions of the plan this meeting moved on. */
  actionIds: string[]
  loggedBy: { side: LogAuthor; userId: string; name: string }
  createdAt: string
  version: number
}

/** The meetings, their minutes and the shorter contacts of one calendar month, against the programme's cadence. */
export interface MonthCadence {
  month: string
  meetings: number
  minutes: number
  contacts: number
  /** Meetings the cadence asks for in this month, pro rata for a month the duo started or ends in. */
  expected: number
  /** Whether the month is finished (a running month is not judged yet). */
  closed: boolean
  /** For a finished month: whether it held at least the expected meetings. */
  met: boolean
}

/**
 * The running count per month, from the duo's start month to `today`'s (or the planned end's, if earlier). The first
 * and last months ask for meetings in proportion to the days the duo lived in them, rounded down, so that a duo that
 * starts on the 25th is not late on the 31st.
 *
 * @example
 * cadenceByMonth(entries, { startedAt: '2027-01-10', today: '2027-03-05', meetingsPerMonth: 2 })
 * // [{ month: '2027-01', meetings: 2, expected: 1, closed: true, met: true, ... }, { month: '2027-02', ... }, { month: '2027-03', closed: false, ... }]
 */
export function cadenceByMonth(
  entries: readonly Pick<DuoLogEntry, 'kind' | 'date' | 'minutes'>[],
  duo: { startedAt: string; today: string; meetingsPerMonth: number; plannedEndAt?: string | null },
): MonthCadence[] {
  const start = dayOf(duo.startedAt)
  const end = duo.plannedEndAt && dayOf(duo.plannedEndAt) < duo.today ? dayOf(duo.plannedEndAt) : duo.today
  if (end < start) return []
  const months = monthsFrom(start, end)
  const byMonth = new Map(months.map((m) => [m, { meetings: 0, minutes: 0, contacts: 0 }]))
  for (const e of entries) {
    const row = byMonth.get(monthOf(e.date))
    if (!row) continue
    if (e.kind === 'meeting') {
      row.meetings += 1
      row.minutes += e.minutes ?? 0
    } else {
      row.contacts += 1
    }
  }
  const todayMonth = monthOf(duo.today)
  return months.map((month) => {
    const row = byMonth.get(month)!
    const total = daysInMonth(month)
    const from = month === monthOf(start) ? Number(start.slice(8, 10)) : 1
    const to = month === monthOf(end) && end !== duo.today ? Number(end.slice(8, 10)) : total
    const share = (to - from + 1) / total
    const expected = Math.floor(duo.meetingsPerMonth * share + 1e-9)
    const closed = month < todayMonth
    return { month, ...row, expected, closed, met: row.meetings >= expected }
  })
}

/**
 * The day of the duo's last contact of any kind, or null when nothing is logged.
 *
 * @example
 * lastActivity([{ date: '2027-02-01' }, { date: '2027-02-14' }]) // '2027-02-14'
 */
export function lastActivity(entries: readonly Pick<DuoLogEntry, 'date'>[]): string | null {
  let last: string | null = null
  for (const e of entries) if (last === null || e.date > last) last = e.date
  return last
}

/** Whether a logged day is acceptable: not before the duo started, not after today. */
export function isLoggableDay(day: string, duo: { startedAt: string; today: string }): boolean {
  return daysBetween(dayOf(duo.startedAt), day) >= 0 && daysBetween(day, duo.today) >= 0
}
