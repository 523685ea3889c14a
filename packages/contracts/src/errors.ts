import * as z from 'zod'
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
import { lazySchema } from './lazy-schema'

/**
 * The error vocabulary as the web and API clients see it: declared once in the core (`errors.ts`), exported here so
 * that the web says each reason from its catalogues without importing the core.
 */
export { errorCodes, errorEntities, errorReasons, fieldReasons }
export type { ErrorCode, ErrorEntity, ErrorReason, FieldIssue, FieldReason }

const enumOf = <T extends string>(values: readonly T[]) => z.enum(values as [T, ...T[]])

const Values = /* @__PURE__ */ lazySchema(() => z.record(z.string(), z.union([z.string(), z.number()])))

export const FieldIssueBody = /* @__PURE__ */ lazySchema(() => z.object({
  path: z.string(),
  reason: enumOf(fieldReasons),
  message: z.string(),
  values: Values.optional(),
}))

/**
 * The single error shape of the API: `code` the coarse kind, `reason` the stable cause with its `values`,
 * `message` English for logs, `details` the field issues of a validation error.
 */
export const ErrorBody = /* @__PURE__ */ lazySchema(() => z.object({
  error: z.object({
    code: enumOf(Object.keys(errorCodes) as ErrorCode[]),
    reason: enumOf(Object.keys(errorReasons) as ErrorReason[]),
    values: Values.optional(),
    message: z.string(),
    details: z.array(FieldIssueBody).optional(),
  }),
}))
export type ErrorBody = z.infer<typeof ErrorBody>

export { fieldReasonOf, type SchemaIssue } from './vocabulary'
