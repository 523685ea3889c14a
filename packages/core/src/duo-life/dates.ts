/**
 * Calendar dates (YYYY-MM-DD, no time of day) as the duo's life counts them: a meeting happens on a day, a check-in
 * is due on a day. Arithmetic in UTC so that a day is always 24 hours, whatever the server's zone.
 */

import type { Locale } from '../roles'

const dayMs = 86_400_000

/** Whether `s` is a real calendar date written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00.000Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

/** The day of an ISO date-time or a day (its first ten characters). */
export const dayOf = (isoOrDay: string): string => isoOrDay.slice(0, 10)

/** Where the programmes live: "today" is their day, not UTC's (between midnight and 1 or 2 a.m. the two differ). */
export const programmeTimeZone = 'Europe/Brussels'

// 'en-CA' writes a date as YYYY-MM-DD; one formatter serves every call. Made at the first call, not at import: a
// formatter with a time zone loads ICU's zone data (~20 ms of a function's cold start, `pnpm bench:platform`), and
// most requests never ask for a local day.
let programmeDayFormat: Intl.DateTimeFormat | undefined

let wallClockFormat: Intl.DateTimeFormat | undefined

/**
 * What a clock in the programmes' zone shows at an instant, each part as written (two digits, the year four). One
 * formatter serves every call, made at the first (see localDay).
 *
 * @example
 * wallClock('2027-01-14T17:00:00.000Z') // { year: '2027', month: '01', day: '14', hour: '18', minute: '00' }
 */
export function wallClock(instant: string | number | Date): { year: string; month: string; day: string; hour: string; minute: string } {
  wallClockFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: programmeTimeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  })
  const parts = wallClockFormat.formatToParts(new Date(instant))
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') }
}

/**
 * `dd/mm/yyyy` and `HH:mm` of an instant on a clock in the programmes' zone, as the e-mails write them.
 *
 * @example
 * wallClockWords('2027-06-14T16:00:00.000Z') // { date: '14/06/2027', time: '18:00' }
 */
export function wallClockWords(instant: string): { date: string; time: string } {
  const c = wallClock(instant)
  return { date: `${c.day}/${c.month}/${c.year}`, time: `${c.hour}:${c.minute}` }
}

/**
 * The calendar day an instant falls on in the programmes' zone: what a coordinator or a duo calls "today".
 *
 * @example
 * localDay('2027-03-03T23:30:00.000Z') // '2027-03-04' (00:30 in Brussels)
 * localDay(new Date('2027-07-01T12:00:00Z')) // '2027-07-01'
 */
export function localDay(instant: string | Date): string {
  programmeDayFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: programmeTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
  return programmeDayFormat.format(typeof instant === 'string' ? new Date(instant) : instant)
}

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween('2027-01-30', '2027-02-02') // 3
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${dayOf(to)}T00:00:00.000Z`) - Date.parse(`${dayOf(from)}T00:00:00.000Z`)) / dayMs)
}

/**
 * The calendar day `days` after `day`.
 *
 * @example
 * dayAfter('2027-02-27', 2) // '2027-03-01'
 */
export function dayAfter(day: string, days: number): string {
  return new Date(Date.parse(`${dayOf(day)}T00:00:00.000Z`) + days * dayMs).toISOString().slice(0, 10)
}

/**
 * A day as people write it in French and Dutch letters, e-mails and PDFs (dd/mm/yyyy); nothing for a day not set
 * (a duo not started yet has no dates to print).
 *
 * @example
 * dayWords('2027-03-04') // '04/03/2027'
 * dayWords(null) // ''
 */
export const dayWords = (day: string | null | undefined): string => (day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '')

/**
 * A day in the reader's language: dd/mm/yyyy in French and Dutch, and the unambiguous YYYY-MM-DD in English (where
 * dd/mm and mm/dd readers would disagree).
 *
 * @example
 * dayIn('2027-03-04', 'nl') // '04/03/2027'
 * dayIn('2027-03-04', 'en') // '2027-03-04'
 */
export const dayIn = (day: string, locale: Locale): string => (locale === 'en' ? day : dayWords(day))

const monthTags: Record<Locale, string> = { fr: 'fr-BE', en: 'en-GB', nl: 'nl-BE' }
// One formatter a language: the sweep names a month for each duo it reminds.
const monthFormats: Partial<Record<Locale, Intl.DateTimeFormat>> = {}

/**
 * A month (YYYY-MM) as a letter names it in the reader's language: "novembre 2026", not "11/2026".
 *
 * @example
 * monthIn('2026-11', 'fr') // 'novembre 2026'
 * monthIn('2026-11', 'nl') // 'november 2026'
 */
export const monthIn = (month: string, locale: Locale): string =>
  (monthFormats[locale] ??= new Intl.DateTimeFormat(monthTags[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' })).format(new Date(`${month}-01T12:00:00Z`))

/** The month of a day, YYYY-MM. */
export const monthOf = (day: string): string => day.slice(0, 7)

/**
 * The months from `from`'s to `to`'s, both included, in order.
 *
 * @example
 * monthsFrom('2026-11-20', '2027-01-03') // ['2026-11', '2026-12', '2027-01']
 */
export function monthsFrom(from: string, to: string): string[] {
  const out: string[] = []
  let [y, m] = monthOf(from).split('-').map(Number) as [number, number]
  const last = monthOf(to)
  for (let guard = 0; guard < 1200; guard++) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    if (month > last) break
    out.push(month)
    m += 1
    if (m > 12) { m = 1; y += 1 }
  }
  return out
}

/** How many days month `YYYY-MM` has. */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The month before `YYYY-MM`. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}
