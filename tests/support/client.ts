import { successSchema } from '@binome/contracts/routes'
import type { Platform } from '@binome/local'
import { declarationFor } from './declarations'

export interface Reply<T = any> {
  status: number
  body: T
  headers: Headers
}

/**
 * A tiny API client for tests: JSON in and out, optional bearer token, raw bodies for bad-input tests.
 *
 * @example
 * const admin = await signIn(p, 'admin@mentoryou.demo')
 * const r = await admin.get('/api/onboarding/me')
 */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token?: string,
  ) {}

  async request<T = any>(method: string, path: string, body?: unknown, init: { raw?: string; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...(this.token && { authorization: `Bearer ${this.token}` }), ...init.headers }
    let payload: string | FormData | undefined
    if (init.raw !== undefined) payload = init.raw
    // A multipart form (a file upload): fetch writes its own content type, with the boundary.
    else if (body instanceof FormData) payload = body
    else if (body !== undefined) payload = JSON.stringify(body)
    if (typeof payload === 'string' && !headers['content-type']) headers['content-type'] = 'application/json'
    const res = await fetch(this.baseUrl + path, { method, headers, ...(payload !== undefined && { body: payload }) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON (HTML pages); keep the text
    }
    if (res.ok) checkAgainstContract(method, path, res.status, parsed)
    return { status: res.status, body: parsed as T, headers: res.headers }
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path)
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body)
  }
  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body)
  }
  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body)
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path)
  }
}

/**
 * Every success answer of a declared route must be the declared status and parse against the declared response
 * schema: so every suite that calls the API also checks its contract, answer by answer.
 */
export function checkAgainstContract(method: string, path: string, status: number, body: unknown): void {
  const route = declarationFor(method, path)
  if (!route) return // platform routes (health, OpenAPI, sign-in) are not tenant API routes
  const expected = successSchema(route)
  if (status !== expected.status) throw new Error(`${method} ${path}: answered ${status}, declared ${expected.status}`)
  if (!expected.schema) {
    if (body !== undefined) throw new Error(`${method} ${path}: declared no body, answered ${JSON.stringify(body)}`)
    return
  }
  const result = expected.schema.safeParse(body)
  if (!result.success) throw new Error(`${method} ${path}: the answer does not match its contract: ${JSON.stringify(result.error.issues)}`)
}

const codeOf = (subject: string) => subject.match(/\b(\d{6})\b/)?.[1]

/**
 * The latest sign-in code mailed to an address, read from the local outbox. The issuer answers before it mails
 * (so that known and unknown addresses answer alike), hence the wait. With `newerThan` (a count of the address's
 * mails taken before asking), a code mailed after that is awaited first; if none comes within 4 s (a code fresher
 * than the resend window was still valid, so none was sent), the latest one is taken. (1 s was too short on a busy
 * 2-core machine: a page that fetches the form's schemas before asking, then the mail sent after the answer, took longer,
 * and the consumed code of an earlier sign-in was typed.)
 */
export async function latestCode(p: Platform, email: string, opts: { newerThan?: number; timeoutMs?: number } = {}): Promise<string> {
  const started = Date.now()
  const timeoutMs = opts.timeoutMs ?? 5_000
  for (;;) {
    const mails = p.outbox.list({ to: email })
    const fresh = opts.newerThan === undefined ? mails : mails.slice(opts.newerThan)
    const code = [...fresh].reverse().map((m) => codeOf(m.subject)).find(Boolean)
    if (code) return code
    if (opts.newerThan !== undefined && Date.now() - started > 4_000) return latestCode(p, email, { timeoutMs })
    if (Date.now() - started > timeoutMs) throw new Error(`no sign-in code in the outbox for ${email}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/**
 * Signs in through the local issuer exactly as the web app does: ask for a code, read it from the outbox,
 * exchange it for an ID token.
 */
export async function signIn(p: Platform, email: string): Promise<ApiClient> {
  const anon = new ApiClient(p.url)
  const newerThan = p.outbox.list({ to: email }).length
  const asked = await anon.post('/api/auth/code', { email })
  if (asked.status !== 202) throw new Error(`code request failed: ${asked.status}`)
  const token = await anon.post('/api/auth/token', { email, code: await latestCode(p, email, { newerThan }) })
  if (token.status !== 200) throw new Error(`token exchange failed: ${token.status} ${JSON.stringify(token.body)}`)
  return new ApiClient(p.url, token.body.idToken)
}

export const PLS = 'pls-mentoryou'
export const CAI = 'cai-duo-n2wa'
export const PLS_PROGRAMME = 'mentoryou-2026'
export const CAI_PROGRAMME = 'duo-n2wa-2026'
