import type { MembershipRole } from '@binome/core'

/**
 * Who is acting, in which organisation, with which role. Every access to tenant data needs one;
 * it is built only from a verified membership (see the HTTP tenant middleware and the worker).
 */
export interface TenantContext {
  readonly orgId: string
  readonly userId: string
  readonly role: MembershipRole | 'system'
}

/**
 * A context for platform processes acting for one organisation (the matching worker, the daily sweep).
 *
 * @example
 * systemContext('o1') // { orgId: 'o1', userId: 'system', role: 'system' }
 */
export function systemContext(orgId: string): TenantContext {
  return { orgId, userId: 'system', role: 'system' }
}
