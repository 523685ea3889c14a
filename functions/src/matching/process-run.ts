import { DomainError, matchingRunLifecycle as lifecycle, runPercent, type MatchingRunStage } from '@binome/core'
import { systemContext, type MatchingRunRecord, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import type { MatchingRunMessage } from '../shared/queue'
import { computeSuggestions } from './engine'
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
export async function processRun(deps: Pick<Deps, 'data' | 'now' | 'logger'>, msg: MatchingRunMessage, receiveCount: number): Promise<void> {
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
  try {
    // The criteria of the rules version the run was started under, whatever has been saved since.
    const { rules } = await tenant.rules.get(msg.programmeId, run.rulesVersion)
    const people = await tenant.people.all(msg.programmeId)
    const enrolled = people.filter((p) => p.stage === 'ready')
    const mentees = enrolled.filter((p) => p.kind === 'mentee')
    const mentors = enrolled.filter((p) => p.kind === 'mentor')
    const loadMs = clock.lap()
    await progress.report('computing')
    await progress.settled()
    const s = await computeSuggestions(mentees, mentors, rules.criteria, {
      objective: run.objective, minScore: run.minScore, day: deps.now(),
    })
    const computeMs = clock.lap()
    await progress.report('writing')
    await tenant.runs.writeResult(progress.run, attempt, s, (written, total) => progress.report('writing', written / total))
    await progress.settled()
    const writeMs = clock.lap()
    await tenant.runs.replace({
      ...progress.run, status: lifecycle.next(progress.run.status, 'complete'), completedAt: deps.now().toISOString(), resultAttempt: attempt,
      progress: null, version: progress.run.version + 1,
      summary: {
        mentees: mentees.length, mentors: mentors.length, matched: s.suggestions.length, unmatched: s.unmatched.length,
        totalScore: s.totalScore, ms: s.ms, timings: { loadMs, computeMs, writeMs },
      },
    })
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
