import { newMatchingRun } from '@binome/core'
import type { Deps } from '@binome/functions'
import { demoOrganisations } from './seed'

/**
 * The demo's first matching runs, one per demo programme, asked for by its coordinator and computed by the worker
 * through the queue, as a run started from the screen is, so that a newcomer finds suggestions to review.
 *
 * @example
 * if (await seedDemoData(data, opts)) await queueDemoRuns(deps)
 */
export async function queueDemoRuns(deps: Pick<Deps, 'data' | 'now' | 'newId' | 'matchingQueue'>): Promise<void> {
  for (const o of demoOrganisations) {
    const coordinator = o.staff.find((s) => s.role === 'coordinator')
    const requester = coordinator ? await deps.data.identity.findUserByEmail(coordinator.email) : undefined
    if (!requester) continue
    const tenant = deps.data.forTenant({ orgId: o.id, userId: requester.id, role: 'coordinator' })
    const programme = await tenant.programmes.get(o.programme.id)
    const run = newMatchingRun(
      { programmeId: programme.id, rulesVersion: programme.rulesVersion, objective: 'max-score', minScore: 0 },
      { id: deps.newId(), userId: requester.id, now: deps.now().toISOString() },
    )
    await tenant.runs.create(run)
    await deps.matchingQueue.send({ orgId: o.id, programmeId: run.programmeId, runId: run.id })
  }
}
