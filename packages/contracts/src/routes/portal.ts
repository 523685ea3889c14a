import {
  AnswerMyProposal, GiveMyVerdict, MyPeerMeetingParams, MyPeerMeetings, MySessions, PortalDuoList, PortalDuoParams, PortalDuoView, PortalQuery,
  SessionCalendarFile, SetPeerRegistration,
} from '../index'
import { OrgParams, declare, errors, json, jsonBody, security } from './define'
import { portalEndpoints } from './endpoints'

const tags = ['Portal']

/**
 * The mentor and mentee portal's routes (mounted in the matching app, beside the duos): the caller's own duos only,
 * found through their account's person; another person's duo is not found (404).
 */
export const portalRoutes = {
  listMyDuos: declare({
    ...portalEndpoints.listMyDuos, tags, security, summary: 'My duos (a mentor or mentee), newest proposal first',
    request: { params: OrgParams, query: PortalQuery },
    responses: { 200: json(PortalDuoList), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
  readMyDuo: declare({
    ...portalEndpoints.readMyDuo, tags, security,
    summary: "One of my duos: the proposal (for a mentor, the mentee's profile sheet with what the programme shows), the first meeting, the contract, what I may do",
    request: { params: PortalDuoParams, query: PortalQuery },
    responses: { 200: json(PortalDuoView), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
  answerMyProposal: declare({
    ...portalEndpoints.answerMyProposal, tags, security,
    summary: 'A mentor accepts or refuses (with a reason) a proposal made to them (409 wrong-state, stale-version)',
    request: { params: PortalDuoParams, ...jsonBody(AnswerMyProposal) },
    responses: { 200: json(PortalDuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.take-part',
  }),
  giveMyVerdict: declare({
    ...portalEndpoints.giveMyVerdict, tags, security,
    summary: 'My verdict on the first meeting once it has begun: validate, or decline with a reason (409 too-early, already-recorded, wrong-state)',
    request: { params: PortalDuoParams, ...jsonBody(GiveMyVerdict) },
    responses: { 200: json(PortalDuoView), ...errors(400, 401, 403, 404, 409) },
    permission: 'duos.take-part',
  }),
  listMyPeerMeetings: declare({
    ...portalEndpoints.listMyPeerMeetings, tags, security,
    summary: "The upcoming peer meetings of my programme (a mentor), soonest first, with my registration and the places left; a mentee gets 403",
    request: { params: OrgParams },
    responses: { 200: json(MyPeerMeetings), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
  setMyPeerRegistration: declare({
    ...portalEndpoints.setMyPeerRegistration, tags, security,
    summary: "Register for an upcoming peer meeting of my programme or cancel (a mentor; beyond the capacity 409 session-full; started 409 session-started; cancelling without a registration 409 not-registered)",
    request: { params: MyPeerMeetingParams, ...jsonBody(SetPeerRegistration) },
    responses: { 200: json(MyPeerMeetings), ...errors(400, 401, 403, 404, 409, 413) },
    permission: 'duos.take-part',
  }),
  listMySessions: declare({
    ...portalEndpoints.listMySessions, tags, security,
    summary: 'The upcoming sessions I am invited to (a mentor or mentee), soonest first, with their Brussels time and place; cancelled ones left out',
    request: { params: OrgParams },
    responses: { 200: json(MySessions), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
  readMySessionCalendar: declare({
    ...portalEndpoints.readMySessionCalendar, tags, security,
    summary: "The calendar file (.ics) of a session I am invited to (a mentor's peer meeting, a mentee's information session); any other session is not found (404)",
    request: { params: MyPeerMeetingParams },
    responses: { 200: json(SessionCalendarFile), ...errors(400, 401, 403, 404) },
    permission: 'duos.take-part',
  }),
}
