import { randomBytes } from 'node:crypto'

/**
 * A new identifier: 16 random bytes, base64url (22 characters, URL- and key-safe, no '#').
 *
 * @example
 * newId() // 'hN3k2...'
 */
export function newId(): string {
  return randomBytes(16).toString('base64url')
}
