import * as z from 'zod'
import {
  CancelDuo, CloseDuo, PauseDuo, ResumeDuo, CreateMatchingRun, DuoListQuery, DuoPage, DuoParams, DuoTimelinePage, DuoView, Id, MatchingRun, MatchingRunPage,
  MatchingSuggestionPage, MenteeAlternatives, NextAlternatives, PageQuery, PairRule, PairRulePage, ProposeDuos, ProposedDuos, RecordDuoAnswer, RecordMeetingVerdict, ScheduleFirstMeeting, SetPairRule,
  UnmatchedMenteePage, VersionQuery,
} from '../index'
import { ProgrammeParams, declare, errors, json, jsonBody, security } from './define'
import { contractRoutes } from './contract'
import { matchingEndpoints } from './endpoints'
import { portalRoutes } from './portal'
import { lazySchema } from '../lazy-schema'

export { matchingPrefix } from './endpoints'

const tags = ['Matching']
const duoTags = ['Duos']
const RunParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, runId: Id }))
const RunMenteeParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, runId: Id, menteeId: Id }))
const PairParams = /* @__PURE__ */ lazySchema(() => z.strictObject({ orgId: Id, programmeId: Id, menteeId: Id, mentorId: Id }))

/** The matching app's routes: runs of a programme, their suggestions and unmatched mentees. */
export const matchingRoutes = {
  ...contractRoutes,
  ...portalRoutes,
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
  // The suggested mentor first (loss 0), then the others by the drop of the whole assignment's total score (and of the
  // number matched, under "most people matched") if that pair were imposed. The worker computes them once the run
  // completed: 409 `losses-computing` until then; 404 for a mentee the run did not have.
  alternatives: declare({
    ...matchingEndpoints.alternatives, tags, security,
    summary: "A mentee's ranked alternatives in a completed run, each with the exact loss of choosing it and its explanation",
    request: { params: RunMenteeParams },
    responses: { 200: json(MenteeAlternatives), ...errors(400, 401, 403, 404, 409) },
    permission: 'matching.read',
    personalData: 'read',
  }),
  listPairRules: declare({
    ...matchingEndpoints.listPairRules, tags, security,
    summary: "One page of the programme's pair rules (excluded, locked, bonus or malus with its note), which every run applies",
    request: { params: ProgrammeParams, query: PageQuery },
    responses: { 200: json(PairRulePage), ...errors(400, 401, 403, 404) },
    permission: 'matching.read',
    personalData: 'read',
  }),
  putPairRule: declare({
    ...matchingEndpoints.putPairRule, tags, security,
    summary: 'Exclude, lock or adjust (bonus or malus with a note) one mentee–mentor pair for the next runs; with `version` to change its rule',
    request: { params: PairParams, ...jsonBody(SetPairRule) },
    responses: { 200: json(PairRule), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'matching.run',
    personalData: 'change',
  }),
  deletePairRule: declare({
    ...matchingEndpoints.deletePairRule, tags, security,
    summary: "Remove a pair's rule (send its version); the next run no longer applies it",
    request: { params: PairParams, query: VersionQuery },
    responses: { 204: { description: 'Removed' }, ...errors(400, 401, 403, 404, 409) },
    permission: 'matching.run',
    personalData: 'change',
  }),
  retryRun: declare({
    ...matchingEndpoints.retryRun, tags, security,
    summary: 'Ask again for a failed run (queued for the worker anew)',
    request: { params: RunParams },
    responses: { 202: json(MatchingRun, 'Queued again'), ...errors(400, 401, 403, 404, 409) },
    permission: 'matching.run',
  }),
  proposeDuos: declare({
    ...matchingEndpoints.proposeDuos, tags: duoTags, security,
    summary: 'Propose 1 to 10 selected pairs to their mentors, all or none (409 names the rule and `pairs.<n>`)',
    request: { params: ProgrammeParams, ...jsonBody(ProposeDuos) },
    responses: { 201: json(ProposedDuos, 'Proposed'), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  listDuos: declare({
    ...matchingEndpoints.listDuos, tags: duoTags, security, summary: "One page of a programme's duos, optionally in one state",
    request: { params: ProgrammeParams, query: DuoListQuery },
    responses: { 200: json(DuoPage), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
    personalData: 'read',
  }),
  readDuo: declare({
    ...matchingEndpoints.readDuo, tags: duoTags, security, summary: 'Read a duo: its state, answer, first meeting, verdicts, contract and signatures',
    request: { params: DuoParams },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
    personalData: 'read',
  }),
  readDuoTimeline: declare({
    ...matchingEndpoints.readDuoTimeline, tags: duoTags, security, summary: "One page of a duo's steps, newest first",
    request: { params: DuoParams, query: PageQuery },
    responses: { 200: json(DuoTimelinePage), ...errors(400, 401, 403, 404) },
    permission: 'duos.read',
    personalData: 'read',
  }),
  // For a duo that ended before it started: 409 `wrong-state` with its state otherwise.
  nextAlternatives: declare({
    ...matchingEndpoints.nextAlternatives, tags: duoTags, security,
    summary: "The mentors to propose next to the mentee of a refused, expired, declined or cancelled duo, from its run, best first",
    request: { params: DuoParams },
    responses: { 200: json(NextAlternatives), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.read',
    personalData: 'read',
  }),
  recordDuoAnswer: declare({
    ...matchingEndpoints.recordDuoAnswer, tags: duoTags, security,
    summary: "Record the mentor's answer to a proposal on their behalf (a refusal with its reason)",
    request: { params: DuoParams, ...jsonBody(RecordDuoAnswer) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  scheduleFirstMeeting: declare({
    ...matchingEndpoints.scheduleFirstMeeting, tags: duoTags, security,
    summary: 'Schedule or move the first meeting (date, place per the programme rule, staff member on neutral ground); both are invited',
    request: { params: DuoParams, ...jsonBody(ScheduleFirstMeeting) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  recordMeetingVerdict: declare({
    ...matchingEndpoints.recordMeetingVerdict, tags: duoTags, security,
    summary: "Record one side's verdict on the first meeting (validate, or decline with a reason)",
    request: { params: DuoParams, ...jsonBody(RecordMeetingVerdict) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  closeDuo: declare({
    ...matchingEndpoints.closeDuo, tags: duoTags, security,
    summary: "Close an active duo with its outcome (from the programme's outcomes), last day and who decided; an early end states its reason. The mentee has finished; the mentor is back in the pool",
    request: { params: DuoParams, ...jsonBody(CloseDuo) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  pauseDuo: declare({
    ...matchingEndpoints.pauseDuo, tags: duoTags, security,
    summary: 'Pause an active duo for a while (illness, a training, holidays) with a reason and the day it expects to resume; while paused it raises no cadence, check-in or inactivity alert (409 wrong-state unless active)',
    request: { params: DuoParams, ...jsonBody(PauseDuo) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  resumeDuo: declare({
    ...matchingEndpoints.resumeDuo, tags: duoTags, security,
    summary: 'Resume a paused duo: its planned end moves by the days it was paused (409 wrong-state unless paused)',
    request: { params: DuoParams, ...jsonBody(ResumeDuo) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
  cancelDuo: declare({
    ...matchingEndpoints.cancelDuo, tags: duoTags, security, summary: 'Cancel a duo before it starts, with a reason; both go back to the pool',
    request: { params: DuoParams, ...jsonBody(CancelDuo) },
    responses: { 200: json(DuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.write',
    personalData: 'change',
  }),
}
