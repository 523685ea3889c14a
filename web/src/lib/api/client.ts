import { loadConfig } from './config'
import { ApiError, toApiError } from './errors'
import { readSession } from '../auth/session'

export type Query = Record<string, string | number | undefined | null>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  /** A multipart form instead of a JSON body (a file upload); the browser writes its content type. */
  form?: FormData
  query?: Query
  /** Send the bearer token (every /api call except sign-in, config and the local outbox). */
  auth?: boolean
  /** SvelteKit's `fetch` inside load functions; the global one elsewhere. */
  fetch?: typeof fetch
}

/**
 * Builds `path?query`, leaving out empty values.
 *
 * @example
 * withQuery('/x', { cursor: undefined, limit: 25 }) // '/x?limit=25'
 */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

/**
 * Calls the API (JSON in, JSON out) and throws {@link ApiError} for any non-2xx answer or network failure.
 *
 * @example
 * const me = await request<Me>('/onboarding/me')
 */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const fetchFn = opts.fetch ?? fetch
  const { apiBase } = await loadConfig(fetchFn)
  const headers: Record<string, string> = { accept: 'application/json' }
  if (opts.body !== undefined) headers['content-type'] = 'application/json'
  if (opts.auth !== false) {
    const session = readSession()
    if (!session) throw new ApiError(401, 'unauthorized', 'Not signed in')
    headers.authorization = `Bearer ${session.idToken}`
  }
  let res: Response
  try {
    res = await fetchFn(withQuery(`${apiBase}${path}`, opts.query), {
      method: opts.method ?? 'GET',
      headers,
      body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
    })
  } catch (e) {
    throw new ApiError(0, 'network', e instanceof Error ? e.message : 'Network error')
  }
  if (!res.ok) throw await toApiError(res)
  if (res.status === 204 || res.status === 202) {
    const text = await res.text()
    return (text ? JSON.parse(text) : undefined) as T
  }
  return (await res.json()) as T
}
