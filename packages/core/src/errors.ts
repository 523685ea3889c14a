/**
 * The product's error kinds. The core and the data layer throw {@link DomainError};
 * the HTTP layer turns it into the single error shape `{ error: { code, message, details? } }`.
 */
export const errorCodes = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const

export type ErrorCode = keyof typeof errorCodes

/** One problem with one field of the input. `path` is the field, e.g. `"name"` or `"admin.email"`. */
export interface FieldIssue {
  path: string
  message: string
}

/**
 * An error whose message is safe to show to a user.
 *
 * @example
 * throw new DomainError('conflict', 'The programme was changed by someone else; reload it.')
 */
export class DomainError extends Error {
  readonly code: ErrorCode
  readonly details?: FieldIssue[] | Record<string, unknown>

  constructor(code: ErrorCode, message: string, details?: FieldIssue[] | Record<string, unknown>) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    if (details !== undefined) this.details = details
  }

  get status(): number {
    return errorCodes[this.code]
  }
}

/** Shorthands for the most common errors. */
export const notFound = (what: string) => new DomainError('not_found', `${what} not found`)
export const conflict = (what: string) =>
  new DomainError('conflict', `${what} was changed by someone else; reload it and try again`)
export const forbidden = (message = 'You do not have access to this') => new DomainError('forbidden', message)
