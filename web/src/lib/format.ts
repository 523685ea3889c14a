/**
 * Dates and numbers for the reader. Every date on screen goes through `formatDate` / `formatDateTime`, and every
 * typed date through `parseDate`: dates are written and typed dd/mm/yyyy in all three languages, whatever the
 * browser's own language (Belgian readers write dates that way in French, Dutch and English alike).
 * Calendar dates (`YYYY-MM-DD`) are read in UTC so that a date never shifts by a day across time zones.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A calendar date or a moment as dd/mm/yyyy. `locale` is accepted for the callers' sake: the pattern is the same in
 * fr, nl and en.
 *
 * @example formatDate('2027-01-15', 'fr') // '15/01/2027'
 */
export function formatDate(isoDate: string | null | undefined, _locale?: string | null): string {
  if (!isoDate) return '—'
  const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  if (Number.isNaN(d.getTime())) return isoDate
  // A calendar date is the same day everywhere; a moment is shown on the reader's own day.
  return isoDate.length === 10
    ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
    : `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`
}

/** @example formatDateTime('2027-01-15T09:30:00Z', 'en') // '15/01/2027 10:30' (in the reader's zone) */
export function formatDateTime(iso: string | null | undefined, _locale?: string | null): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${formatDate(iso)} ${pad(d.getHours())}:${pad(d.getMinutes())}`
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
 * Each supported language in its own name, whatever the reader's language: a reader looks for their own language
 * in a list by the name they know it by.
 *
 * @example languageNames.nl // 'Nederlands'
 */
export const languageNames: Readonly<Record<string, string>> = { fr: 'Français', en: 'English', nl: 'Nederlands' }
