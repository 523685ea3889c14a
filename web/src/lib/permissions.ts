import { can, type Action } from '@binome/contracts/vocabulary'
import type { MembershipRole } from '@binome/contracts'

/**
 * Whether the current role may do something: the app hides what the API would refuse
 * (the API still enforces it; this only keeps the screens honest).
 *
 * @example
 * allowed(data.role, 'programmes.write')
 */
export function allowed(role: MembershipRole | null | undefined, action: Action): boolean {
  return role ? can(role, action) : false
}
