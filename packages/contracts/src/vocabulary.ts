/**
 * The product's vocabulary as plain values, without zod: what the web's first pages need (roles and what each may
 * do, languages, person kinds and stages, a programme's default rules, the error and field reasons, and how a
 * schema issue becomes a field reason). Its own entry point (`@binome/contracts/vocabulary`) keeps the schemas, and
 * zod with them, out of the sign-in page.
 */
import { fieldReasons, type FieldReason } from '@binome/core'

const isFieldReason = (r: string | undefined): r is FieldReason => (fieldReasons as readonly string[]).includes(r ?? '')

export * from './from-core'
export { errorCodes, errorEntities, errorReasons, fieldReasons } from '@binome/core'
export type { ErrorCode, ErrorEntity, ErrorReason, FieldIssue, FieldReason, Locale, MembershipRole } from '@binome/core'

/** The subset of a zod 4 issue that says why a field is wrong. */
export interface SchemaIssue {
  code: string
  path: PropertyKey[]
  message: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  format?: string
  expected?: string
  keys?: string[]
  /** Set by the contracts' own refinements, e.g. `{ reason: 'unsafe-text' }` from the text helpers. */
  params?: { reason?: string }
}

/**
 * Why a field is wrong, from a zod issue, with its limit: the API's field issues and the web's own checks both
 * use it, so the reader sees the same words whether the browser or the server found the mistake.
 * `value` is the submitted value when known: an empty text is "required" whatever minimum the schema sets.
 *
 * @example
 * fieldReasonOf({ code: 'too_small', origin: 'string', minimum: 2, path: ['name'], message: '' }, 'M')
 * // { reason: 'too-short', values: { min: 2 } }
 */
export function fieldReasonOf(issue: SchemaIssue, value?: unknown): { reason: FieldReason; values?: Record<string, number> } {
  const n = (v: number | bigint | undefined) => Number(v ?? 0)
  if (typeof value === 'string' && value.trim() === '' && (issue.code === 'too_small' || issue.code === 'invalid_format')) {
    return { reason: 'required' }
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return n(issue.minimum) <= 1 ? { reason: 'required' } : { reason: 'too-short', values: { min: n(issue.minimum) } }
      return { reason: 'too-small', values: { min: n(issue.minimum) } }
    case 'too_big':
      if (issue.origin === 'string') return { reason: 'too-long', values: { max: n(issue.maximum) } }
      return { reason: 'too-big', values: { max: n(issue.maximum) } }
    case 'invalid_format':
      if (issue.format === 'email') return { reason: 'not-an-email' }
      if (issue.format === 'date') return { reason: 'not-a-date' }
      return { reason: 'bad-format' }
    case 'invalid_type':
      if (value === undefined) return { reason: 'required' }
      if (issue.expected === 'number' || issue.expected === 'int') return { reason: 'not-a-number' }
      return { reason: 'wrong-type' }
    case 'not_multiple_of':
      return { reason: 'not-an-integer' }
    case 'invalid_value':
    case 'invalid_union':
      // A choice not made at all is a missing answer, not a wrong one.
      return value === undefined ? { reason: 'required' } : { reason: 'not-a-choice' }
    case 'unrecognized_keys':
      return { reason: 'unknown-field' }
    case 'custom':
      // The contracts' own refinements carry their reason (`unsafe-text`, `unknown-locality`, `not-a-choice`...).
      return isFieldReason(issue.params?.reason) ? { reason: issue.params.reason } : { reason: 'invalid' }
    default:
      return { reason: 'invalid' }
  }
}

export { invitationLink, invitedEmail } from './invitation-link'

/**
 * What follows a percentage in a language: English writes no space before the sign, French and Dutch do (as the
 * catalogues' rates). One rule for the screens, the audit's phrases and the results files.
 *
 * @example `${68}${percentSign('en')}` // '68%'
 * @example `${68}${percentSign('fr')}` // '68 %'
 */
export const percentSign = (locale: string | null | undefined): string => (locale === 'en' ? '%' : ' %')
