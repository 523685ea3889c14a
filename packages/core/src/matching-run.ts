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
