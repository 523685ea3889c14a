import { createRoute } from '../shared/routes'
import * as z from 'zod'
import { DomainError } from '@binome/core'
import { CreateMatchingRun, Id, MatchingRun, MatchingRunPage, PageQuery } from '@binome/contracts'
import type { MatchingRunRecord } from '@binome/data'
import { createApp } from '../shared/app'
import { allow, guardOrganisationRoutes } from '../shared/auth'
import type { Deps } from '../shared/deps'
import { ProgrammeParams, errors, json, jsonBody, security } from '../shared/openapi'

export const matchingPrefix = '/api/matching'
const tags = ['Matching']
const RunParams = z.strictObject({ orgId: Id, programmeId: Id, runId: Id })

const start = createRoute({
  method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/runs', tags, security,
  summary: "Start a matching run over the programme's enrolled mentees and mentors (computed by the worker)",
  request: { params: ProgrammeParams, ...jsonBody(CreateMatchingRun) },
  responses: { 202: json(MatchingRun, 'Queued'), ...errors(400, 401, 403, 404, 409) },
})
const list = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs', tags, security, summary: "List a programme's matching runs",
  request: { params: ProgrammeParams, query: PageQuery },
  responses: { 200: json(MatchingRunPage), ...errors(400, 401, 403, 404) },
})
const read = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}', tags, security,
  summary: 'Read a matching run with its suggestions once completed',
  request: { params: RunParams },
  responses: { 200: json(MatchingRun), ...errors(400, 401, 403, 404) },
})

const summaryOf = ({ suggestions: _s, unmatched: _u, objective: _o, minScore: _m, version: _v, ...rest }: MatchingRunRecord) => rest
/** The run as the API shows it; parsed with the contract, which also narrows the stored explanations' types. */
const publicRun = ({ objective: _o, minScore: _m, version: _v, ...rest }: MatchingRunRecord) => MatchingRun.parse(rest)

/**
 * The matching app: records a run and hands it to the worker through the queue; the UI polls the run.
 *
 * @example
 * new Hono().route(matchingPrefix, matchingApp(deps))
 */
export function matchingApp(deps: Deps) {
  const app = createApp(deps)
  guardOrganisationRoutes(app)

  app.openapi(start, async (c) => {
    allow(c, 'matching.run')
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.status === 'archived') throw new DomainError('conflict', 'An archived programme cannot be matched')
    const run: MatchingRunRecord = {
      id: deps.newId(), programmeId, status: 'queued', requestedBy: user.id, objective: body.objective, minScore: body.minScore,
      createdAt: deps.now().toISOString(), startedAt: null, completedAt: null, attempts: 0, error: null, summary: null, version: 1,
    }
    await tenant.runs.create(run)
    try {
      await deps.matchingQueue.send({ orgId: tenant.ctx.orgId, programmeId, runId: run.id })
    } catch (error) {
      deps.logger.error('matching run not queued', { runId: run.id, error })
      const failed = { ...run, status: 'failed' as const, error: 'The run could not be queued', version: 2 }
      await tenant.runs.replace(failed)
      throw new DomainError('unavailable', 'The matching service is unavailable; try again in a moment')
    }
    return c.json(publicRun(run), 202)
  })

  app.openapi(list, async (c) => {
    allow(c, 'matching.read')
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    const page = await c.var.tenant.runs.page(programmeId, c.req.valid('query'))
    return c.json({ items: page.items.map(summaryOf), nextCursor: page.nextCursor }, 200)
  })

  app.openapi(read, async (c) => {
    allow(c, 'matching.read')
    const { programmeId, runId } = c.req.valid('param')
    return c.json(publicRun(await c.var.tenant.runs.get(programmeId, runId)), 200)
  })
  return app
}
