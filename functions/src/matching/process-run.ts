import { DomainError, matchingPool, matchingRunLifecycle as lifecycle, pairRulesForRun, runPercent, type MatchingRunStage } from '@binome/core'
import { systemContext, type MatchingRunRecord, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import type { MatchingRunMessage } from '../shared/queue'
import { computeSuggestions, type Suggestions } from './engine'
import { matchingQueueSettings } from './queue-settings'

const isConflict = (e: unknown) => e instanceof DomainError && e.status === 409

/**
 * Computes one matching run. Idempotent: a run already finished is left alone, so a redelivered message is
 * harmless; each attempt writes its result under its own number and the run shows it only once complete, so a crash
 * mid-write leaves nothing half-visible. On the last allowed attempt a failure is recorded on the run before the
 * message goes to the DLQ. The run carries its stage and percentage while it works.
 *
 * @example
 * await processRun(deps, { orgId, programmeId, runId }, 1)
 */
export async function processRun(
  deps: Pick<Deps, 'data' | 'now' | 'logger'>, msg: MatchingRunMessage, receiveCount: number, opts: { lossesBudgetMs?: number } = {},
): Promise<void> {
  const began = performance.now()
  const tenant = deps.data.forTenant(systemContext(msg.orgId))
  const run = await tenant.runs.get(msg.programmeId, msg.runId)
  if (!lifecycle.allows(run.status, 'start')) return
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
    // The criteria of the rules version the run was started under, whatever has been saved since.
    const { rules } = await tenant.rules.get(msg.programmeId, run.rulesVersion)
    const [people, duos] = await Promise.all([tenant.people.all(msg.programmeId), tenant.duos.poolEffects(msg.programmeId)])
    const enrolled = people.filter((p) => p.stage === 'ready')
    // A mentor with places left stays ready while in a duo: only those places are offered, and ended pairs never again.
    // A mentor without a capacity of their own takes the programme's (as proposing a duo counts it).
    const pool = matchingPool(enrolled.filter((p) => p.kind === 'mentee'), enrolled.filter((p) => p.kind === 'mentor'), duos, rules.cadences.mentorCapacity)
    const { mentees, mentors } = pool
    // The coordinator's excluded, locked and adjusted pairs, for the people of this pool.
    const rulesForRun = pairRulesForRun(await tenant.pairRules.all(msg.programmeId), {
      menteeIds: new Set(mentees.map((p) => p.id)), mentorCapacity: new Map(mentors.map((p) => [p.id, p.capacity ?? rules.cadences.mentorCapacity])),
    })
    const pairs = { ...rulesForRun, exclusions: [...rulesForRun.exclusions, ...pool.exclusions] }
    const loadMs = clock.lap()
    await progress.report('computing')
    await progress.settled()
    s = await computeSuggestions(mentees, mentors, rules.criteria, {
      objective: run.objective, minScore: run.minScore, day: deps.now(), pairs,
    })
    const computeMs = clock.lap()
    await progress.report('writing')
    await tenant.runs.writeResult(progress.run, attempt, s, (written, total) => progress.report('writing', written / total))
    await progress.settled()
    const writeMs = clock.lap()
    completed = {
      ...progress.run, status: lifecycle.next(progress.run.status, 'complete'), completedAt: deps.now().toISOString(), resultAttempt: attempt,
      progress: null, losses: 'computing', version: progress.run.version + 1,
      summary: {
        mentees: mentees.length, mentors: mentors.length, matched: s.suggestions.length, unmatched: s.unmatched.length,
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
  const budgetMs = opts.lossesBudgetMs ?? (matchingQueueSettings.workerTimeoutSeconds - LOSSES_MARGIN_SECONDS) * 1000 - (performance.now() - began)
  await writeLosses(deps, tenant, completed, s, budgetMs)
}

/** Seconds kept at the end of the worker's time to record how far the alternatives got. */
const LOSSES_MARGIN_SECONDS = 20
/** Mentees whose alternatives are computed, then written, at a time. */
const LOSSES_CHUNK = 250

/**
 * After the run shows completed: every mentee's alternatives with their exact losses, written as one item each
 * (`ALT#<menteeId>`, a GetItem for the route), suggested pairs first in rank order so the top of the review is ready
 * first. The run then says `ready`, or `partial` if the budget ran out or a write failed; never fails the run.
 */
async function writeLosses(deps: Pick<Deps, 'now' | 'logger'>, tenant: TenantData, run: MatchingRunRecord, s: Suggestions, budgetMs: number): Promise<void> {
  const started = performance.now()
  let status: 'ready' | 'partial' = 'ready'
  let writing: Promise<void> = Promise.resolve()
  try {
    for (let from = 0; from < s.menteeIds.length; from += LOSSES_CHUNK) {
      if (performance.now() - started > budgetMs) {
        status = 'partial'
        break
      }
      // The next chunk is computed while the previous one is being written.
      const records = s.menteeIds.slice(from, from + LOSSES_CHUNK).map((id) => s.alternativesOf(id))
      await writing
      writing = tenant.runs.writeAlternatives(run, run.resultAttempt as number, records)
    }
    await writing
  } catch (error) {
    deps.logger.error('matching alternatives not all written', { runId: run.id, error })
    status = 'partial'
  } finally {
    s.forget()
  }
  const lossesMs = Math.round(performance.now() - started)
  const summary = run.summary && { ...run.summary, timings: run.summary.timings && { ...run.summary.timings, lossesMs } }
  await tenant.runs.replace({ ...run, losses: status, summary, version: run.version + 1 }).catch((error: unknown) => {
    deps.logger.error('matching alternatives status not recorded', { runId: run.id, error })
  })
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
