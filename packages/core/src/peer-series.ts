import { DomainError, type FieldIssue } from './errors'
import { wallClock } from './duo-life/dates'
import { brusselsToUtc, inviteToSession, newSession, type Invitable, type Session, type SessionDraft, type SessionInvitee } from './sessions'

/**
 * Mentors' peer meetings set months ahead (seed 004: about every two months, 1h30, dates set six months ahead): a
 * coordinator plans the series once — a first date, an interval, a count or a horizon — and every meeting is created
 * at once with its invitations. The dates are Brussels wall-clock days: every meeting keeps the first one's time of
 * day across daylight saving, a monthly series keeps its day of the month and falls back to the month's last day
 * when the month is shorter (the 31st → 30 April, 28 or 29 February), and a date that does not exist in Brussels (a
 * time in the spring-forward hour) is refused by name rather than moved or skipped.
 */

/** At most a year of fortnightly meetings: one plan stays one short transaction. */
export const maxSeriesCount = 26
/** The horizon seed 004 speaks of, and the longest offered. */
export const defaultSeriesHorizonMonths = 6
export const maxSeriesHorizonMonths = 12

/** Every N weeks (the programme's `peerMeetingEveryWeeks` by default) or every N months (same day of the month). */
export type SeriesInterval = { weeks: number } | { months: number }

export interface SeriesPlan {
  /** The first meeting, Brussels wall-clock `YYYY-MM-DDTHH:mm`. */
  firstStartsAt: string
  every: SeriesInterval
  /** How many meetings; or, when absent, every meeting before the horizon. */
  count?: number | undefined
  /** Months from the first meeting (exclusive end); {@link defaultSeriesHorizonMonths} when neither is given. */
  horizonMonths?: number | undefined
}

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/
const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const daysIn = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate()

/** The local date `months` months after (y, m0, anchorDay), the day kept or brought back to the month's last. */
function addMonths(y: number, m0: number, anchorDay: number, months: number): [number, number, number] {
  const total = y * 12 + m0 + months
  const year = Math.floor(total / 12)
  const month0 = total % 12
  return [year, month0, Math.min(anchorDay, daysIn(year, month0))]
}

/** The wall-clock time a Brussels instant shows, to check that a local time exists (not in the spring-forward hour). */
function brusselsLocal(utc: string): string {
  const c = wallClock(utc)
  return `${c.year}-${c.month}-${c.day}T${c.hour}:${c.minute}`
}

const invalid = (path: string, message: string): FieldIssue => ({ path, reason: 'invalid', message })

/**
 * The wall-clock starts of a series, first included; a 400 naming the field at fault (an interval out of range, both
 * or neither of count and horizon beyond the limits, a date that does not exist in Brussels).
 *
 * @example
 * seriesDates({ firstStartsAt: '2027-01-31T18:30', every: { months: 2 }, horizonMonths: 6 })
 * // ['2027-01-31T18:30', '2027-03-31T18:30', '2027-05-31T18:30']
 * seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, count: 3 })
 * // ['2027-01-14T18:30', '2027-03-11T18:30', '2027-05-06T18:30']
 */
export function seriesDates(plan: SeriesPlan): string[] {
  const issues: FieldIssue[] = []
  const m = localDateTime.exec(plan.firstStartsAt)
  if (!m || !brusselsToUtc(plan.firstStartsAt)) issues.push(invalid('firstStartsAt', 'must be a date and time YYYY-MM-DDTHH:mm'))
  const weeks = 'weeks' in plan.every ? plan.every.weeks : undefined
  const months = 'months' in plan.every ? plan.every.months : undefined
  if (weeks !== undefined && (!Number.isInteger(weeks) || weeks < 1 || weeks > 52)) issues.push(invalid('every.weeks', 'must be a whole number of weeks between 1 and 52'))
  if (months !== undefined && (!Number.isInteger(months) || months < 1 || months > 12)) issues.push(invalid('every.months', 'must be a whole number of months between 1 and 12'))
  if (plan.count !== undefined && plan.horizonMonths !== undefined) issues.push(invalid('count', 'give a count or a horizon, not both'))
  if (plan.count !== undefined && (!Number.isInteger(plan.count) || plan.count < 1 || plan.count > maxSeriesCount)) {
    issues.push(invalid('count', `must be between 1 and ${maxSeriesCount}`))
  }
  const horizon = plan.count === undefined ? plan.horizonMonths ?? defaultSeriesHorizonMonths : undefined
  if (horizon !== undefined && (!Number.isInteger(horizon) || horizon < 1 || horizon > maxSeriesHorizonMonths)) {
    issues.push(invalid('horizonMonths', `must be between 1 and ${maxSeriesHorizonMonths} months`))
  }
  if (issues.length) throw new DomainError('validation', 'The series is not valid', { details: issues })

  const [y, mo, d, h, mi] = m!.slice(1).map(Number) as [number, number, number, number, number]
  const time = `T${pad(h)}:${pad(mi)}`
  const dateOf = (i: number): [number, number, number] => {
    if (months !== undefined) return addMonths(y, mo - 1, d, i * months)
    const day = new Date(Date.UTC(y, mo - 1, d + i * 7 * weeks!))
    return [day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()]
  }
  const fmt = ([yy, m0, dd]: [number, number, number]) => `${pad(yy, 4)}-${pad(m0 + 1)}-${pad(dd)}`
  // The horizon's end is a day (the same day of the month `horizon` months on, or that month's last): meetings on it are out.
  const end = horizon !== undefined ? fmt(addMonths(y, mo - 1, d, horizon)) : undefined
  const dates: string[] = []
  for (let i = 0; plan.count !== undefined ? i < plan.count : true; i++) {
    const day = fmt(dateOf(i))
    if (end !== undefined && day >= end) break
    dates.push(`${day}${time}`)
    if (dates.length > maxSeriesCount) break
  }
  if (dates.length > maxSeriesCount) {
    throw new DomainError('validation', 'The series is too long', { details: [invalid('horizonMonths', `more than ${maxSeriesCount} meetings: choose a longer interval or a shorter horizon`)] })
  }
  const gaps = dates.flatMap((local, i) => (brusselsLocal(brusselsToUtc(local)!) === local ? [] : [invalid(`dates[${i}]`, `${local} does not exist in Brussels (the clocks go forward that night)`)]))
  if (gaps.length) throw new DomainError('validation', 'A meeting falls in the hour the clocks skip', { details: gaps })
  return dates
}

/** What a coordinator fills in once for the whole series; every meeting gets the same. */
export type SeriesDraft = Omit<SessionDraft, 'kind' | 'startsAt'> & SeriesPlan

/**
 * The peer meetings of a series and their invitations, computed before anything is written so that the whole plan is
 * refused (400 naming the field, 409 `session-full` when the mentors outnumber the places) or written at once. Ids
 * and time are handed in; `mentors` are the programme's active mentors (an erased one is left out: never mailed again).
 *
 * @example
 * const { sessions, invitees } = planPeerSeries(draft, activeMentors, { newId, orgId, programmeId, userId, now })
 */
export function planPeerSeries(
  draft: SeriesDraft, mentors: readonly Invitable[],
  ctx: { newId: () => string; orgId: string; programmeId: string; userId: string; now: string },
): { sessions: Session[]; invitees: SessionInvitee[] } {
  const { firstStartsAt, every, count, horizonMonths, ...common } = draft
  const dates = seriesDates({ firstStartsAt, every, count, horizonMonths })
  // A series is planned ahead: a first meeting already begun would be invited to after the fact.
  if (brusselsToUtc(dates[0]!)! < ctx.now) {
    throw new DomainError('validation', 'The series starts in the past', { details: [invalid('firstStartsAt', 'the first meeting must be in the future')] })
  }
  const invitable = mentors.filter((p) => !p.erasedAt)
  const planned = dates.map((startsAt) => {
    const session = newSession({ ...common, kind: 'peer-meeting', startsAt }, { ...ctx, id: ctx.newId() })
    return inviteToSession(session, new Set(), invitable, ctx)
  })
  return { sessions: planned.map((p) => p.session), invitees: planned.flatMap((p) => p.invitees) }
}
