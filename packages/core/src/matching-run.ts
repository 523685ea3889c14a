import { defineLifecycle } from './lifecycle'

export const matchingRunStatuses = ['queued', 'running', 'completed', 'failed'] as const
export type MatchingRunStatus = (typeof matchingRunStatuses)[number]

/**
 * A matching run, from the coordinator's request to its suggestions.
 *
 * - `start`: the worker takes the run; also from `running`, because a worker that died mid-run leaves it running
 *   and the queue redelivers the message.
 * - `complete`: its suggestions are written and visible.
 * - `retry`: an attempt failed and the queue will deliver it again.
 * - `fail`: the last attempt failed, or the run could not be queued.
 * - `requeue`: the coordinator asks again for a failed run.
 */
export const matchingRunLifecycle = defineLifecycle({
  entity: 'The matching run',
  states: matchingRunStatuses,
  initial: 'queued',
  transitions: {
    start: { from: ['queued', 'running'], to: 'running' },
    complete: { from: ['running'], to: 'completed' },
    retry: { from: ['running'], to: 'queued' },
    fail: { from: ['queued', 'running'], to: 'failed' },
    requeue: { from: ['failed'], to: 'queued' },
  },
})
export type MatchingRunEvent = keyof typeof matchingRunLifecycle.transitions

/** What the worker is doing, in order; the screen shows it with a percentage while the run works. */
export const matchingRunStages = ['loading', 'computing', 'writing'] as const
export type MatchingRunStage = (typeof matchingRunStages)[number]

/**
 * Where each stage starts and ends on the run's progress bar, from measured runs (2,000 × 2,000 through the worker:
 * loading ≈ 10 %, computing ≈ 50 %, writing ≈ 40 % of the time).
 */
const stageSpan: Record<MatchingRunStage, [number, number]> = { loading: [0, 10], computing: [10, 60], writing: [60, 100] }

/**
 * The run's overall percentage at a stage, given how far that stage is (0 to 1).
 *
 * @example
 * runPercent('writing', 0.5) // 80
 */
export function runPercent(stage: MatchingRunStage, fraction = 0): number {
  const [from, to] = stageSpan[stage]
  return Math.min(99, Math.round(from + (to - from) * Math.max(0, Math.min(1, fraction))))
}
