import type { PlatformOperations } from '@binome/functions'
import type { LocalQueue } from './queue'

/** Failures seen by the local runtime, by service, kept for a day (bounded), for the operator's health page. */
export class ErrorLedger {
  private readonly seen = new Map<string, number[]>()

  constructor(private readonly keepMs = 24 * 3600_000, private readonly maxPerService = 10_000) {}

  record(service: string, atMs: number): void {
    const times = this.seen.get(service) ?? []
    times.push(atMs)
    // Oldest first: drop what is past the window, and the oldest beyond the bound.
    while (times.length > this.maxPerService || (times.length > 0 && times[0]! < atMs - this.keepMs)) times.shift()
    this.seen.set(service, times)
  }

  counts(since: Date, until: Date): Record<string, number> {
    const out: Record<string, number> = {}
    for (const [service, times] of this.seen) out[service] = times.filter((t) => t >= since.getTime() && t <= until.getTime()).length
    return out
  }
}

/**
 * The operations probe of the local platform: the in-process matching queue's counts and dead letters, and the
 * failures the local runtime saw (API 5xx answers, failed worker deliveries, failed schedules).
 *
 * @example
 * const operations = localOperations(matchingQueue, ledger)
 */
export function localOperations(matchingQueue: LocalQueue, ledger: ErrorLedger): PlatformOperations {
  return {
    async queues() {
      const c = matchingQueue.counts()
      return [{ name: 'matching', waiting: c.pending, inFlight: c.inFlight, deadLetters: c.deadLetters }]
    },
    async redrive() {
      return { moved: matchingQueue.redrive() }
    },
    async errorCounts(since, until) {
      return ledger.counts(since, until)
    },
  }
}
