import type { MatchingPoolFilter, MatchingRun } from '@binome/contracts'

/** Whether a run may still change (the screen keeps polling it). @example isUnfinished(run) */
export function isUnfinished(run: Pick<MatchingRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running'
}

/**
 * Whether the screen keeps polling a run: while it is unfinished, then while the worker computes its alternatives' exact
 * losses (a completed run's `losses` is `computing` until they are `ready` or `partial`).
 *
 * @example isWatched({ status: 'completed', losses: 'computing' }) // true
 */
export function isWatched(run: Pick<MatchingRun, 'status' | 'losses'>): boolean {
  return isUnfinished(run) || (run.status === 'completed' && run.losses === 'computing')
}

/**
 * The pool limit a run is started with, from the form's fields: localities typed comma- or semicolon-separated, one
 * sector, the coordinator; undefined when nothing limits it (the whole pool).
 *
 * @example
 * poolBody({ localities: 'Liège; Namur', sector: '', coordinatorId: undefined }) // { localities: ['Liège', 'Namur'] }
 */
export function poolBody(v: { localities: string; sector: string; coordinatorId: string | undefined }): MatchingPoolFilter | undefined {
  const localities = v.localities.split(/[,;]/).map((s) => s.trim()).filter(Boolean)
  const pool: MatchingPoolFilter = {
    ...(localities.length && { localities }),
    ...(v.sector && { sectors: [v.sector] }),
    ...(v.coordinatorId && { coordinatorId: v.coordinatorId }),
  }
  return Object.keys(pool).length ? pool : undefined
}

/**
 * What a run's pool was limited to, as a short list for its heading ("Liège, Namur · Santé · people I interviewed").
 *
 * @example
 * poolParts({ sectors: ['health'] }, { sectorLabel: () => 'Santé', mine: false, words: (k) => k }) // 'Santé'
 */
export function poolParts(
  pool: MatchingPoolFilter,
  o: { sectorLabel: (value: string) => string; mine: boolean; words: (key: 'byMe' | 'byColleague') => string },
): string {
  return [
    pool.localities?.join(', '),
    pool.sectors?.map(o.sectorLabel).join(', '),
    pool.coordinatorId && o.words(o.mine ? 'byMe' : 'byColleague'),
  ].filter(Boolean).join(' · ')
}
