import { usageLimitReached, usageWindow, type UsageLimits } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/**
 * `ORG#<orgId>#USAGE` / `MINUTE#<minute>`: one item per organisation and minute, holding the organisation's count
 * (`total`) and each member's (`user:<userId>`), so that a request is counted against both in one write. The table's
 * TTL removes it two minutes after its minute.
 */
export const usageEntity = defineTenantEntity({
  type: 'usage',
  partition: () => 'USAGE',
  sort: (minute: string) => `MINUTE#${safe(minute, 'minute')}`,
})

const userAttribute = (userId: string) => `user:${safe(userId, 'userId')}`

/** The organisation's API usage, counted per minute against its limits. */
export function usageRepo(store: Store, ctx: TenantContext) {
  const bound = usageEntity.for(ctx.orgId)
  return {
    /**
     * Counts one request of the context's user at `now`, in one conditional write; 429 `usage-limit` naming whose
     * budget is spent when the organisation or the user has reached its limit for this minute (only then is the
     * counter read, to say which).
     *
     * @example
     * await tenant.usage.take(deps.now(), defaultUsageLimits)
     */
    async take(now: Date, limits: UsageLimits): Promise<void> {
      const w = usageWindow(now)
      const key = bound.key([], [w.minute])
      const counted = await store.countUpTo(key, bound.type, [
        { attribute: 'total', limit: limits.perOrganisationPerMinute },
        { attribute: userAttribute(ctx.userId), limit: limits.perUserPerMinute },
      ], w.expiresAt)
      if (counted) return
      const item = await store.getRaw(key)
      const userCount = Number(item?.[userAttribute(ctx.userId)] ?? 0)
      throw usageLimitReached(userCount >= limits.perUserPerMinute ? 'user' : 'organisation', w.retryAfterSeconds)
    },
    /** This minute's count of the organisation, or of one member. */
    async count(now: Date, userId?: string): Promise<number> {
      const item = await store.getRaw(bound.key([], [usageWindow(now).minute]))
      return Number(item?.[userId ? userAttribute(userId) : 'total'] ?? 0)
    },
  }
}
