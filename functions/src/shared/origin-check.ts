import { createHash, timingSafeEqual } from 'node:crypto'
import { originSecretHeader } from '@binome/contracts/security-headers'

const digest = (s: string) => createHash('sha256').update(s).digest()

/**
 * Whether a request came through CloudFront (and so through its AWS WAF web ACL): it carries the origin secret
 * CloudFront adds (see `originSecretHeader`). Without a configured secret (the local platform) every request passes.
 * Compared in constant time, on digests so that the lengths tell nothing either.
 *
 * @example
 * throughEdge({ 'x-binome-origin': 's3cr3t' }, 's3cr3t') // true
 * throughEdge({}, 's3cr3t') // false
 */
export function throughEdge(headers: Readonly<Record<string, string | undefined>> | undefined, secret: string | undefined): boolean {
  if (!secret) return true
  const sent = headers?.[originSecretHeader] ?? ''
  return timingSafeEqual(digest(sent), digest(secret))
}

/** The answer to a request that went around CloudFront: 403 in the API's error shape (no user ever sees it). */
export const notThroughEdge = {
  statusCode: 403,
  headers: { 'content-type': 'application/json; charset=UTF-8' },
  body: JSON.stringify({ error: { code: 'forbidden', reason: 'not-through-edge', message: 'Use the application\'s address: the API is served through it' } }),
}
