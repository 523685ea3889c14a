import type { Loaded } from '../day-work'
import { ApiError } from './errors'
import { guard } from './handling'

/**
 * Loads one source of a page without failing the whole page (the page says which source failed); an expired
 * session still goes to sign-in, as with `guard`.
 *
 * @example
 * const alerts = await settle(api.listAlerts(orgId, {}, { fetch }), url)
 */
export async function settle<T>(call: Promise<T>, url: URL): Promise<Loaded<T>> {
  try {
    return { ok: true, value: await call }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) await guard(Promise.reject(e), url)
    return { ok: false }
  }
}
