import { DomainError } from './errors'

/**
 * How many API requests one organisation, and one of its users, may make per minute, so that one tenant (or one
 * runaway script) cannot use up the budget every organisation shares. A national matching pool is loaded by a few
 * requests, not thousands, so these leave everyday work untouched.
 */
export interface UsageLimits {
  perOrganisationPerMinute: number
  perUserPerMinute: number
}

export const defaultUsageLimits: UsageLimits = { perOrganisationPerMinute: 1200, perUserPerMinute: 300 }

/**
 * How a warm container spares the shared counter far from the limits. The counter is one item per organisation and
 * minute, so every request of an organisation would otherwise write the same item, one after the other.
 * - `batch`: at most this many requests are counted by one write (the container holds back at most `batch - 1`).
 * - `freshForMs`: the counts a container learnt from its last write are trusted this long.
 * Near a limit (at half of it) every request is one conditional write again, as exact as without batching.
 */
export const usageBatching = { batch: 8, freshForMs: 1_000 }

/**
 * What a container knows of one counter: the stored count its last write returned and when, the requests it holds
 * back, and those in its writes not answered yet.
 */
export interface UsageTally {
  stored: number
  /** Epoch milliseconds of the write that returned `stored`. */
  readAt: number
  /** Requests this container has served and not yet written. */
  unwritten: number
  /** Requests in this container's writes still under way (counted as spent until their answer is learnt). */
  writing: number
}

/**
 * Whether a request may be counted by the container alone and written with a later one: only when the organisation's
 * and the user's counts were learnt from a write less than `freshForMs` ago, the container holds fewer than
 * `batch - 1` requests back, and both counts, with what is held back, being written, and this request, stay within half
 * their limits.
 * Every write still checks the limits, so one container can serve at most `batch - 1` requests past a limit, and only
 * if other containers served more than half of it within `freshForMs`.
 *
 * @example
 * const tally = (stored: number) => ({ stored, readAt: t, unwritten: 2, writing: 1 })
 * countsLocally(tally(40), tally(9), defaultUsageLimits, t + 200) // true
 */
export function countsLocally(
  organisation: UsageTally | undefined,
  user: UsageTally | undefined,
  limits: UsageLimits,
  nowMs: number,
  batching = usageBatching,
): boolean {
  const within = (tally: UsageTally | undefined, limit: number) =>
    tally !== undefined &&
    nowMs - tally.readAt < batching.freshForMs &&
    nowMs >= tally.readAt &&
    (tally.stored + tally.writing + tally.unwritten + 1) * 2 <= limit
  return (
    within(organisation, limits.perOrganisationPerMinute) &&
    within(user, limits.perUserPerMinute) &&
    organisation!.unwritten + 1 < batching.batch
  )
}

/** The minute a request is counted in, when its counters can be forgotten, and how long until the next one. */
export interface UsageWindow {
  /** `yyyy-mm-ddThh:mm`, UTC. */
  minute: string
  /** Epoch seconds after which the window's counters are useless (the table's TTL removes them). */
  expiresAt: number
  retryAfterSeconds: number
}

/**
 * The usage window of a moment (the core has no clock: the caller hands the time in).
 *
 * @example
 * usageWindow(new Date('2026-11-30T10:15:42Z')) // { minute: '2026-11-30T10:15', expiresAt: 1764497820, retryAfterSeconds: 18 }
 */
export function usageWindow(now: Date): UsageWindow {
  const start = Math.floor(now.getTime() / 60_000) * 60_000
  return {
    minute: new Date(start).toISOString().slice(0, 16),
    expiresAt: Math.floor(start / 1000) + 120,
    retryAfterSeconds: Math.max(1, Math.ceil((start + 60_000 - now.getTime()) / 1000)),
  }
}

/**
 * The refusal of a request over its limit; `scope` says whose budget is spent.
 *
 * @example
 * throw usageLimitReached('organisation', 18)
 */
export function usageLimitReached(scope: 'organisation' | 'user', retryAfterSeconds: number): DomainError {
  return new DomainError('usage-limit', `Too many requests for this ${scope}; try again in ${retryAfterSeconds} s`, {
    values: { scope, retryAfterSeconds },
  })
}
