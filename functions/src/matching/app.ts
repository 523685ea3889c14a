import { route } from '../shared/routes'
import { DomainError, matchingRunLifecycle as lifecycle, newMatchingRun, notFound, staffRoles } from '@binome/core'
import { MatchingRun, MatchingSuggestionPage, MenteeAlternatives, UnmatchedMenteePage } from '@binome/contracts'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import type { MatchingRunRecord, TenantData } from '@binome/data'
import { createApp } from '../shared/app'
import { guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'
import { registerContract } from '../duos/contract'
import { registerNextAlternatives } from '../duos/next-alternatives'
import { registerDuos } from '../duos/routes'
import { registerPairRules } from './pair-rules'
import { registerPortal } from '../duos/portal'

export { matchingPrefix } from '@binome/contracts/routes/matching'

/** The run as the API shows it; parsed with the contract, which drops storage-only fields (the losses cursor but its counts). */
const publicRun = ({ lossesCursor, ...run }: MatchingRunRecord) =>
  MatchingRun.parse({ ...run, lossesProgress: run.losses === 'computing' && lossesCursor ? { done: lossesCursor.done, total: lossesCursor.total } : null })

/** Hands a queued run to the worker; if the queue cannot take it, the run is marked failed (the coordinator may retry). */
async function send({ deps, tenant }: { deps: Deps; tenant: TenantData }, run: MatchingRunRecord): Promise<void> {
  try {
    await deps.matchingQueue.send({ orgId: tenant.ctx.orgId, programmeId: run.programmeId, runId: run.id })
  } catch (error) {
    deps.logger.error('matching run not queued', { runId: run.id, error })
    await tenant.runs.replace({
      ...run, status: lifecycle.next(run.status, 'fail'), error: 'The run could not be queued', version: run.version + 1,
    })
    throw new DomainError('matching-unavailable', 'The matching service is unavailable; try again in a moment')
  }
}

/**
 * The matching app: records a run and hands it to the worker through the queue; the UI polls the run.
 *
 * @example
 * new Hono().route(matchingPrefix, matchingApp(deps))
 */
export function matchingApp(deps: Deps) {
  const app = createApp(deps)
  guardOrganisationRoutes(app)
  registerPortal(app)

  app.openapi(route(routes.startRun), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.status === 'archived') throw new DomainError('programme-archived', 'An archived programme cannot be matched')
    const coordinatorId = body.pool?.coordinatorId
    if (coordinatorId !== undefined) {
      // Only one of the organisation's staff screens people; another id (or another organisation's) names no one here.
      const member = await tenant.members.get(coordinatorId)
      if (!member || member.status !== 'active' || !staffRoles.includes(member.role)) {
        throw new DomainError('validation', 'pool.coordinatorId is not a coordinator of this organisation', {
          details: [{ path: 'pool.coordinatorId', reason: 'not-a-choice', message: 'is not a coordinator of this organisation' }],
        })
      }
    }
    const run = newMatchingRun(
      // The run keeps the rules version in force now, even if the rules change while it waits or works.
      { programmeId, rulesVersion: programme.rulesVersion, objective: body.objective, minScore: body.minScore, pool: body.pool ?? null },
      { id: deps.newId(), userId: user.id, now: deps.now().toISOString() },
    )
    await tenant.runs.create(run)
    await send(c.var, run)
    return c.json(publicRun(run), 202)
  })

  app.openapi(route(routes.listRuns), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    const page = await c.var.tenant.runs.page(programmeId, c.req.valid('query'))
    return c.json({ items: page.items.map(publicRun), nextCursor: page.nextCursor }, 200)
  })

  app.openapi(route(routes.readRun), async (c) => {
    const { programmeId, runId } = c.req.valid('param')
    return c.json(publicRun(await c.var.tenant.runs.get(programmeId, runId)), 200)
  })

  app.openapi(route(routes.suggestions), async (c) => {
    const { programmeId, runId } = c.req.valid('param')
    const run = await c.var.tenant.runs.get(programmeId, runId)
    return c.json(MatchingSuggestionPage.parse(await c.var.tenant.runs.suggestions(run, c.req.valid('query'))), 200)
  })

  app.openapi(route(routes.unmatched), async (c) => {
    const { programmeId, runId } = c.req.valid('param')
    const run = await c.var.tenant.runs.get(programmeId, runId)
    return c.json(UnmatchedMenteePage.parse(await c.var.tenant.runs.unmatched(run, c.req.valid('query'))), 200)
  })

  // One GetItem: the worker wrote each mentee's alternatives with their exact losses after the run completed.
  app.openapi(route(routes.alternatives), async (c) => {
    const { programmeId, runId, menteeId } = c.req.valid('param')
    const run = await c.var.tenant.runs.get(programmeId, runId)
    const found = await c.var.tenant.runs.alternativesOf(run, menteeId)
    if (found) return c.json(MenteeAlternatives.parse(found), 200)
    if (run.status !== 'completed') {
      throw new DomainError('wrong-state', `The run is ${run.status}: it has no alternatives`, { values: { entity: 'matchingRun', state: run.status } })
    }
    if (run.losses === 'computing') {
      throw new DomainError('losses-computing', 'The alternatives of this run are not computed yet; ask again in a moment')
    }
    throw notFound('person')
  })

  app.openapi(route(routes.retryRun), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, runId } = c.req.valid('param')
    const run = await tenant.runs.get(programmeId, runId)
    // Attempts keep counting across retries: each attempt writes its result under its own number.
    const queued: MatchingRunRecord = { ...run, status: lifecycle.next(run.status, 'requeue'), error: null, version: run.version + 1 }
    await tenant.runs.replace(queued)
    await send(c.var, queued)
    return c.json(publicRun(queued), 202)
  })

  registerDuos(app)
  registerNextAlternatives(app)
  registerPairRules(app)
  registerContract(app)
  return app
}
