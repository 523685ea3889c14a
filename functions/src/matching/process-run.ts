import { DomainError, matchingRunLifecycle as lifecycle } from '@binome/core'
import { systemContext, type MatchingRunRecord } from '@binome/data'
import type { Deps } from '../shared/deps'
import type { MatchingRunMessage } from '../shared/queue'
import { computeSuggestions } from './engine'
import { matchingQueueSettings } from './queue-settings'

const isConflict = (e: unknown) => e instanceof DomainError && e.status === 409

/**
 * Computes one matching run. Idempotent: a run already finished is left alone, so a redelivered message is
 * harmless; each attempt writes its result under its own number and the run shows it only once complete, so a crash
 * mid-write leaves nothing half-visible. On the last allowed attempt a failure is recorded on the run before the
 * message goes to the DLQ.
 *
 * @example
 * await processRun(deps, { orgId, programmeId, runId }, 1)
 */
export async function processRun(deps: Pick<Deps, 'data' | 'now' | 'logger'>, msg: MatchingRunMessage, receiveCount: number): Promise<void> {
  const tenant = deps.data.forTenant(systemContext(msg.orgId))
  const run = await tenant.runs.get(msg.programmeId, msg.runId)
  if (!lifecycle.allows(run.status, 'start')) return
  const attempt = run.attempts + 1
  const running: MatchingRunRecord = {
    ...run, status: lifecycle.next(run.status, 'start'), startedAt: deps.now().toISOString(), attempts: attempt, error: null, version: run.version + 1,
  }
  try {
    await tenant.runs.replace(running)
  } catch (e) {
    // Another delivery of the same message took the run in the meantime: that one does the work.
    if (isConflict(e)) return
    throw e
  }
  try {
    const people = await tenant.people.all(msg.programmeId)
    const enrolled = people.filter((p) => p.status === 'enrolled')
    const mentees = enrolled.filter((p) => p.kind === 'mentee')
    const mentors = enrolled.filter((p) => p.kind === 'mentor')
    const s = await computeSuggestions(mentees, mentors, {
      objective: run.objective, minScore: run.minScore, year: deps.now().getUTCFullYear(),
    })
    await tenant.runs.writeResult(running, attempt, s)
    await tenant.runs.replace({
      ...running, status: lifecycle.next(running.status, 'complete'), completedAt: deps.now().toISOString(), resultAttempt: attempt,
      version: running.version + 1,
      summary: {
        mentees: mentees.length, mentors: mentors.length, matched: s.suggestions.length, unmatched: s.unmatched.length,
        totalScore: s.totalScore, ms: s.ms,
      },
    })
  } catch (error) {
    // The run changed under us: another delivery of the message took it over and owns its result.
    if (isConflict(error)) return
    deps.logger.error('matching run failed', { runId: msg.runId, receiveCount, error })
    const last = receiveCount >= matchingQueueSettings.maxReceiveCount
    // Put the run back in the queue's hands (queued) unless this was the last try.
    await tenant.runs.replace({
      ...running, status: lifecycle.next(running.status, last ? 'fail' : 'retry'), version: running.version + 1,
      error: last ? 'The matching could not be computed; the operators have been told' : null,
    })
    throw error
  }
}
