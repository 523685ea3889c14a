import * as z from 'zod'
import { CreateMatchingRun, Id, MatchingRun, MatchingRunPage, MatchingSuggestionPage, PageQuery, UnmatchedMenteePage } from '../index'
import { ProgrammeParams, declare, errors, json, jsonBody, security } from './define'
import { matchingEndpoints } from './endpoints'

export { matchingPrefix } from './endpoints'

const tags = ['Matching']
const RunParams = z.strictObject({ orgId: Id, programmeId: Id, runId: Id })

/** The matching app's routes: runs of a programme, their suggestions and unmatched mentees. */
export const matchingRoutes = {
  startRun: declare({
    ...matchingEndpoints.startRun, tags, security,
    summary: "Start a matching run over the programme's enrolled mentees and mentors (computed by the worker)",
    request: { params: ProgrammeParams, ...jsonBody(CreateMatchingRun) },
    responses: { 202: json(MatchingRun, 'Queued'), ...errors(400, 401, 403, 404, 409) },
    permission: 'matching.run',
  }),
  listRuns: declare({
    ...matchingEndpoints.listRuns, tags, security, summary: "List a programme's matching runs",
    request: { params: ProgrammeParams, query: PageQuery },
    responses: { 200: json(MatchingRunPage), ...errors(400, 401, 403, 404) },
    permission: 'matching.read',
  }),
  readRun: declare({
    ...matchingEndpoints.readRun, tags, security,
    summary: 'Read a matching run: its status and, once completed, its summary',
    request: { params: RunParams },
    responses: { 200: json(MatchingRun), ...errors(400, 401, 403, 404) },
    permission: 'matching.read',
  }),
  suggestions: declare({
    ...matchingEndpoints.suggestions, tags, security,
    summary: "One page of a completed run's suggested pairs, best score first, with names and explanations",
    request: { params: RunParams, query: PageQuery },
    responses: { 200: json(MatchingSuggestionPage), ...errors(400, 401, 403, 404) },
    permission: 'matching.read',
    personalData: 'read',
  }),
  unmatched: declare({
    ...matchingEndpoints.unmatched, tags, security,
    summary: 'One page of the mentees a completed run could not match, with the reason',
    request: { params: RunParams, query: PageQuery },
    responses: { 200: json(UnmatchedMenteePage), ...errors(400, 401, 403, 404) },
    permission: 'matching.read',
    personalData: 'read',
  }),
  retryRun: declare({
    ...matchingEndpoints.retryRun, tags, security,
    summary: 'Ask again for a failed run (queued for the worker anew)',
    request: { params: RunParams },
    responses: { 202: json(MatchingRun, 'Queued again'), ...errors(400, 401, 403, 404, 409) },
    permission: 'matching.run',
  }),
}
