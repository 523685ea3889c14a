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

/** Alerts raised by the daily monitoring sweep; one per (sweep day, subject), so a re-run of a day is idempotent. */
export function alertsRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    page(opts: { limit: number; cursor?: string | undefined }) {
      return store.page<AlertRecord>(keys.alertsPartition(), opts)
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
  }
}
