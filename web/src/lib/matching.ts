import type { MatchingRun } from '@binome/contracts'

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
