import { route } from '../shared/routes'
import { DomainError, isEndedDuoState, nextAlternatives, type Person } from '@binome/core'
import { NextAlternatives } from '@binome/contracts'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import { mentorCapacity } from '@binome/data'
import type { App } from '../shared/app'

/**
 * The mentors to propose next once a duo ended before it started: the duo's run's alternatives for its mentee,
 * minus what can no longer be proposed (the core's `nextAlternatives`). A handful of reads whatever the pool's size:
 * the duo, the run, the mentee's alternatives item, the rules, and for each alternative its mentor, open count and
 * pair rule.
 */
/** A person erased or removed since the run: no longer someone to propose. */
const gone = (e: unknown): null => {
  if (e instanceof DomainError && e.reason === 'not-found') return null
  throw e
}

export function registerNextAlternatives(app: App) {
  app.openapi(route(routes.nextAlternatives), async (c) => {
    const { tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const duo = await tenant.duos.get(programmeId, duoId)
    if (!isEndedDuoState(duo.state)) {
      throw new DomainError('wrong-state', `The duo is ${duo.state}: it has not ended`, { values: { entity: 'duo', state: duo.state } })
    }
    const answer = (status: NextAlternatives['status'], alternatives: readonly unknown[] = []) =>
      c.json(NextAlternatives.parse({ duoId, menteeId: duo.menteeId, runId: duo.runId, status, alternatives }), 200)
    if (duo.runId === null) return answer('no-run')
    const [run, mentee, current] = await Promise.all([
      tenant.runs.get(programmeId, duo.runId), tenant.people.get(programmeId, 'mentee', duo.menteeId).catch(gone), tenant.rules.current(programmeId),
    ])
    const found = await tenant.runs.alternativesOf(run, duo.menteeId)
    if (!found) return answer('none-left')
    const mentorIds = found.alternatives.map((a) => a.mentorId)
    const [pool, mentors, rules] = await Promise.all([
      tenant.duos.poolEffectsFor(programmeId, duo.menteeId, mentorIds),
      Promise.all(mentorIds.map((id) => tenant.people.get(programmeId, 'mentor', id).catch(gone))),
      Promise.all(mentorIds.map((id) => tenant.pairRules.get(programmeId, duo.menteeId, id))),
    ])
    const outcome = nextAlternatives({
      menteeId: duo.menteeId,
      menteeReady: mentee?.stage === 'ready',
      alternatives: found.alternatives.map((a) => ({ ...a, current: false })),
      pool,
      mentors: new Map(mentors.filter((m): m is Person => m !== null).map((m) => [m.id, { capacity: mentorCapacity(m, current.rules.cadences), ready: m.stage === 'ready' }])),
      excludedPairs: new Set(rules.filter((r) => r?.kind === 'exclude').map((r) => `${r!.menteeId}#${r!.mentorId}`)),
    })
    return answer(outcome.status, outcome.alternatives)
  })
}
