import type { AppConfig, AuditEntry, Duo, Locale, MembershipRole, PersonKind, PersonStage } from '@binome/contracts'
import {
  fillPath, matchingEndpoints, matchingPrefix, monitoringEndpoints, monitoringPrefix, onboardingEndpoints, onboardingPrefix,
  type PathParams,
} from '@binome/contracts/routes/endpoints'
import type { Reply, RequestBody } from '@binome/contracts/routes'
import type { onboardingRoutes } from '@binome/contracts/routes/onboarding'
import type { matchingRoutes } from '@binome/contracts/routes/matching'
import type { monitoringRoutes } from '@binome/contracts/routes/monitoring'
import { request, type RequestOptions } from './client'

/** A page of a list; pass `nextCursor` back as `cursor` for the next one. */
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

export interface PageArgs {
  cursor?: string | null
  limit?: number
}

type F = { fetch?: typeof fetch }

/** The people list's filters, as the API takes them (`PeopleQuery` without the paging). */
export interface PeopleFilter {
  kind?: PersonKind
  stage?: PersonStage
  q?: string
  locality?: string
  sector?: string
  language?: string
  referredBy?: string
}

/** The tracking table's filters and sort, as the API takes them (`TrackingQuery` without the paging). */
export interface TrackingFilter {
  coordinator?: string
  state?: string
  attention?: string
  sort?: 'mentee' | 'start' | 'end' | 'attention' | 'last-activity' | 'next-check-in'
}

/** The results dashboard's window, as the API takes it (`ResultsQuery`). */
export interface ResultsFilter {
  basis?: 'period' | 'cohort'
  from?: string
  to?: string
}

/** The audit log's filters, as the API takes them (`AuditQuery` without the paging). */
export interface AuditFilter {
  action?: AuditEntry['action']
  actorId?: string
  personId?: string
  programmeId?: string
  from?: string
  to?: string
}

const apps = {
  onboarding: { prefix: onboardingPrefix, endpoints: onboardingEndpoints },
  matching: { prefix: matchingPrefix, endpoints: matchingEndpoints },
  monitoring: { prefix: monitoringPrefix, endpoints: monitoringEndpoints },
}
type Apps = typeof apps
/** The route declarations, as types only: the answers' and bodies' types come from them, and no zod is loaded. */
type Declared = { onboarding: typeof onboardingRoutes; matching: typeof matchingRoutes; monitoring: typeof monitoringRoutes }
/** The body a declared route accepts. */
type Body<A extends keyof Declared, N extends keyof Declared[A]> = RequestBody<Declared[A][N]>
type PathOf<E> = E extends { path: infer P extends string } ? P : never

/**
 * Calls a declared route by its name: method and path come from the contracts' zod-free endpoint list
 * (`@binome/contracts/routes/endpoints`), the answer's and the body's types from the route's declaration, so
 * nothing here is written twice and the compiler checks every path parameter and every body. `apiBase` already
 * ends in `/api`.
 *
 * @example
 * const programme = await call('onboarding', 'readProgramme', { orgId, programmeId }) // typed as Programme
 */
function call<A extends keyof Apps, N extends keyof Apps[A]['endpoints'] & keyof Declared[A]>(
  app: A,
  name: N,
  params: Record<PathParams<PathOf<Apps[A]['endpoints'][N]>>, string>,
  opts: Omit<RequestOptions, 'method' | 'body'> & { body?: RequestBody<Declared[A][N]> } = {},
): Promise<Reply<Declared[A][N]>> {
  const endpoint = (apps[app].endpoints as Record<PropertyKey, { method: string; path: string }>)[name]
  const path = apps[app].prefix.slice('/api'.length) + fillPath(endpoint.path, params as Record<string, string>)
  return request(path, { ...opts, method: endpoint.method.toUpperCase() as RequestOptions['method'] })
}

/**
 * Every API call the app makes with a token, typed with the shared contracts (the calls made before signing in are
 * in `public-endpoints`, so that the sign-in page does not load these).
 *
 * @example
 * const page = await api.listProgrammes('pls', { include: 'current' })
 */
export const api = {
  // --- onboarding ---
  me: (o: F = {}) => call('onboarding', 'me', {}, o),
  acceptInvitation: (orgId: string) => call('onboarding', 'acceptInvitation', { orgId }),

  listOrganisations: (p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listOrganisations', {}, { query: { ...p }, ...o }),
  createOrganisation: (body: Body<'onboarding', 'createOrganisation'>) => call('onboarding', 'createOrganisation', {}, { body }),
  getOrganisation: (orgId: string, o: F = {}) => call('onboarding', 'readOrganisation', { orgId }, o),
  updateOrganisation: (orgId: string, body: Body<'onboarding', 'updateOrganisation'>) =>
    call('onboarding', 'updateOrganisation', { orgId }, { body }),

  listMembers: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listMembers', { orgId }, { query: { ...p }, ...o }),
  invite: (orgId: string, body: Body<'onboarding', 'invite'>) => call('onboarding', 'invite', { orgId }, { body }),
  changeRole: (orgId: string, userId: string, role: MembershipRole, version: number, networkPartnerId?: string) =>
    call('onboarding', 'updateMember', { orgId, userId }, { body: { role, version, ...(networkPartnerId && { networkPartnerId }) } }),
  removeMember: (orgId: string, userId: string, version: number) =>
    call('onboarding', 'removeMember', { orgId, userId }, { query: { version } }),

  listProgrammes: (
    orgId: string,
    p: PageArgs & { include?: 'current' | 'archived' | 'all' } = {},
    o: F = {},
  ) => call('onboarding', 'listProgrammes', { orgId }, { query: { ...p }, ...o }),
  createProgramme: (orgId: string, body: Body<'onboarding', 'createProgramme'>) =>
    call('onboarding', 'createProgramme', { orgId }, { body }),
  getProgramme: (orgId: string, programmeId: string, o: F = {}) =>
    call('onboarding', 'readProgramme', { orgId, programmeId }, o),
  updateProgramme: (orgId: string, programmeId: string, body: Body<'onboarding', 'updateProgramme'>) =>
    call('onboarding', 'updateProgramme', { orgId, programmeId }, { body }),
  archiveProgramme: (orgId: string, programmeId: string, version: number) =>
    call('onboarding', 'archiveProgramme', { orgId, programmeId }, { body: { version } }),
  /** People by name, filtered (side, stage, search words, facets, referring partner); lines without answers. */
  listPeople: (orgId: string, programmeId: string, p: PageArgs & PeopleFilter = {}, o: F = {}) =>
    call('onboarding', 'listPeople', { orgId, programmeId }, { query: { ...p }, ...o }),
  /** How many people at each stage, with the list's filters (the board's column heads, the overview's counts). */
  countPeopleByStage: (orgId: string, programmeId: string, p: Omit<PeopleFilter, 'stage'> = {}, o: F = {}) =>
    call('onboarding', 'countPeopleByStage', { orgId, programmeId }, { query: { ...p }, ...o }),
  /** The template editor's preview: 200 with the rendered text, or 422 `template-invalid` whose details name each line. */
  previewTemplate: (orgId: string, programmeId: string, body: Body<'onboarding', 'previewTemplate'>) =>
    call('onboarding', 'previewTemplate', { orgId, programmeId }, { body }),

  // --- sessions (information sessions and mentor trainings of a programme) ---
  listSessions: (orgId: string, programmeId: string, q: { when?: 'upcoming' | 'past' | 'all'; kind?: 'information' | 'training' | 'peer-meeting' } = {}, o: F = {}) =>
    call('onboarding', 'listSessions', { orgId, programmeId }, { query: { ...q }, ...o }),
  createSession: (orgId: string, programmeId: string, body: Body<'onboarding', 'createSession'>) =>
    call('onboarding', 'createSession', { orgId, programmeId }, { body }),
  planPeerSeries: (orgId: string, programmeId: string, body: Body<'onboarding', 'planPeerSeries'>) =>
    call('onboarding', 'planPeerSeries', { orgId, programmeId }, { body }),
  listNewsletters: (orgId: string, programmeId: string, o: F = {}) => call('onboarding', 'listNewsletters', { orgId, programmeId }, o),
  sendNewsletter: (orgId: string, programmeId: string, body: Body<'onboarding', 'sendNewsletter'>) =>
    call('onboarding', 'sendNewsletter', { orgId, programmeId }, { body }),
  getNewsletter: (orgId: string, programmeId: string, newsletterId: string, o: F = {}) =>
    call('onboarding', 'readNewsletter', { orgId, programmeId, newsletterId }, o),
  retryNewsletter: (orgId: string, programmeId: string, newsletterId: string) => call('onboarding', 'retryNewsletter', { orgId, programmeId, newsletterId }, {}),
  getSession: (orgId: string, programmeId: string, sessionId: string, o: F = {}) =>
    call('onboarding', 'readSession', { orgId, programmeId, sessionId }, o),
  updateSession: (orgId: string, programmeId: string, sessionId: string, body: Body<'onboarding', 'updateSession'>) =>
    call('onboarding', 'updateSession', { orgId, programmeId, sessionId }, { body }),
  cancelSession: (orgId: string, programmeId: string, sessionId: string, version: number) =>
    call('onboarding', 'cancelSession', { orgId, programmeId, sessionId }, { body: { version } }),
  inviteToSession: (orgId: string, programmeId: string, sessionId: string, personIds: string[]) =>
    call('onboarding', 'inviteToSession', { orgId, programmeId, sessionId }, { body: { personIds } }),
  recordAttendance: (orgId: string, programmeId: string, sessionId: string, body: Body<'onboarding', 'recordAttendance'>) =>
    call('onboarding', 'recordAttendance', { orgId, programmeId, sessionId }, { body }),
  /** The programme's public application form (404 until first published). */
  getPublicForm: (orgId: string, programmeId: string, o: F = {}) =>
    call('onboarding', 'readPublicForm', { orgId, programmeId }, o),
  updatePublicForm: (orgId: string, programmeId: string, body: Body<'onboarding', 'updatePublicForm'>) =>
    call('onboarding', 'updatePublicForm', { orgId, programmeId }, { body }),

  // --- partners (methodology transfer; in the trainer's organisation) ---
  listPartners: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listPartners', { orgId }, { query: { ...p }, ...o }),
  createPartner: (orgId: string, body: Body<'onboarding', 'createPartner'>) => call('onboarding', 'createPartner', { orgId }, { body }),
  getPartner: (orgId: string, partnerId: string, o: F = {}) =>
    call('onboarding', 'readPartner', { orgId, partnerId }, o),
  updateChecklistItem: (orgId: string, partnerId: string, itemId: string, body: Body<'onboarding', 'updateChecklistItem'>) =>
    call('onboarding', 'updateChecklistItem', { orgId, partnerId, itemId }, { body }),
  addFieldSession: (orgId: string, partnerId: string, body: Body<'onboarding', 'addFieldSession'>) =>
    call('onboarding', 'addFieldSession', { orgId, partnerId }, { body }),
  getPartnerConfiguration: (orgId: string, partnerId: string, o: F = {}) =>
    call('onboarding', 'readPartnerConfiguration', { orgId, partnerId }, o),
  getPerson: (orgId: string, programmeId: string, personId: string, o: F = {}) =>
    call('onboarding', 'readPerson', { orgId, programmeId, personId }, o),
  createPerson: (orgId: string, programmeId: string, body: Body<'onboarding', 'createPerson'>) =>
    call('onboarding', 'createPerson', { orgId, programmeId }, { body }),
  /** A spreadsheet import (dry run unless `dryRun` is false); `mapping` is the whole mapping, header → field id. */
  importPeople: (orgId: string, programmeId: string, p: { file: File; side: PersonKind; dryRun: boolean; mapping?: Record<string, string | null> }) => {
    const form = new FormData()
    form.set('file', p.file)
    form.set('side', p.side)
    form.set('dryRun', String(p.dryRun))
    if (p.mapping) form.set('mapping', JSON.stringify(p.mapping))
    return call('onboarding', 'importPeople', { orgId, programmeId }, { form })
  },
  updatePerson: (orgId: string, programmeId: string, personId: string, body: Body<'onboarding', 'updatePerson'>) =>
    call('onboarding', 'updatePerson', { orgId, programmeId, personId }, { body }),
  /** A step along the pipeline: 409 `eligibility-not-met`, `interview-required`, `training-required`... when a rule stops it. */
  movePersonStage: (orgId: string, programmeId: string, personId: string, body: Body<'onboarding', 'movePersonStage'>) =>
    call('onboarding', 'movePersonStage', { orgId, programmeId, personId }, { body }),
  recordInterview: (orgId: string, programmeId: string, personId: string, body: Body<'onboarding', 'recordInterview'>) =>
    call('onboarding', 'recordInterview', { orgId, programmeId, personId }, { body }),
  readTimeline: (orgId: string, programmeId: string, personId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'readTimeline', { orgId, programmeId, personId }, { query: { ...p }, ...o }),
  givePortalAccess: (orgId: string, programmeId: string, personId: string) =>
    call('onboarding', 'givePortalAccess', { orgId, programmeId, personId }),
  addPersonNote: (orgId: string, programmeId: string, personId: string, note: string) =>
    call('onboarding', 'addPersonNote', { orgId, programmeId, personId }, { body: { note } }),

  // --- mentors' employers (skills sponsorship) ---
  listCompanies: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listCompanies', { orgId }, { query: { ...p }, ...o }),
  createCompany: (orgId: string, body: Body<'onboarding', 'createCompany'>) => call('onboarding', 'createCompany', { orgId }, { body }),
  getCompany: (orgId: string, companyId: string, q: { until?: string } = {}, o: F = {}) =>
    call('onboarding', 'readCompany', { orgId, companyId }, { query: { ...q }, ...o }),
  updateCompany: (orgId: string, companyId: string, body: Body<'onboarding', 'updateCompany'>) =>
    call('onboarding', 'updateCompany', { orgId, companyId }, { body }),
  sponsorshipReport: (orgId: string, q: { from?: string; until?: string } = {}, o: F = {}) =>
    call('onboarding', 'sponsorshipReport', { orgId }, { query: { ...q }, ...o }),
  getEmployment: (orgId: string, programmeId: string, personId: string, o: F = {}) =>
    call('onboarding', 'readEmployment', { orgId, programmeId, personId }, o),
  putEmployment: (orgId: string, programmeId: string, personId: string, body: Body<'onboarding', 'putEmployment'>) =>
    call('onboarding', 'putEmployment', { orgId, programmeId, personId }, { body }),
  deleteEmployment: (orgId: string, programmeId: string, personId: string, version: number) =>
    call('onboarding', 'deleteEmployment', { orgId, programmeId, personId }, { query: { version } }),
  // --- the organisation's local network and referrals by partner users ---
  listNetworkPartners: (orgId: string, p: PageArgs & { kind?: 'refers' | 'receives'; active?: 'true' | 'false' } = {}, o: F = {}) =>
    call('onboarding', 'listNetworkPartners', { orgId }, { query: { ...p }, ...o }),
  getNetworkPartner: (orgId: string, networkPartnerId: string, o: F = {}) =>
    call('onboarding', 'readNetworkPartner', { orgId, networkPartnerId }, o),
  createNetworkPartner: (orgId: string, body: Body<'onboarding', 'createNetworkPartner'>) =>
    call('onboarding', 'createNetworkPartner', { orgId }, { body }),
  updateNetworkPartner: (orgId: string, networkPartnerId: string, body: Body<'onboarding', 'updateNetworkPartner'>) =>
    call('onboarding', 'updateNetworkPartner', { orgId, networkPartnerId }, { body }),
  referralForm: (orgId: string, programmeId: string, o: F = {}) =>
    call('onboarding', 'referralForm', { orgId, programmeId }, o),
  createReferral: (orgId: string, programmeId: string, body: Body<'onboarding', 'createReferral'>) =>
    call('onboarding', 'createReferral', { orgId, programmeId }, { body }),
  listPartnerReferrals: (orgId: string, programmeId: string, networkPartnerId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listPartnerReferrals', { orgId, programmeId, networkPartnerId }, { query: { ...p }, ...o }),
  listReferrals: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listReferrals', { orgId, programmeId }, { query: { ...p }, ...o }),

  // --- personal data (GDPR; admins) ---
  /** The audit log, newest first, with its filters (action, actor, person, programme, period as `YYYY-MM-DD`). */
  searchAudit: (orgId: string, p: PageArgs & AuditFilter = {}, o: F = {}) =>
    call('onboarding', 'searchAudit', { orgId }, { query: { ...p }, ...o }),
  /** Everything held about a person, as JSON with the same as a PDF (base64) in the language asked; itself audited. */
  exportPerson: (orgId: string, programmeId: string, personId: string, locale: 'fr' | 'en' | 'nl') =>
    call('onboarding', 'exportPerson', { orgId, programmeId, personId }, { query: { locale } }),
  /** The consents a person gave with their applications, and their withdrawals. */
  /** The e-mails sent to a person, newest first (template, subject, address, date; never the body). */
  personSessions: (orgId: string, programmeId: string, personId: string, query: { kind?: 'information' | 'training' | 'peer-meeting' } = {}, o: F = {}) =>
    call('onboarding', 'personSessions', { orgId, programmeId, personId }, { query, ...o }),
  listPersonMails: (orgId: string, programmeId: string, personId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listPersonMails', { orgId, programmeId, personId }, { query: { ...p }, ...o }),
  readConsents: (orgId: string, programmeId: string, personId: string, o: F = {}) =>
    call('onboarding', 'readConsents', { orgId, programmeId, personId }, o),
  /** Records the withdrawal of every consent of the person (and closes an open path); 409 when the version is stale. */
  withdrawConsent: (orgId: string, programmeId: string, personId: string, version: number) =>
    call('onboarding', 'withdrawConsent', { orgId, programmeId, personId }, { body: { version } }),
  /** Irreversible: answers the erased person (empty names, `erasedAt` set); 409 when the version is stale. */
  erasePerson: (orgId: string, programmeId: string, personId: string, version: number) =>
    call('onboarding', 'erasePerson', { orgId, programmeId, personId }, { body: { version } }),
  /** The retention dry run: who the daily sweep anonymises within `withinDays`, soonest first. */
  previewRetention: (orgId: string, withinDays: number, o: F = {}) =>
    call('onboarding', 'previewRetention', { orgId }, { query: { withinDays }, ...o }),

  // --- programme rules ---
  /** The rules in force (forms, criteria...): the Rules tab edits them, the people screens read their forms there. */
  getRules: (orgId: string, programmeId: string, o: F = {}) =>
    call('onboarding', 'readRules', { orgId, programmeId }, o),
  patchRules: (orgId: string, programmeId: string, body: Body<'onboarding', 'patchRules'>) =>
    call('onboarding', 'patchRules', { orgId, programmeId }, { body }),
  listRulesVersions: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    call('onboarding', 'listRulesVersions', { orgId, programmeId }, { query: { ...p }, ...o }),
  getRulesVersion: (orgId: string, programmeId: string, version: number, o: F = {}) =>
    call('onboarding', 'readRulesVersion', { orgId, programmeId, version: String(version) }, o),
  diffRules: (orgId: string, programmeId: string, from: number, to: number, o: F = {}) =>
    call('onboarding', 'diffRules', { orgId, programmeId }, { query: { from, to }, ...o }),

  // --- matching ---
  startRun: (orgId: string, programmeId: string, body: Body<'matching', 'startRun'>) =>
    call('matching', 'startRun', { orgId, programmeId }, { body }),
  getRun: (orgId: string, programmeId: string, runId: string) =>
    call('matching', 'readRun', { orgId, programmeId, runId }),
  // --- a programme's duos (staff) ---
  listDuos: (orgId: string, programmeId: string, q: PageArgs & { state?: Duo['state'] } = {}, o: F = {}) =>
    call('matching', 'listDuos', { orgId, programmeId }, { query: { ...q }, ...o }),
  readDuo: (orgId: string, programmeId: string, duoId: string, o: F = {}) => call('matching', 'readDuo', { orgId, programmeId, duoId }, o),
  readDuoTimeline: (orgId: string, programmeId: string, duoId: string, p: PageArgs = {}, o: F = {}) =>
    call('matching', 'readDuoTimeline', { orgId, programmeId, duoId }, { query: { ...p }, ...o }),
  recordDuoAnswer: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'recordDuoAnswer'>) =>
    call('matching', 'recordDuoAnswer', { orgId, programmeId, duoId }, { body }),
  scheduleFirstMeeting: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'scheduleFirstMeeting'>) =>
    call('matching', 'scheduleFirstMeeting', { orgId, programmeId, duoId }, { body }),
  recordMeetingVerdict: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'recordMeetingVerdict'>) =>
    call('matching', 'recordMeetingVerdict', { orgId, programmeId, duoId }, { body }),
  cancelDuo: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'cancelDuo'>) =>
    call('matching', 'cancelDuo', { orgId, programmeId, duoId }, { body }),
  closeDuo: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'closeDuo'>) =>
    call('matching', 'closeDuo', { orgId, programmeId, duoId }, { body }),
  pauseDuo: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'pauseDuo'>) =>
    call('matching', 'pauseDuo', { orgId, programmeId, duoId }, { body }),
  resumeDuo: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'resumeDuo'>) =>
    call('matching', 'resumeDuo', { orgId, programmeId, duoId }, { body }),
  nextAlternatives: (orgId: string, programmeId: string, duoId: string) =>
    call('matching', 'nextAlternatives', { orgId, programmeId, duoId }),
  /** A duo's evaluation questionnaires, both sides, with their answers (issue 11). */
  duoEvaluations: (orgId: string, programmeId: string, duoId: string) =>
    call('onboarding', 'listDuoEvaluations', { orgId, programmeId, duoId }),
  // The engagement contract: staff generate it, read it and sign for the organisation; its mentor and mentee read and sign their own.
  generateContract: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'generateContract'>) =>
    call('matching', 'generateContract', { orgId, programmeId, duoId }, { body }),
  readContract: (orgId: string, programmeId: string, duoId: string) => call('matching', 'readContract', { orgId, programmeId, duoId }),
  signContractForOrganisation: (orgId: string, programmeId: string, duoId: string, body: Body<'matching', 'signContractForOrganisation'>) =>
    call('matching', 'signContractForOrganisation', { orgId, programmeId, duoId }, { body }),
  // --- the mentor and mentee portal: the caller's own duos ---
  readMyContract: (orgId: string, duoId: string) => call('matching', 'readMyContract', { orgId, duoId }),
  signMyContract: (orgId: string, duoId: string, body: Body<'matching', 'signMyContract'>) =>
    call('matching', 'signMyContract', { orgId, duoId }, { body }),
  listMyDuos: (orgId: string, locale?: Locale, o: F = {}) => call('matching', 'listMyDuos', { orgId }, { query: { locale }, ...o }),
  readMyDuo: (orgId: string, duoId: string, locale?: Locale, o: F = {}) =>
    call('matching', 'readMyDuo', { orgId, duoId }, { query: { locale }, ...o }),
  answerMyProposal: (orgId: string, duoId: string, body: Body<'matching', 'answerMyProposal'>) =>
    call('matching', 'answerMyProposal', { orgId, duoId }, { body }),
  giveMyVerdict: (orgId: string, duoId: string, body: Body<'matching', 'giveMyVerdict'>) =>
    call('matching', 'giveMyVerdict', { orgId, duoId }, { body }),
  listMyPeerMeetings: (orgId: string, o: F = {}) => call('matching', 'listMyPeerMeetings', { orgId }, o),
  setMyPeerRegistration: (orgId: string, sessionId: string, body: Body<'matching', 'setMyPeerRegistration'>) =>
    call('matching', 'setMyPeerRegistration', { orgId, sessionId }, { body }),
  /** The upcoming sessions I am invited to, soonest first. */
  listMySessions: (orgId: string, o: F = {}) => call('matching', 'listMySessions', { orgId }, o),
  /** A session I am invited to as a calendar file (.ics, base64). */
  readMySessionCalendar: (orgId: string, sessionId: string) => call('matching', 'readMySessionCalendar', { orgId, sessionId }),
  // --- a started duo's life: staff, and the duo's own mentor and mentee (its programme from the duo) ---
  readIntake: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'readIntake', { orgId, programmeId, duoId }, o),
  saveIntake: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'saveIntake'>) =>
    call('monitoring', 'saveIntake', { orgId, programmeId, duoId }, { body }),
  listActions: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'listActions', { orgId, programmeId, duoId }, o),
  createAction: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'createAction'>) =>
    call('monitoring', 'createAction', { orgId, programmeId, duoId }, { body }),
  moveAction: (orgId: string, programmeId: string, duoId: string, actionId: string, body: Body<'monitoring', 'moveAction'>) =>
    call('monitoring', 'moveAction', { orgId, programmeId, duoId, actionId }, { body }),
  commentAction: (orgId: string, programmeId: string, duoId: string, actionId: string, body: Body<'monitoring', 'commentAction'>) =>
    call('monitoring', 'commentAction', { orgId, programmeId, duoId, actionId }, { body }),
  readLog: (orgId: string, programmeId: string, duoId: string, month?: string, o: F = {}) =>
    call('monitoring', 'readLog', { orgId, programmeId, duoId }, { query: { month }, ...o }),
  addLogEntry: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'addLogEntry'>) =>
    call('monitoring', 'addLogEntry', { orgId, programmeId, duoId }, { body }),
  readProgress: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'readProgress', { orgId, programmeId, duoId }, o),
  saveProgress: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'saveProgress'>) =>
    call('monitoring', 'saveProgress', { orgId, programmeId, duoId }, { body }),
  listRuns: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    call('matching', 'listRuns', { orgId, programmeId }, { query: { ...p }, ...o }),
  listSuggestions: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    call('matching', 'suggestions', { orgId, programmeId, runId }, { query: { ...p } }),
  listUnmatched: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    call('matching', 'unmatched', { orgId, programmeId, runId }, { query: { ...p } }),
  retryRun: (orgId: string, programmeId: string, runId: string) =>
    call('matching', 'retryRun', { orgId, programmeId, runId }),
  getAlternatives: (orgId: string, programmeId: string, runId: string, menteeId: string) =>
    call('matching', 'alternatives', { orgId, programmeId, runId, menteeId }),
  listPairRules: (orgId: string, programmeId: string, p: PageArgs = {}) =>
    call('matching', 'listPairRules', { orgId, programmeId }, { query: { ...p } }),
  putPairRule: (orgId: string, programmeId: string, menteeId: string, mentorId: string, body: Body<'matching', 'putPairRule'>) =>
    call('matching', 'putPairRule', { orgId, programmeId, menteeId, mentorId }, { body }),
  deletePairRule: (orgId: string, programmeId: string, menteeId: string, mentorId: string, version: number) =>
    call('matching', 'deletePairRule', { orgId, programmeId, menteeId, mentorId }, { query: { version } }),
  proposeFromRun: (orgId: string, programmeId: string, body: Body<'matching', 'proposeDuos'>) =>
    call('matching', 'proposeDuos', { orgId, programmeId }, { body }),

  // --- monitoring ---
  listAlerts: (orgId: string, p: PageArgs & { sweepDate?: string } = {}, o: F = {}) =>
    call('monitoring', 'listAlerts', { orgId }, { query: { ...p }, ...o }),
  platformHealth: (o: F = {}) => call('monitoring', 'platformHealth', {}, o),
  redriveQueue: (queue: 'matching') => call('monitoring', 'redriveQueue', { queue }),
  lastSweep: (orgId: string, o: F = {}) =>
    call('monitoring', 'lastSweep', { orgId }, o),
  listMyAlerts: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    call('monitoring', 'listMyAlerts', { orgId }, { query: { ...p }, ...o }),
  dismissAlert: (orgId: string, alertId: string) => call('monitoring', 'dismissAlert', { orgId, alertId }),
  snoozeAlert: (orgId: string, alertId: string, body: Body<'monitoring', 'snoozeAlert'>) =>
    call('monitoring', 'snoozeAlert', { orgId, alertId }, { body }),
  readDigestChoice: (orgId: string, o: F = {}) => call('monitoring', 'readDigestChoice', { orgId }, o),
  saveDigestChoice: (orgId: string, body: Body<'monitoring', 'saveDigestChoice'>) => call('monitoring', 'saveDigestChoice', { orgId }, { body }),
  // A duo's check-ins, on the staff's duo page.
  listCheckIns: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'listCheckIns', { orgId, programmeId, duoId }, o),
  addCheckIn: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'addCheckIn'>) =>
    call('monitoring', 'addCheckIn', { orgId, programmeId, duoId }, { body }),
  readTracking: (orgId: string, programmeId: string, q: PageArgs & TrackingFilter = {}, o: F = {}) =>
    call('monitoring', 'readTracking', { orgId, programmeId }, { query: { ...q }, ...o }),
  exportTracking: (orgId: string, programmeId: string, q: TrackingFilter & { locale?: Locale } = {}) =>
    call('monitoring', 'exportTracking', { orgId, programmeId }, { query: { ...q } }),
  // Results (issue 11): the window as `ResultsView` (`$lib/results`), the API's defaults for what is left out.
  readProgrammeResults: (orgId: string, programmeId: string, q: ResultsFilter = {}, o: F = {}) =>
    call('monitoring', 'readProgrammeResults', { orgId, programmeId }, { query: { ...q }, ...o }),
  readOrganisationResults: (orgId: string, q: ResultsFilter = {}, o: F = {}) =>
    call('monitoring', 'readOrganisationResults', { orgId }, { query: { ...q }, ...o }),
  // --- the end of a duo: its closing interview and the follow-ups after it; the yearly profile analysis ---
  readClosingInterview: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'readClosingInterview', { orgId, programmeId, duoId }, o),
  scheduleClosingInterview: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'scheduleClosingInterview'>) =>
    call('monitoring', 'scheduleClosingInterview', { orgId, programmeId, duoId }, { body }),
  holdClosingInterview: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'holdClosingInterview'>) =>
    call('monitoring', 'holdClosingInterview', { orgId, programmeId, duoId }, { body }),
  listFollowUps: (orgId: string, programmeId: string, duoId: string, o: F = {}) =>
    call('monitoring', 'listFollowUps', { orgId, programmeId, duoId }, o),
  recordFollowUp: (orgId: string, programmeId: string, duoId: string, body: Body<'monitoring', 'recordFollowUp'>) =>
    call('monitoring', 'recordFollowUp', { orgId, programmeId, duoId }, { body }),
  readProfileAnalysis: (orgId: string, programmeId: string, year: number, o: F = {}) =>
    call('monitoring', 'readProfileAnalysis', { orgId, programmeId }, { query: { year }, ...o }),
  exportProgrammeResults: (orgId: string, programmeId: string, q: ResultsFilter & { locale?: Locale } = {}) =>
    call('monitoring', 'exportProgrammeResults', { orgId, programmeId }, { query: { ...q } }),
  createResultsExport: (orgId: string, programmeId: string, body: Body<'monitoring', 'createResultsExport'>) =>
    call('monitoring', 'createResultsExport', { orgId, programmeId }, { body }),
  readResultsExport: (orgId: string, programmeId: string, jobId: string) =>
    call('monitoring', 'readResultsExport', { orgId, programmeId, jobId }),
  downloadResultsExport: (orgId: string, programmeId: string, jobId: string) =>
    call('monitoring', 'downloadResultsExport', { orgId, programmeId, jobId }),
  createOrganisationResultsExport: (orgId: string, body: Body<'monitoring', 'createOrganisationResultsExport'>) =>
    call('monitoring', 'createOrganisationResultsExport', { orgId }, { body }),
  readOrganisationResultsExport: (orgId: string, jobId: string) =>
    call('monitoring', 'readOrganisationResultsExport', { orgId, jobId }),
  downloadOrganisationResultsExport: (orgId: string, jobId: string) =>
    call('monitoring', 'downloadOrganisationResultsExport', { orgId, jobId }),
  readQualityAudit: (orgId: string, programmeId: string, q: { from?: string; to?: string } = {}, o: F = {}) =>
    call('monitoring', 'readQualityAudit', { orgId, programmeId }, { query: { ...q }, ...o }),
  qualityAuditPdf: (orgId: string, programmeId: string, q: { from?: string; to?: string; locale?: Locale } = {}) =>
    call('monitoring', 'qualityAuditPdf', { orgId, programmeId }, { query: { ...q } }),
}

export type { AppConfig }

/** How many items a list screen asks for at a time. */
export const PAGE_SIZE = 20
