import type { MatchingRun } from '@binome/contracts'

/** Whether a run may still change (the screen keeps polling it). @example isUnfinished(run) */
export function isUnfinished(run: Pick<MatchingRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running'
}

