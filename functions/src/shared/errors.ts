import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DomainError, type FieldIssue } from '@binome/core'
import { fieldReasonOf } from '@binome/contracts'
import type { ZodError } from 'zod'
import type { AppEnv } from './env'

/**
 * Field issues from a zod error: one per field, with unknown fields named one by one. Each carries its stable
 * reason (and limit) so that interfaces say it in the reader's language; `message` stays zod's English.
 *
 * @example
 * zodIssues(err, body) // [{ path: 'name', reason: 'required', message: '…' }, { path: 'colour', reason: 'unknown-field', message: 'is not a known field' }]
 */
export function zodIssues(error: ZodError, input?: unknown): FieldIssue[] {
  const out: FieldIssue[] = []
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.')
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ path: base ? `${base}.${key}` : key, reason: 'unknown-field', message: 'is not a known field' })
      }
    } else {
      const { reason, values } = fieldReasonOf(issue, valueAt(input, issue.path))
      out.push({ path: base || '(body)', reason, message: issue.message, ...(values && { values }) })
    }
  }
  return out
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

/**
 * The single error shape of the API, `{ error: { code, reason, values?, message, details? } }`, with the status of
 * the error's kind.
 *
 * @example
 * return errorResponse(c, new DomainError('no-such-route', 'No such route'))
 */
export function errorResponse(c: Context, err: DomainError) {
  const body = {
    code: err.code,
    reason: err.reason,
    ...(err.values !== undefined && { values: err.values }),
    message: err.message,
    ...(err.details !== undefined && { details: err.details }),
  }
  // A refusal that says when to come back says it the standard way too, for clients that honour it.
  const retryAfter = err.values?.retryAfterSeconds
  if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter))
  return c.json({ error: body }, err.status as ContentfulStatusCode)
}

/** What hono's own refusals become: it throws them before a handler runs (body limit, unreadable JSON). */
function fromHttpException(err: HTTPException): DomainError {
  switch (err.status) {
    case 401:
      return new DomainError('sign-in-required', err.message || 'Sign in to continue')
    case 403:
      return new DomainError('forbidden', err.message || 'You do not have access to this')
    case 404:
      return new DomainError('no-such-route', err.message || 'No such route')
    case 413:
      return new DomainError('payload-too-large', 'The request body is too large')
    case 415:
      return new DomainError('unsupported-media-type', err.message || 'The request body must be JSON')
    default:
      return /json/i.test(err.message)
        ? new DomainError('invalid-json', err.message)
        : new DomainError('bad-request', err.message || 'The request could not be understood')
  }
}

/**
 * Turns anything thrown into the error shape. Domain errors keep their reason and message; unknown errors are
 * logged with the request id and answered with a generic 500, so no stack trace reaches a user.
 */
export function onError(err: Error, c: Context<AppEnv>) {
  if (err instanceof DomainError) return errorResponse(c, err)
  if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err))
  c.var.deps?.logger.error('unhandled error', { requestId: c.var.requestId, error: err })
  const requestId = c.var.requestId ?? 'unknown'
  return errorResponse(c, new DomainError('internal', `Something went wrong (request ${requestId})`, { values: { requestId } }))
}
