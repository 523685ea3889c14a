import { countsLocally, usageLimitReached, usageWindow, type UsageLimits } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import { UsageMeter } from '../usage-meter'
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

/**
 * The organisation's API usage, counted per minute against its limits. Far from the limits a warm container counts
 * several requests in one write (`meter`, see `countsLocally`); near them every request is one conditional write.
 */
export function usageRepo(store: Store, ctx: TenantContext, meter: UsageMeter = new UsageMeter()) {
  const bound = usageEntity.for(ctx.orgId)
  const write = (key: ReturnType<typeof bound.key>, expiresAt: number, counters: { attribute: string; add: number; limit?: number }[]) =>
    store.countUpTo(key, bound.type, counters.filter((c) => c.add > 0), expiresAt)
  return {
    /**
     * Counts one request of the context's user at `now`, with whatever this container held back; 429 `usage-limit`
     * naming whose budget is spent when the organisation or the user has reached its limit for this minute.
     *
     * @example
     * await tenant.usage.take(deps.now(), defaultUsageLimits)
     */
    async take(now: Date, limits: UsageLimits): Promise<void> {
      const w = usageWindow(now)
      const at = now.getTime()
      const tallies = meter.of(ctx.orgId, w.minute)
      if (countsLocally(tallies.organisation, tallies.users.get(ctx.userId), limits, at)) return tallies.hold(ctx.userId)
      const key = bound.key([], [w.minute])
      const held = tallies.startWriting(ctx.userId)
      const others = [...held.users].filter(([userId]) => userId !== ctx.userId)
      // With this request (`current`, checked against the limits) or without it (the held-back ones alone, unchecked).
      const counters = (current: 0 | 1) => [
        { attribute: 'total', add: held.total + current, ...(current && { limit: limits.perOrganisationPerMinute }) },
        { attribute: userAttribute(ctx.userId), add: (held.users.get(ctx.userId) ?? 0) + current, ...(current && { limit: limits.perUserPerMinute }) },
        ...others.map(([userId, n]) => ({ attribute: userAttribute(userId), add: n })),
      ]
      const learn = (counted: Record<string, number>) => {
        const users = [ctx.userId, ...others.map(([userId]) => userId)]
          .filter((userId) => counted[userAttribute(userId)] !== undefined)
          .map((userId) => [userId, counted[userAttribute(userId)]!] as const)
        tallies.learn(counted.total ?? 0, new Map(users), at)
      }
      let counted: Record<string, number> | undefined
      try {
        // The held-back requests count towards the limits: they were served.
        counted = await write(key, w.expiresAt, counters(1))
        // The refused request is not counted, but the held-back ones were served: they are written all the same.
        if (!counted && held.total > 0) learn((await write(key, w.expiresAt, counters(0)))!)
      } catch (e) {
        tallies.settle(held, ctx.userId, false)
        throw e
      }
      tallies.settle(held, ctx.userId, true)
      if (counted) return learn(counted)
      const item = await store.getRaw(key)
      const userCount = Number(item?.[userAttribute(ctx.userId)] ?? 0)
      throw usageLimitReached(userCount >= limits.perUserPerMinute ? 'user' : 'organisation', w.retryAfterSeconds)
    },
    /** This minute's stored count of the organisation, or of one member (without what containers hold back). */
    async count(now: Date, userId?: string): Promise<number> {
      const item = await store.getRaw(bound.key([], [usageWindow(now).minute]))
      return Number(item?.[userId ? userAttribute(userId) : 'total'] ?? 0)
    },
  }
}
