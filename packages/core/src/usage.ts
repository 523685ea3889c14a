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
