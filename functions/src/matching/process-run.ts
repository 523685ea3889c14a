import {
  DomainError, inPoolFilter, lossesTakeover, matchingPool, matchingRunLifecycle as lifecycle, pairRulesForRun, runPercent, type MatchingLossesCursor, type MatchingRunStage,
} from '@binome/core'
import { systemContext, type MatchingRunRecord, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import type { MatchingRunMessage } from '../shared/queue'
import { computeSuggestions, type Suggestions } from './engine'
import { matchingQueueSettings } from './queue-settings'

const isConflict = (e: unknown) => e instanceof DomainError && e.status === 409

/** What the worker needs; the queue, to send itself the continuation of a run's alternatives. */
export type WorkerDeps = Pick<Deps, 'data' | 'now' | 'logger' | 'matchingQueue'>

export interface RunOptions {
  /** Milliseconds an invocation may spend on the alternatives; default: what is left of its time, less a margin. */
  lossesBudgetMs?: number
  /** Mentees whose alternatives are computed, then written, at a time (default 250). */
  lossesChunk?: number
  /** What is left of the invocation's time (the Lambda context's), from which the default budget is taken. */
  remainingMs?: () => number
}

/**
 * Computes one matching run. Idempotent: a run already finished is left alone, so a redelivered message is
 * harmless; each attempt writes its result under its own number and the run shows it only once complete, so a crash
 * mid-write leaves nothing half-visible. On the last allowed attempt a failure is recorded on the run before the
 * message goes to the DLQ. The run carries its stage and percentage while it works. Once completed, the alternatives
 * follow (see `lossesLeg`); a continuation message, or a redelivered one of a completed run, carries them on.
 *
 * @example
 * await processRun(deps, { orgId, programmeId, runId }, 1)
 */
export async function processRun(deps: WorkerDeps, msg: MatchingRunMessage, receiveCount: number, opts: RunOptions = {}): Promise<void> {
  const began = performance.now()
  const tenant = deps.data.forTenant(systemContext(msg.orgId))
  const run = await tenant.runs.get(msg.programmeId, msg.runId)
  if (msg.lossesFrom !== undefined || !lifecycle.allows(run.status, 'start')) return continueLosses(deps, tenant, run, receiveCount, opts, began)
  const attempt = run.attempts + 1
  const progress = progressOf(tenant, {
    ...run, status: lifecycle.next(run.status, 'start'), startedAt: deps.now().toISOString(), attempts: attempt, error: null,
    progress: { stage: 'loading', percent: 0 }, version: run.version + 1,
  })
  try {
    await tenant.runs.replace(progress.run)
  } catch (e) {
    // Another delivery of the same message took the run in the meantime: that one does the work.
    if (isConflict(e)) return
    throw e
  }
  const clock = stopwatch()
  let completed: MatchingRunRecord
  let s: Suggestions
  try {
    const pool = await loadPool(tenant, progress.run)
    const loadMs = clock.lap()
    await progress.report('computing')
    await progress.settled()
    s = await solve(pool, progress.run)
    const computeMs = clock.lap()
    await progress.report('writing')
    await tenant.runs.writeResult(progress.run, attempt, s, (written, total) => progress.report('writing', written / total))
    await progress.settled()
    const writeMs = clock.lap()
    completed = {
      ...progress.run, status: lifecycle.next(progress.run.status, 'complete'), completedAt: deps.now().toISOString(), resultAttempt: attempt,
      progress: null, losses: 'computing', version: progress.run.version + 1,
      lossesCursor: { done: 0, total: s.menteeIds.length, input: s.inputDigest, claimedAt: deps.now().toISOString(), continuations: 0 },
      summary: {
        mentees: pool.mentees.length, mentors: pool.mentors.length, matched: s.suggestions.length, unmatched: s.unmatched.length,
        totalScore: s.totalScore, ms: s.ms, timings: { loadMs, computeMs, writeMs },
      },
    }
    await tenant.runs.replace(completed)
  } catch (error) {
    await progress.settled().catch(() => undefined)
    // The run changed under us: another delivery of the message took it over and owns its result.
    if (isConflict(error)) return
    deps.logger.error('matching run failed', { runId: msg.runId, receiveCount, error })
    const last = receiveCount >= matchingQueueSettings.maxReceiveCount
    // Put the run back in the queue's hands (queued) unless this was the last try.
    await tenant.runs.replace({
      ...progress.run, status: lifecycle.next(progress.run.status, last ? 'fail' : 'retry'), progress: null, version: progress.run.version + 1,
      error: last ? 'The matching could not be computed; the operators have been told' : null,
    })
    throw error
  }
  // The run is completed and its pairs readable; the alternatives follow within what is left of the worker's time.
  await lossesLeg(deps, tenant, completed, s, receiveCount, opts, began)
}

/** Seconds kept at the end of the worker's time to save where the alternatives are and send the continuation. */
const LOSSES_MARGIN_SECONDS = 20
/** Mentees whose alternatives are computed, then written, at a time. */
const LOSSES_CHUNK = 250
/** A claim on the alternatives older than the worker's timeout is that of an invocation that died. */
const LOSSES_LEASE_MS = matchingQueueSettings.workerTimeoutSeconds * 1000

type Pool = Awaited<ReturnType<typeof loadPool>>

/** The run's pool as the engine takes it: enrolled people, the coordinator's pair rules, the run's rules version. */
async function loadPool(tenant: TenantData, run: MatchingRunRecord) {
  // The criteria of the rules version the run was started under, whatever has been saved since.
  const { rules } = await tenant.rules.get(run.programmeId, run.rulesVersion)
  const [people, duos] = await Promise.all([tenant.people.all(run.programmeId), tenant.duos.poolEffects(run.programmeId)])
  // Ready to match and in the part of the pool the coordinator limited the run to, if any.
  const inPool = inPoolFilter(run.pool)
  const enrolled = people.filter((p) => p.stage === 'ready' && inPool(p))
  // A mentor with places left stays ready while in a duo: only those places are offered, and ended pairs never again.
  // A mentor without a capacity of their own takes the programme's (as proposing a duo counts it).
  const pool = matchingPool(enrolled.filter((p) => p.kind === 'mentee'), enrolled.filter((p) => p.kind === 'mentor'), duos, rules.cadences.mentorCapacity)
  const { mentees, mentors } = pool
  // The coordinator's excluded, locked and adjusted pairs, for the people of this pool.
  const rulesForRun = pairRulesForRun(await tenant.pairRules.all(run.programmeId), {
    menteeIds: new Set(mentees.map((p) => p.id)), mentorCapacity: new Map(mentors.map((p) => [p.id, p.capacity ?? rules.cadences.mentorCapacity])),
  })
  return { mentees, mentors, criteria: rules.criteria, pairs: { ...rulesForRun, exclusions: [...rulesForRun.exclusions, ...pool.exclusions] } }
}

/** The engine on the pool; ages are taken on the attempt's start, so that a continuation solves the same input. */
const solve = (pool: Pool, run: MatchingRunRecord) =>
  computeSuggestions(pool.mentees, pool.mentors, pool.criteria, {
    objective: run.objective, minScore: run.minScore, day: new Date(run.startedAt as string), pairs: pool.pairs,
  })

/**
 * A continuation (or a redelivered message of a completed run): unless the alternatives are done or another
 * invocation holds them, claims them (a versioned write: of two deliveries one goes on), solves the same input again
 * and carries on from the saved cursor. If the pool changed since the run, the alternatives stop `partial`: those
 * written stay true of the run's solution, the others cannot be computed for it any more.
 */
async function continueLosses(deps: WorkerDeps, tenant: TenantData, run: MatchingRunRecord, receiveCount: number, opts: RunOptions, began: number): Promise<void> {
  if (lossesTakeover(run, deps.now(), LOSSES_LEASE_MS) !== 'take') return
  const cursor = run.lossesCursor as MatchingLossesCursor
  const claimed: MatchingRunRecord = { ...run, lossesCursor: { ...cursor, claimedAt: deps.now().toISOString() }, version: run.version + 1 }
  try {
    await tenant.runs.replace(claimed)
  } catch (e) {
    if (isConflict(e)) return
    throw e
  }
  let s: Suggestions
  try {
    s = await solve(await loadPool(tenant, claimed), claimed)
  } catch (error) {
    return lossesFailed(deps, tenant, claimed, receiveCount, error)
  }
  if (s.inputDigest !== cursor.input) {
    s.forget()
    deps.logger.warn('matching pool changed before the alternatives were all written', { runId: run.id, done: cursor.done, total: cursor.total })
    await finishLosses(tenant, claimed, 'partial')
    return
  }
  await lossesLeg(deps, tenant, claimed, s, receiveCount, opts, began)
}

/**
 * One invocation's share of the alternatives: every mentee's alternatives with their exact losses, written as one item
 * each (`ALT#<menteeId>`, a GetItem for the route), suggested pairs first in rank order so the top of the review is
 * ready first, the cursor saved after each chunk (the run's progress). At least one chunk per invocation, so each one
 * moves on; when the budget is spent, the cursor is saved unclaimed and a continuation message sent. A write that
 * fails is retried by the queue (redelivery carries on from the cursor); `partial` only after the last receive.
 */
async function lossesLeg(
  deps: WorkerDeps, tenant: TenantData, run: MatchingRunRecord, s: Suggestions, receiveCount: number, opts: RunOptions, began: number,
): Promise<void> {
  const started = performance.now()
  const budgetMs = opts.lossesBudgetMs
    ?? (opts.remainingMs ? opts.remainingMs() : matchingQueueSettings.workerTimeoutSeconds * 1000 - (started - began)) - LOSSES_MARGIN_SECONDS * 1000
  const chunk = opts.lossesChunk ?? LOSSES_CHUNK
  let stored = run
  const cursorOf = (r: MatchingRunRecord) => r.lossesCursor as MatchingLossesCursor
  const save = async (next: MatchingRunRecord) => {
    await tenant.runs.replace(next)
    stored = next
  }
  try {
    let done = cursorOf(run).done
    const total = s.menteeIds.length
    let writing: Promise<void> = Promise.resolve()
    for (let from = done; from < total; from += chunk) {
      if (from > done && performance.now() - started > budgetMs) break
      // The next chunk is computed while the previous one is being written.
      const to = Math.min(total, from + chunk)
      const records = s.menteeIds.slice(from, to).map((id) => s.alternativesOf(id))
      await writing
      writing = tenant.runs.writeAlternatives(stored, stored.resultAttempt as number, records)
        .then(() => save({ ...stored, lossesCursor: { ...cursorOf(stored), done: to }, version: stored.version + 1 }))
    }
    await writing
    done = cursorOf(stored).done
    const lossesMs = (stored.summary?.timings?.lossesMs ?? 0) + Math.round(performance.now() - started)
    const timed = { ...stored, summary: stored.summary && { ...stored.summary, timings: stored.summary.timings && { ...stored.summary.timings, lossesMs } } }
    if (done >= total) {
      const summary = timed.summary && { ...timed.summary, lossesInvocations: cursorOf(stored).continuations + 1 }
      await save({ ...timed, summary, losses: 'ready', lossesCursor: null, version: stored.version + 1 })
      return
    }
    // Out of time: save where it is, unclaimed, then hand over to the next invocation.
    const cursor = cursorOf(stored)
    await save({ ...timed, lossesCursor: { ...cursor, claimedAt: null, continuations: cursor.continuations + 1 }, version: stored.version + 1 })
    await deps.matchingQueue.send({ orgId: tenant.ctx.orgId, programmeId: run.programmeId, runId: run.id, lossesFrom: done })
  } catch (error) {
    // Another invocation took the alternatives over (its claim is newer): it carries on.
    if (isConflict(error)) return
    await lossesFailed(deps, tenant, stored, receiveCount, error)
  } finally {
    s.forget()
  }
}

/** A failed leg: retried by the queue (the claim released, so the redelivery carries on) unless this was the last receive. */
async function lossesFailed(deps: Pick<Deps, 'logger'>, tenant: TenantData, run: MatchingRunRecord, receiveCount: number, error: unknown): Promise<void> {
  deps.logger.error('matching alternatives not all written', { runId: run.id, receiveCount, error })
  if (receiveCount >= matchingQueueSettings.maxReceiveCount) {
    await finishLosses(tenant, run, 'partial')
    return
  }
  const cursor = run.lossesCursor as MatchingLossesCursor
  await tenant.runs.replace({ ...run, lossesCursor: { ...cursor, claimedAt: null }, version: run.version + 1 }).catch(() => undefined)
  throw error
}

async function finishLosses(tenant: TenantData, run: MatchingRunRecord, status: 'ready' | 'partial'): Promise<void> {
  await tenant.runs.replace({ ...run, losses: status, lossesCursor: null, version: run.version + 1 })
}

/** Milliseconds since the last lap. */
function stopwatch() {
  let last = performance.now()
  return {
    lap(): number {
      const now = performance.now()
      const ms = Math.round(now - last)
      last = now
      return ms
    },
  }
}

/**
 * Writes the run's stage and percentage as it goes: one write at a time (each is a versioned replace), and only when
 * the percentage moved by 5 points or the stage changed, so that a national run's thousands of batches cost a few
 * dozen writes. Progress is best effort: a failed write is skipped, except a conflict, which means another delivery
 * took the run over (`settled()` then rejects with it).
 */
function progressOf(tenant: TenantData, start: MatchingRunRecord) {
  /** The run as it is in the table. */
  let stored = start
  let shown = start.progress
  let lost: unknown = null
  let pending: Promise<void> = Promise.resolve()
  return {
    get run() {
      return stored
    },
    report(stage: MatchingRunStage, fraction = 0): Promise<void> {
      const percent = runPercent(stage, fraction)
      if (lost || (shown && shown.stage === stage && percent - shown.percent < 5)) return Promise.resolve()
      shown = { stage, percent }
      const wanted = shown
      pending = pending.then(async () => {
        if (lost) return
        const next = { ...stored, progress: wanted, version: stored.version + 1 }
        try {
          await tenant.runs.replace(next)
          stored = next
        } catch (e) {
          if (isConflict(e)) lost = e
        }
      })
      // Stage changes are awaited; in-stage percentages are not, so writing never waits on them.
      return fraction === 0 ? pending : Promise.resolve()
    },
    async settled(): Promise<void> {
      await pending
      if (lost) throw lost
    },
  }
}
