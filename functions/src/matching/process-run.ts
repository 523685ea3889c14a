import { systemContext, type MatchingRunRecord } from '@binome/data'
import type { Deps } from '../shared/deps'
import type { MatchingRunMessage } from '../shared/queue'
import { computeSuggestions } from './engine'
import { matchingQueueSettings } from './queue-settings'

/**
 * Computes one matching run. Idempotent: a run already finished is left alone, so a redelivered message is
 * harmless. On the last allowed attempt a failure is recorded on the run before the message goes to the DLQ.
 *
 * @example
 * await processRun(deps, { orgId, programmeId, runId }, 1)
 */
export async function processRun(deps: Pick<Deps, 'data' | 'now' | 'logger'>, msg: MatchingRunMessage, receiveCount: number): Promise<void> {
  const tenant = deps.data.forTenant(systemContext(msg.orgId))
  const run = await tenant.runs.get(msg.programmeId, msg.runId)
  if (run.status === 'completed' || run.status === 'failed') return
  const running: MatchingRunRecord = {
    ...run, status: 'running', startedAt: deps.now().toISOString(), attempts: run.attempts + 1, version: run.version + 1,
  }
  await tenant.runs.replace(running)
  try {
    const people = await tenant.people.all(msg.programmeId)
    const enrolled = people.filter((p) => p.status === 'enrolled')
    const mentees = enrolled.filter((p) => p.kind === 'mentee')
    const mentors = enrolled.filter((p) => p.kind === 'mentor')
    const s = await computeSuggestions(mentees, mentors, {
      objective: run.objective, minScore: run.minScore, year: deps.now().getUTCFullYear(),
    })
    await tenant.runs.replace({
      ...running, status: 'completed', completedAt: deps.now().toISOString(), version: running.version + 1,
      summary: { mentees: mentees.length, mentors: mentors.length, matched: s.suggestions.length, totalScore: s.totalScore, ms: s.ms },
      suggestions: s.suggestions, unmatched: s.unmatched,
    })
  } catch (error) {
    deps.logger.error('matching run failed', { runId: msg.runId, receiveCount, error })
    const last = receiveCount >= matchingQueueSettings.maxReceiveCount
    // Put the run back in the queue's hands (queued) unless this was the last try.
    await tenant.runs.replace({
      ...running, status: last ? 'failed' : 'queued', version: running.version + 1,
      error: last ? 'The matching could not be computed; the operators have been told' : null,
    })
    throw error
  }
}
