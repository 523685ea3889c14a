import type { MembershipRole } from '@binome/core'
import type { MembershipIndexEntry, TenantData, User } from '@binome/data'
import type { Deps } from './deps'

/** What middleware puts on the request context, in the order it runs. */
export interface AppEnv {
  Variables: {
    requestId: string
    deps: Deps
    user: User
    /** The caller's memberships, read with the user (see `authenticate`). */
    memberships: MembershipIndexEntry[]
    tenant: TenantData
    role: MembershipRole
  }
}
