/** One problem with one input field, as the API reports it: a stable `reason` with its `values`, and English. */
export interface FieldIssue {
  path: string
  reason?: string
  message: string
  values?: Record<string, string | number>
}

type Values = Record<string, string | number>

const isValues = (v: unknown): v is Values =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string' || typeof x === 'number')

/**
 * An error answered by the API (`{ error: { code, reason, values?, message, details? } }`) or a network failure
 * (`status` 0). Screens say it from `reason` and `values`; `message` is the server's English, for logs only.
 *
 * @example
 * try { await api.getProgramme(o, p) } catch (e) { if (e instanceof ApiError && e.reason === 'not-found') ... }
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  /** The stable reason (`stale-version`, `last-admin`, …), or null when the answer did not carry one (a proxy's page). */
  readonly reason: string | null
  readonly values: Values
  readonly details: unknown

  constructor(status: number, code: string, message: string, details?: unknown, reason: string | null = null, values: Values = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
    this.reason = reason
    this.values = values
  }

  /** The per-field issues of a validation answer (empty otherwise). */
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
  const err = (body as { error?: { code?: unknown; reason?: unknown; values?: unknown; message?: unknown; details?: unknown } } | null)?.error
  const code = typeof err?.code === 'string' ? err.code : `http_${res.status}`
  const message = typeof err?.message === 'string' ? err.message : res.statusText
  const reason = typeof err?.reason === 'string' ? err.reason : null
  return new ApiError(res.status, code, message, err?.details, reason, isValues(err?.values) ? err.values : {})
}
