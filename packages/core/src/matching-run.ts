import { defineLifecycle } from './lifecycle'
import type { MatchingPoolFilter } from './matching-pool'

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
  entity: 'matchingRun',
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

export const matchingObjectives = ['max-score', 'max-matched'] as const

/**
 * Where a completed run's alternatives with their exact losses stand: the worker computes them after the run shows
 * completed (so the coordinator can already read its pairs), across as many invocations as they take, then says
 * `ready`; `partial` only when writing them kept failing or the pool changed before every mentee had theirs.
 */
export const matchingLossStatuses = ['computing', 'ready', 'partial'] as const
export type MatchingLossStatus = (typeof matchingLossStatuses)[number]
export type MatchingObjective = (typeof matchingObjectives)[number]

/** One computation of suggestions for a programme's pool (stage 3). Its pairs are items of their own. */
export interface MatchingRun {
  id: string
  programmeId: string
  status: MatchingRunStatus
  requestedBy: string
  objective: MatchingObjective
  minScore: number
  /** The version of the programme's rules (criteria, forms) the run was started under; it keeps it. */
  rulesVersion: number
  /** The part of the pool the coordinator limited the run to; null for the whole pool (and runs from before). */
  pool?: MatchingPoolFilter | null
  createdAt: string
  startedAt: string | null
  completedAt: string | null
  attempts: number
  /** The attempt whose suggestions and unmatched mentees this run shows; null until one completes. */
  resultAttempt: number | null
  error: string | null
  /** While the worker runs: its stage and the overall percentage. */
  progress: { stage: MatchingRunStage; percent: number } | null
  summary: {
    mentees: number
    mentors: number
    matched: number
    unmatched: number
    totalScore: number
    /** The engine's time. */
    ms: number
    /** Each stage of the worker, end to end. */
    timings?: { loadMs: number; computeMs: number; writeMs: number; lossesMs?: number }
    /** Worker invocations the alternatives took (the first and its continuations), once ready. */
    lossesInvocations?: number
  } | null
  /** The alternatives with exact losses, once completed (null before, and for runs from before they existed). */
  losses?: MatchingLossStatus | null
  /** While the losses are computed: how far the worker got (storage; the API shows `done` of `total`). */
  lossesCursor?: MatchingLossesCursor | null
  version: number
}

/**
 * Where a run's alternatives stand between the worker's invocations: each invocation writes mentees' alternatives
 * until its time is nearly out, saves `done` here and sends itself a continuation message; the next one carries on.
 */
export interface MatchingLossesCursor {
  /** Mentees whose alternatives are written, in the worker's order (suggested pairs by rank, then unmatched). */
  done: number
  total: number
  /** Digest of the engine's input: a continuation solves the same input again, or the alternatives stop `partial`. */
  input: string
  /** When an invocation took the computation over; null between invocations. */
  claimedAt: string | null
  /** Continuation messages sent so far. */
  continuations: number
}

/**
 * Whether an invocation may take over a run's losses computation: `done` when there is nothing (more) to compute,
 * `busy` while another invocation holds a claim younger than its lease (the worker's timeout: an older claim is that
 * of an invocation that died), else `take`.
 *
 * @example
 * lossesTakeover({ status: 'completed', losses: 'computing', lossesCursor: { ..., claimedAt: null } }, now, 300_000) // 'take'
 */
export function lossesTakeover(
  run: Pick<MatchingRun, 'status' | 'losses' | 'lossesCursor'>, now: Date, leaseMs: number,
): 'take' | 'busy' | 'done' {
  const cursor = run.lossesCursor
  if (run.status !== 'completed' || run.losses !== 'computing' || !cursor) return 'done'
  if (cursor.claimedAt !== null && now.getTime() - Date.parse(cursor.claimedAt) < leaseMs) return 'busy'
  return 'take'
}

/**
 * A run as a coordinator asks for it: queued, for the worker to take.
 *
 * @example
 * const run = newMatchingRun({ programmeId: 'p1', rulesVersion: 3, objective: 'max-score', minScore: 0 }, { id: 'r1', userId: 'u1', now })
 */
export function newMatchingRun(
  request: { programmeId: string; rulesVersion: number; objective: MatchingObjective; minScore: number; pool?: MatchingPoolFilter | null | undefined },
  ctx: { id: string; userId: string; now: string },
): MatchingRun {
  return {
    id: ctx.id, programmeId: request.programmeId, status: matchingRunLifecycle.initial, requestedBy: ctx.userId,
    objective: request.objective, minScore: request.minScore, rulesVersion: request.rulesVersion, pool: request.pool ?? null, createdAt: ctx.now, startedAt: null, completedAt: null,
    attempts: 0, resultAttempt: null, error: null, progress: null, summary: null, losses: null, version: 1,
  }
}

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
