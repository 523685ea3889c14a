import { definePlatformEntity } from './entity'
import type { Store } from './store'

/** The last sweep that went through every organisation: counts only. */
export interface SweepRun {
  ranAt: string
  organisations: number
  programmes: number
  alertsRaised: number
  /**
   * The results files past their retention the run deleted, and the export jobs past theirs (counts only; absent
   * from a run recorded before they were counted).
   */
  exportFilesDeleted?: number
  exportJobsDeleted?: number
}

/** `PLATFORM#HEALTH` / `SWEEP`: what the operator's health page shows of the daily sweep. */
export const sweepRunEntity = definePlatformEntity({
  type: 'sweep-run',
  partition: () => 'PLATFORM#HEALTH',
  sort: () => 'SWEEP',
  keyOf: (_r: SweepRun) => [[], []] as const,
})

/**
 * Platform-wide health records (no personal data): written by the sweep, read by the operator.
 *
 * @example
 * await data.platformHealth.recordSweep({ ranAt, organisations: 2, programmes: 3, alertsRaised: 1, exportFilesDeleted: 4, exportJobsDeleted: 0 })
 */
export function platformHealthData(store: Store) {
  const runs = sweepRunEntity.in(store)
  return {
    async recordSweep(run: SweepRun): Promise<void> {
      await store.putMany([runs.putRequest([], [], run)])
    },
    lastSweep(): Promise<SweepRun | undefined> {
      return runs.get([], [])
    },
  }
}
