import { usageLimitReached, usageWindow, type UsageLimits } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/** A per-minute request counter (the table's TTL removes it two minutes after its minute). */
interface UsageCounter {
  count: number
  expiresAt: number
}

/** `ORG#<orgId>#USAGE` / `MINUTE#<minute>` (the organisation) and `MINUTE#<minute>#USER#<userId>` (one member). */
export const usageEntity = defineTenantEntity({
  type: 'usage',
  partition: () => 'USAGE',
  sort: (minute: string, userId?: string) => `MINUTE#${safe(minute, 'minute')}${userId ? `#USER#${safe(userId, 'userId')}` : ''}`,
})

/** The organisation's API usage, counted per minute against its limits. */
export function usageRepo(store: Store, ctx: TenantContext) {
  const bound = usageEntity.for(ctx.orgId)
  return {
    /**
     * Counts one request of the context's user at `now`; 429 `usage-limit` naming whose budget is spent when the
     * organisation or the user has reached its limit for this minute.
     *
     * @example
     * await tenant.usage.take(deps.now(), defaultUsageLimits)
     */
    async take(now: Date, limits: UsageLimits): Promise<void> {
      const w = usageWindow(now)
      const [user, organisation] = await Promise.all([
        store.countUpTo(bound.key([], [w.minute, ctx.userId]), bound.type, { limit: limits.perUserPerMinute, expiresAt: w.expiresAt }),
        store.countUpTo(bound.key([], [w.minute]), bound.type, { limit: limits.perOrganisationPerMinute, expiresAt: w.expiresAt }),
      ])
      if (!user) throw usageLimitReached('user', w.retryAfterSeconds)
      if (!organisation) throw usageLimitReached('organisation', w.retryAfterSeconds)
    },
    /** This minute's count of the organisation, or of one user. */
    async count(now: Date, userId?: string): Promise<number> {
      const raw = await store.getRaw(bound.key([], [usageWindow(now).minute, userId]))
      return raw ? Number((raw as unknown as UsageCounter).count) : 0
    },
  }
}
