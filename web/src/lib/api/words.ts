/**
 * What an API refusal says to the reader, from its stable reason and values and the fr/en/nl catalogues: the
 * server's English never reaches the screen. Pure (the translator is handed in), so it is tested without a browser.
 */
import { errorReasons, fieldReasons, type ErrorReason, type FieldReason } from '@binome/contracts'
import { formatDate } from '../format'

/** svelte-i18n's `$_`, or anything that formats a catalogue key with values. */
export type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string

type Values = Record<string, string | number>

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Values ready for a sentence: calendar dates through the one date formatter, the rest as they are. */
export function sayValues(values: Values | undefined, locale: string | null | undefined): Values {
  return Object.fromEntries(
    Object.entries(values ?? {}).map(([k, v]) => [k, typeof v === 'string' && isoDate.test(v) ? formatDate(v, locale) : v]),
  )
}

export function isErrorReason(reason: unknown): reason is ErrorReason {
  return typeof reason === 'string' && Object.hasOwn(errorReasons, reason)
}

export function isFieldReason(reason: unknown): reason is FieldReason {
  return typeof reason === 'string' && (fieldReasons as readonly string[]).includes(reason)
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
  if (isErrorReason(e.reason)) {
    return t(`errors.reason.${e.reason}`, { values: withDeclared(errorReasons[e.reason].values, sayValues(e.values, locale)) })
  }
  return t('errors.unknown', { values: { status: e.status } })
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
  if (!isFieldReason(issue.reason)) return t('validation.invalid')
  return t(`validation.${issue.reason}`, { values: withDeclared(fieldValueNames[issue.reason] ?? [], sayValues(issue.values, locale)) })
}

/** Whether reloading helps: only when someone else changed the thing since it was read. */
export const isStale = (e: { reason: string | null }): boolean => e.reason === 'stale-version'
