import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DomainError, type ErrorCode, type FieldIssue } from '@binome/core'
import type { ZodError } from 'zod'
import type { AppEnv } from './env'

/**
 * Field issues from a zod error: one per field, with unknown fields named one by one.
 *
 * @example
 * zodIssues(err) // [{ path: 'name', message: 'is required' }, { path: 'colour', message: 'is not a known field' }]
 */
export function zodIssues(error: ZodError): FieldIssue[] {
  const out: FieldIssue[] = []
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: base ? `${base}.${key}` : key, message: 'is not a known field' })
    } else {
      out.push({ path: base || '(body)', message: issue.message })
    }
  }
  return out
}

/** The single error shape of the API. */
export function errorResponse(c: Context, code: ErrorCode, status: number, message: string, details?: unknown) {
  return c.json({ error: { code, message, ...(details !== undefined && { details }) } }, status as ContentfulStatusCode)
}

const httpCodes: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
}

/**
 * Turns anything thrown into the error shape. Domain errors keep their message; unknown errors are logged with
 * the request id and answered with a generic 500, so no stack trace reaches a user.
 */
export function onError(err: Error, c: Context<AppEnv>) {
  if (err instanceof DomainError) return errorResponse(c, err.code, err.status, err.message, err.details)
  if (err instanceof HTTPException) {
    const code = httpCodes[err.status] ?? 'bad_request'
    const message =
      err.status === 413 ? 'The request body is too large' : err.message || 'The request could not be understood'
    return errorResponse(c, code, err.status, message)
  }
  c.var.deps?.logger.error('unhandled error', { requestId: c.var.requestId, error: err })
  return errorResponse(c, 'internal', 500, `Something went wrong (request ${c.var.requestId ?? 'unknown'})`)
}
