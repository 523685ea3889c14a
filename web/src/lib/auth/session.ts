/** The signed-in session, kept in sessionStorage so it ends with the browser tab. */
export interface Session {
  idToken: string
  email: string
  /** ISO date-time after which the token is refused by the API. */
  expiresAt: string
}

const KEY = 'binome.session'

/**
 * The current session, or null when signed out or when the token has expired.
 *
 * @example
 * const s = readSession(); if (!s) goto('/signin')
 */
export function readSession(now: Date = new Date()): Session | null {
  if (typeof sessionStorage === 'undefined') return null
  const raw = sessionStorage.getItem(KEY)
  if (!raw) return null
  try {
    const s = JSON.parse(raw) as Session
    if (typeof s.idToken !== 'string' || Date.parse(s.expiresAt) <= now.getTime()) {
      sessionStorage.removeItem(KEY)
      return null
    }
    return s
  } catch {
    sessionStorage.removeItem(KEY)
    return null
  }
}

/** @example saveSession({ idToken, email, expiresAt }) */
export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session))
}

/** Signs out locally: the token is forgotten. @example clearSession() */
export function clearSession(): void {
  if (typeof sessionStorage !== 'undefined') sessionStorage.removeItem(KEY)
}

/**
 * The expiry of a JWT, read from its `exp` claim (no verification: the API verifies; the app only needs to know
 * when to stop using it).
 *
 * @example
 * jwtExpiry('eyJ...') // '2026-11-21T11:00:00.000Z'
 */
export function jwtExpiry(token: string): string | null {
  const payload = token.split('.')[1]
  if (!payload) return null
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const exp = (JSON.parse(json) as { exp?: unknown }).exp
    return typeof exp === 'number' ? new Date(exp * 1000).toISOString() : null
  } catch {
    return null
  }
}
