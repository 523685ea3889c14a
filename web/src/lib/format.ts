/**
 * Dates and numbers for the reader. Every date on screen goes through `formatDate` / `formatDateTime` /
 * `formatTime`, and every typed date through `parseDate`: dates are written and typed dd/mm/yyyy in all three
 * languages, whatever the browser's own language (Belgian readers write dates that way in French, Dutch and English
 * alike). Calendar dates (`YYYY-MM-DD`) are read in UTC so that a date never shifts by a day across time zones.
 *
 * Moments are shown in the programmes' zone, Europe/Brussels, never the browser's: meetings happen in Belgium and the
 * invitation says their Brussels time, so an 18:30 meeting reads 18:30 to a reader whose computer is set to UTC or is
 * abroad. Times staff type (datetime-local fields) are sent as they are typed, as Brussels wall times the API converts.
 */
import { percentSign } from '@binome/contracts/vocabulary'

const pad = (n: number) => String(n).padStart(2, '0')

/** The zone every moment is shown in: the one the API reads typed times in (core `sessionTimeZone`). */
export const displayTimeZone = 'Europe/Brussels'

let wallClock: Intl.DateTimeFormat | undefined
/**
 * A moment's Brussels wall time as `YYYY-MM-DDTHH:mm`; a wall time without a zone (`YYYY-MM-DDTHH:mm`, as sessions
 * and closing interviews keep theirs) is already one and is returned as it came. Null when it is neither.
 *
 * @example brusselsWallTime('2026-07-01T16:30:00.000Z') // '2026-07-01T18:30'
 * @example brusselsWallTime('2026-12-10T18:30') // '2026-12-10T18:30'
 */
export function brusselsWallTime(value: string): string | null {
  const wall = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(value)
  if (wall) return `${wall[1]}T${wall[2]}`
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return null
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: displayTimeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  })
  const parts = Object.fromEntries(wallClock.formatToParts(d).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}

/**
 * The Brussels calendar day `days` after today (today itself with 0), as `YYYY-MM-DD`: the programmes' "today", never
 * the UTC day (at 00:30 in Brussels the UTC day is still yesterday) nor the browser's. Days are counted on the
 * calendar, so a daylight-saving change does not skip or repeat one.
 *
 * @example brusselsDay(1, new Date('2026-12-02T23:30:00Z')) // '2026-12-04' (it is already 3 December in Brussels)
 * @example brusselsDay(0, new Date('2026-12-02T12:00:00Z')) // '2026-12-02'
 */
export function brusselsDay(days = 0, now = new Date()): string {
  const today = brusselsWallTime(now.toISOString())!.slice(0, 10)
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
}

/**
 * A calendar date or a moment as dd/mm/yyyy (a moment on its Brussels day). `locale` is accepted for the callers'
 * sake: the pattern is the same in fr, nl and en.
 *
 * @example formatDate('2027-01-15', 'fr') // '15/01/2027'
 * @example formatDate('2026-12-31T23:30:00Z') // '01/01/2027' (00:30 in Brussels)
 */
export function formatDate(isoDate: string | null | undefined, _locale?: string | null): string {
  if (!isoDate) return '—'
  const day = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate : brusselsWallTime(isoDate)?.slice(0, 10)
  if (!day) return isoDate
  const [y, m, d] = day.split('-')
  return `${d}/${m}/${y}`
}

/**
 * A moment (or a Brussels wall time) as dd/mm/yyyy HH:mm in Brussels, whatever the reader's zone.
 *
 * @example formatDateTime('2027-01-15T09:30:00Z', 'en') // '15/01/2027 10:30'
 * @example formatDateTime('2026-07-01T18:30') // '01/07/2026 18:30'
 */
export function formatDateTime(iso: string | null | undefined, _locale?: string | null): string {
  if (!iso) return '—'
  const wall = brusselsWallTime(iso)
  return wall ? `${formatDate(wall.slice(0, 10))} ${wall.slice(11, 16)}` : iso
}

/**
 * The Brussels time of a moment (or of a wall time) as HH:mm, for a sentence that says the date apart.
 *
 * @example formatTime('2026-07-01T16:30:00.000Z') // '18:30'
 */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  return brusselsWallTime(iso)?.slice(11, 16) ?? iso
}

/**
 * A typed date as `YYYY-MM-DD`, or null when it is not a real calendar day. Accepts dd/mm/yyyy with `/`, `.`, `-`
 * or spaces and one-digit days and months (31/12/2026, 1.2.2027), and a pasted ISO date; two-digit years are
 * refused because they are ambiguous.
 *
 * @example parseDate('31/12/2026') // '2026-12-31'
 * @example parseDate('31/02/2027') // null
 */
export function parseDate(text: string): string | null {
  const s = text.trim()
  let day: number, month: number, year: number
  const dmy = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(s)
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (dmy) [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])]
  else return null
  const d = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

/**
 * A month (`YYYY-MM`) in words in the reader's language, as a sentence says it; anything else is returned as it came.
 *
 * @example formatMonth('2026-11', 'fr') // 'novembre 2026'
 * @example formatMonth('2026-11', 'nl') // 'november 2026'
 */
export function formatMonth(month: string, locale: string | null | undefined): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return month
  return new Intl.DateTimeFormat(locale ?? 'fr', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T12:00:00Z`))
}

/** @example formatNumber(1234.5, 'fr', 1) // '1 234,5' */
export function formatNumber(n: number, locale: string | null | undefined, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(locale ?? 'fr', { maximumFractionDigits }).format(n)
}

/**
 * A whole percentage as the language writes it (contracts' `percentSign`: a space before the sign but in English).
 *
 * @example formatPercent(68, 'en') // '68%'
 * @example formatPercent(68, 'fr') // '68 %'
 */
export function formatPercent(n: number, locale: string | null | undefined): string {
  return `${formatNumber(n, locale)}${percentSign(locale)}`
}

/**
 * Each supported language in its own name, whatever the reader's language: a reader looks for their own language
 * in a list by the name they know it by.
 *
 * @example languageNames.nl // 'Nederlands'
 */
export const languageNames: Readonly<Record<string, string>> = { fr: 'Français', en: 'English', nl: 'Nederlands' }
