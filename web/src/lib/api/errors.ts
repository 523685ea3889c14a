/** One problem with one input field, as the API reports it under `validation_failed`. */
export interface FieldIssue {
  path: string
  message: string
}

/**
 * An error answered by the API (`{ error: { code, message, details? } }`) or a network failure (`status` 0).
 *
 * @example
 * try { await api.getProgramme(o, p) } catch (e) { if (e instanceof ApiError && e.status === 404) ... }
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }

  /** The per-field issues of a `validation_failed` answer (empty otherwise). */
  get fieldIssues(): FieldIssue[] {
    if (!Array.isArray(this.details)) return []
    return this.details.filter(
      (d): d is FieldIssue =>
        typeof d === 'object' && d !== null && typeof d.path === 'string' && typeof d.message === 'string',
    )
  }
}

/**
 * Reads an error answer; tolerates bodies that are not the API's shape (a proxy's HTML page, say).
 *
 * @example
 * if (!res.ok) throw await toApiError(res)
 */
export async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown = null
  try {
    body = await res.json()
  } catch {
    // not JSON: keep the status alone
  }
  const err = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error
  const code = typeof err?.code === 'string' ? err.code : `http_${res.status}`
  const message = typeof err?.message === 'string' ? err.message : res.statusText
  return new ApiError(res.status, code, message, err?.details)
}
