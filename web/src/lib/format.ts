/**
 * Dates and numbers in the reader's language, through Intl.
 * Calendar dates (`YYYY-MM-DD`) are formatted in UTC so that a date never shifts by a day across time zones.
 */

/** @example formatDate('2027-01-15', 'fr') // '15 janv. 2027' */
export function formatDate(isoDate: string | null | undefined, locale: string | null | undefined): string {
  if (!isoDate) return '—'
  const d = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)
  if (Number.isNaN(d.getTime())) return isoDate
  return new Intl.DateTimeFormat(locale ?? 'fr', { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
}

/** @example formatDateTime('2027-01-15T09:30:00Z', 'en') // 'Jan 15, 2027, 10:30 AM' (in the reader's zone) */
export function formatDateTime(iso: string | null | undefined, locale: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(locale ?? 'fr', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
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
