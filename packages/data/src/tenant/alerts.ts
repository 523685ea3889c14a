import { DomainError } from '@binome/core'
import { tenantKeys } from '../keys'
import type { Store } from '../store'
import type { TenantContext } from './context'

export interface AlertRecord {
  id: string
  kind: 'programme-ending' | 'programme-not-started' | 'unmatched-mentees'
  programmeId: string
  message: string
  /** The alert's facts, language-free (programme name, days, dates, counts). */
  values: Record<string, string | number>
  raisedAt: string
  sweepDate: string
  version: number
}

/** When the daily sweep last went through this organisation (it may have raised nothing). */
export interface SweepRecord {
  /** The sweep's day (YYYY-MM-DD, UTC): its alerts are those with this `sweepDate`. */
  date: string
  ranAt: string
  version: number
}

/** Alerts raised by the daily monitoring sweep; one per (sweep day, subject), so a re-run of a day is idempotent. */
export function alertsRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    /** Oldest day first; with `sweepDate`, only that day's alerts. */
    page(opts: { limit: number; cursor?: string | undefined; sweepDate?: string | undefined }) {
      const { sweepDate, ...rest } = opts
      return store.page<AlertRecord>(keys.alertsPartition(), { ...rest, ...(sweepDate && { skPrefix: keys.alertDayPrefix(sweepDate) }) })
    },
    /** Writes the alert unless the same one was already raised that day; returns whether it is new. */
    async raise(a: AlertRecord): Promise<boolean> {
      try {
        await store.create(keys.alert(a.sweepDate, a.id), 'alert', a)
        return true
      } catch (e) {
        if (e instanceof DomainError && e.reason === 'already-exists') return false
        throw e
      }
    },
    lastSweep(): Promise<SweepRecord | undefined> {
      return store.get<SweepRecord>(keys.lastSweep())
    },
    /** Records that the sweep went through; a concurrent sweep recording the same thing first is not an error. */
    async recordSweep(date: string, ranAt: string): Promise<void> {
      const last = await store.get<SweepRecord>(keys.lastSweep())
      const next: SweepRecord = { date, ranAt, version: (last?.version ?? 0) + 1 }
      try {
        if (last) await store.replace(keys.lastSweep(), 'sweep', next)
        else await store.create(keys.lastSweep(), 'sweep', next)
      } catch (e) {
        if ((e as { code?: string }).code !== 'conflict') throw e
      }
    },
  }
}
