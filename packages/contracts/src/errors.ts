import { z } from 'zod'
import {
  errorCodes,
  errorEntities,
  errorReasons,
  fieldReasons,
  type ErrorCode,
  type ErrorEntity,
  type ErrorReason,
  type FieldIssue,
  type FieldReason,
} from '@binome/core'

/**
 * The error vocabulary as the web and API clients see it: declared once in the core (`errors.ts`), exported here so
 * that the web says each reason from its catalogues without importing the core.
 */
export { errorCodes, errorEntities, errorReasons, fieldReasons }
export type { ErrorCode, ErrorEntity, ErrorReason, FieldIssue, FieldReason }

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]])

const Values = z.record(z.string(), z.union([z.string(), z.number()]))

export const FieldIssueBody = z.object({
  path: z.string(),
  reason: enumOf(fieldReasons),
  message: z.string(),
  values: Values.optional(),
})

/**
 * The single error shape of the API: `code` the coarse kind, `reason` the stable cause with its `values`,
 * `message` English for logs, `details` the field issues of a validation error.
 */
export const ErrorBody = z.object({
  error: z.object({
    code: enumOf(Object.keys(errorCodes) as ErrorCode[]),
    reason: enumOf(Object.keys(errorReasons) as ErrorReason[]),
    values: Values.optional(),
    message: z.string(),
    details: z.array(FieldIssueBody).optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBody>

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
      return { reason: 'not-a-choice' }
    case 'unrecognized_keys':
      return { reason: 'unknown-field' }
    default:
      return { reason: 'invalid' }
  }
}
