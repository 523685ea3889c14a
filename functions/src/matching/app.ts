import { createRoute } from '../shared/routes'
import * as z from 'zod'
import { DomainError, matchingRunLifecycle as lifecycle, newMatchingRun } from '@binome/core'
import {
  CreateMatchingRun, Id, MatchingRun, MatchingRunPage, MatchingSuggestionPage, PageQuery, UnmatchedMenteePage,
} from '@binome/contracts'
import type { MatchingRunRecord, TenantData } from '@binome/data'
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
  summary: 'Read a matching run: its status and, once completed, its summary',
  request: { params: RunParams },
  responses: { 200: json(MatchingRun), ...errors(400, 401, 403, 404) },
})
const suggestions = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/suggestions', tags, security,
  summary: "One page of a completed run's suggested pairs, best score first, with names and explanations",
  request: { params: RunParams, query: PageQuery },
  responses: { 200: json(MatchingSuggestionPage), ...errors(400, 401, 403, 404) },
})
const unmatched = createRoute({
  method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/unmatched', tags, security,
  summary: 'One page of the mentees a completed run could not match, with the reason',
  request: { params: RunParams, query: PageQuery },
  responses: { 200: json(UnmatchedMenteePage), ...errors(400, 401, 403, 404) },
})
const retry = createRoute({
  method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/retry', tags, security,
  summary: 'Ask again for a failed run (queued for the worker anew)',
  request: { params: RunParams },
  responses: { 202: json(MatchingRun, 'Queued again'), ...errors(400, 401, 403, 404, 409) },
})

/** The run as the API shows it; parsed with the contract, which drops storage-only fields. */
const publicRun = (run: MatchingRunRecord) => MatchingRun.parse(run)

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

  app.openapi(start, async (c) => {
    allow(c, 'matching.run')
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.status === 'archived') throw new DomainError('programme-archived', 'An archived programme cannot be matched')
    const run = newMatchingRun(
      { programmeId, objective: body.objective, minScore: body.minScore },
      { id: deps.newId(), userId: user.id, now: deps.now().toISOString() },
    )
    await tenant.runs.create(run)
    await send(c.var, run)
    return c.json(publicRun(run), 202)
  })

  app.openapi(list, async (c) => {
    allow(c, 'matching.read')
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    const page = await c.var.tenant.runs.page(programmeId, c.req.valid('query'))
    return c.json({ items: page.items.map(publicRun), nextCursor: page.nextCursor }, 200)
  })

  app.openapi(read, async (c) => {
    allow(c, 'matching.read')
    const { programmeId, runId } = c.req.valid('param')
    return c.json(publicRun(await c.var.tenant.runs.get(programmeId, runId)), 200)
  })

  app.openapi(suggestions, async (c) => {
    allow(c, 'matching.read')
    const { programmeId, runId } = c.req.valid('param')
    const run = await c.var.tenant.runs.get(programmeId, runId)
    return c.json(MatchingSuggestionPage.parse(await c.var.tenant.runs.suggestions(run, c.req.valid('query'))), 200)
  })

  app.openapi(unmatched, async (c) => {
    allow(c, 'matching.read')
    const { programmeId, runId } = c.req.valid('param')
    const run = await c.var.tenant.runs.get(programmeId, runId)
    return c.json(UnmatchedMenteePage.parse(await c.var.tenant.runs.unmatched(run, c.req.valid('query'))), 200)
  })

  app.openapi(retry, async (c) => {
    allow(c, 'matching.run')
    const { deps, tenant } = c.var
    const { programmeId, runId } = c.req.valid('param')
    const run = await tenant.runs.get(programmeId, runId)
    // Attempts keep counting across retries: each attempt writes its result under its own number.
    const queued: MatchingRunRecord = { ...run, status: lifecycle.next(run.status, 'requeue'), error: null, version: run.version + 1 }
    await tenant.runs.replace(queued)
    await send(c.var, queued)
    return c.json(publicRun(queued), 202)
  })
  return app
}
