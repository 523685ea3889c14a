/**
 * What an API refusal says to the reader, from its stable reason and values and the fr/en/nl catalogues: the
 * server's English never reaches the screen. Pure (the translator is handed in), so it is tested without a browser.
 */
import type { FieldReason } from '@binome/contracts/vocabulary'
import { formatDate } from '../format'

/** The i18n store's `$_`, or anything that formats a catalogue key with values. */
export type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string

type Values = Record<string, string | number>

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Values ready for a sentence: calendar dates through the one date formatter, the rest as they are. */
export function sayValues(values: Values | undefined, locale: string | null | undefined): Values {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, typeof v === 'string' && isoDate.test(v) ? formatDate(v, locale) : v]),
  )
}

/**
 * The catalogue's sentence for `key`, or undefined when the catalogues have none (the lookup answers the key itself).
 * The catalogues are the list of reasons the web knows: the reason tables stay out of the sign-in page's code, and
 * a test checks that every reason of the core has its words in fr, en and nl, naming only its declared values.
 */
function known(key: string, t: Translate, values: Values): string | undefined {
  const said = t(key, { values })
  // A value the server left out stays a `{name}` in the sentence: say a dash instead.
  return said === key ? undefined : said.replace(/\{[A-Za-z_]\w*\}/g, '—')
}

/** Every value a reason's sentence names is given, so a sentence never fails for a value the server left out. */
function withDeclared(names: readonly string[], values: Values): Values {
  const out: Values = { ...values }
  for (const name of names) out[name] ??= '—'
  return out
}

/**
 * The sentence for a refusal: its reason's words with its values; a network failure says so; a reason this
 * version of the web does not know falls back to a generic sentence with the status (never the server's English).
 *
 * @example
 * errorSentence({ status: 409, reason: 'last-admin', values: {} }, t, 'fr') // 'L’organisation doit garder …'
 */
export function errorSentence(
  e: { status: number; reason: string | null; values?: Values },
  t: Translate,
  locale: string | null | undefined,
): string {
  if (e.status === 0) return t('errors.network')
  if (!e.reason || !/^[a-z-]+$/.test(e.reason)) return t('errors.unknown', { values: { status: e.status } })
  const values = sayValues(e.values, locale)
  // The refusals public pages can meet ship with the app (`errors.reason`); the others come with the full catalogue
  // that signed-in screens load (`refusals`), so the sign-in page stays light.
  const said = known(`errors.reason.${e.reason}`, t, values) ?? known(`refusals.${e.reason}`, t, values)
  return said ?? t('errors.unknown', { values: { status: e.status } })
}

/** Field values a field reason's sentence may name. */
const fieldValueNames: Partial<Record<FieldReason, readonly string[]>> = {
  'too-short': ['min'],
  'too-small': ['min'],
  'too-long': ['max'],
  'too-big': ['max'],
  'end-before-start': ['startDate', 'endDate'],
}

/**
 * The sentence under a field, from its reason and values (the API's field issues and the web's own checks).
 *
 * @example
 * fieldSentence({ reason: 'too-short', values: { min: 2 } }, t, 'fr') // 'Au moins 2 caractères.'
 */
export function fieldSentence(
  issue: { reason?: string | undefined; values?: Values | undefined },
  t: Translate,
  locale: string | null | undefined,
): string {
  const reason = issue.reason
  if (!reason || !/^[a-z-]+$/.test(reason)) return t('validation.invalid')
  const values = withDeclared(fieldValueNames[reason as FieldReason] ?? [], sayValues(issue.values, locale))
  // The reasons public forms can meet ship with the app (`validation`); the others come with the full catalogue that
  // signed-in screens load (`fieldReasons`), so that a new reason never weighs on the sign-in page.
  return known(`validation.${reason}`, t, values) ?? known(`fieldReasons.${reason}`, t, values) ?? t('validation.invalid')
}

/** Whether reloading helps: only when someone else changed the thing since it was read. */
export const isStale = (e: { reason: string | null }): boolean => e.reason === 'stale-version'
