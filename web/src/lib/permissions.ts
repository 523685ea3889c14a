import { can, staffRoles, type Action, type MembershipRole } from '@binome/core'

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

/** Staff roles see the programme's people, members and alerts. @example isStaff('coordinator') // true */
export function isStaff(role: MembershipRole | null | undefined): boolean {
  return role ? staffRoles.includes(role) : false
}
