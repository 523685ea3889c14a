/**
 * Where each route lives: its method and path, relative to its app's prefix. Zod-free on purpose, so that the web
 * client builds every URL from here on any page without loading schemas; the declarations (`./<app>.ts`) spread
 * these entries and add the schemas and the permission, so a path is written once.
 */
export const onboardingPrefix = '/api/onboarding'
export const matchingPrefix = '/api/matching'
export const monitoringPrefix = '/api/monitoring'

/** The electronic evaluation (issue 11), in the onboarding app: its public routes share the application forms' door. */
export const evaluationEndpoints = {
  listDuoEvaluations: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/evaluations' },
  evaluationResponseRate: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/evaluations/response-rate' },
  readEvaluation: { method: 'get', path: '/public/evaluations/{token}' },
  answerEvaluation: { method: 'post', path: '/public/evaluations/{token}/answers' },
} as const

// The tables that include another are joined by a call marked pure, not by an object spread: a bundler keeps a
// top-level `{ ...other }` that nothing uses (a spread may run getters), so every function carried every app's paths.
export const onboardingEndpoints = /* @__PURE__ */ Object.assign({}, evaluationEndpoints, {
  me: { method: 'get', path: '/me' },
  acceptInvitation: { method: 'post', path: '/me/memberships/{orgId}/accept' },
  listOrganisations: { method: 'get', path: '/orgs' },
  createOrganisation: { method: 'post', path: '/orgs' },
  readOrganisation: { method: 'get', path: '/orgs/{orgId}' },
  updateOrganisation: { method: 'patch', path: '/orgs/{orgId}' },
  listMembers: { method: 'get', path: '/orgs/{orgId}/members' },
  invite: { method: 'post', path: '/orgs/{orgId}/invitations' },
  updateMember: { method: 'patch', path: '/orgs/{orgId}/members/{userId}' },
  removeMember: { method: 'delete', path: '/orgs/{orgId}/members/{userId}' },
  listProgrammes: { method: 'get', path: '/orgs/{orgId}/programmes' },
  createProgramme: { method: 'post', path: '/orgs/{orgId}/programmes' },
  readProgramme: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}' },
  updateProgramme: { method: 'patch', path: '/orgs/{orgId}/programmes/{programmeId}' },
  archiveProgramme: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/archive' },
  listPeople: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people' },
  previewTemplate: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/templates/preview' },
  listPartners: { method: 'get', path: '/orgs/{orgId}/partners' },
  createPartner: { method: 'post', path: '/orgs/{orgId}/partners' },
  readPartner: { method: 'get', path: '/orgs/{orgId}/partners/{partnerId}' },
  updateChecklistItem: { method: 'patch', path: '/orgs/{orgId}/partners/{partnerId}/checklist/{itemId}' },
  addFieldSession: { method: 'post', path: '/orgs/{orgId}/partners/{partnerId}/checklist' },
  readPartnerConfiguration: { method: 'get', path: '/orgs/{orgId}/partners/{partnerId}/configuration' },
  createPerson: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people' },
  readPerson: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}' },
  updatePerson: { method: 'patch', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}' },
  importPeople: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/imports' },
  searchAudit: { method: 'get', path: '/orgs/{orgId}/audit' },
  countPeopleByStage: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/pipeline' },
  movePersonStage: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/stage' },
  recordInterview: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/interview' },
  readTimeline: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/timeline' },
  exportPerson: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/export' },
  listPersonMails: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/mails' },
  readConsents: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/consents' },
  withdrawConsent: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/consents/withdrawal' },
  erasePerson: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/erasure' },
  previewRetention: { method: 'get', path: '/orgs/{orgId}/retention' },
  givePortalAccess: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/portal-access' },
  addPersonNote: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/notes' },
  readRules: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/rules' },
  saveRules: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/rules' },
  patchRules: { method: 'patch', path: '/orgs/{orgId}/programmes/{programmeId}/rules' },
  listRulesVersions: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/rules/versions' },
  readRulesVersion: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/rules/versions/{version}' },
  diffRules: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/rules/diff' },
  // Information sessions and mentor trainings of a programme, with their invitees and attendance.
  listSessions: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/sessions' },
  createSession: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/sessions' },
  readSession: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}' },
  updateSession: { method: 'patch', path: '/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}' },
  cancelSession: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/cancel' },
  inviteToSession: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/invitations' },
  recordAttendance: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/attendance' },
  planPeerSeries: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/peer-meetings/series' },
  personSessions: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/sessions' },
  listNewsletters: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/newsletters' },
  sendNewsletter: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/newsletters' },
  readNewsletter: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/newsletters/{newsletterId}' },
  retryNewsletter: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/newsletters/{newsletterId}/retry' },
  // Public: the mentor's unsubscribe link, no account; the token is the only key.
  readNewsletterSubscription: { method: 'get', path: '/public/newsletter/{token}' },
  setNewsletterSubscription: { method: 'put', path: '/public/newsletter/{token}' },
  readPublicForm: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/public-form' },
  updatePublicForm: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/public-form' },
  // Public: no account, no token; the link's secret is the only key (and on AWS a route without the authorizer).
  readApplicationForm: { method: 'get', path: '/public/forms/{token}' },
  apply: { method: 'post', path: '/public/forms/{token}/applications' },
  listCompanies: { method: 'get', path: '/orgs/{orgId}/companies' },
  createCompany: { method: 'post', path: '/orgs/{orgId}/companies' },
  readCompany: { method: 'get', path: '/orgs/{orgId}/companies/{companyId}' },
  updateCompany: { method: 'patch', path: '/orgs/{orgId}/companies/{companyId}' },
  deleteCompany: { method: 'delete', path: '/orgs/{orgId}/companies/{companyId}' },
  sponsorshipReport: { method: 'get', path: '/orgs/{orgId}/sponsorship' },
  readEmployment: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/employment' },
  putEmployment: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/employment' },
  deleteEmployment: { method: 'delete', path: '/orgs/{orgId}/programmes/{programmeId}/people/{personId}/employment' },
  listNetworkPartners: { method: 'get', path: '/orgs/{orgId}/network-partners' },
  createNetworkPartner: { method: 'post', path: '/orgs/{orgId}/network-partners' },
  readNetworkPartner: { method: 'get', path: '/orgs/{orgId}/network-partners/{networkPartnerId}' },
  updateNetworkPartner: { method: 'patch', path: '/orgs/{orgId}/network-partners/{networkPartnerId}' },
  referralForm: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/referral-form' },
  createReferral: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/referrals' },
  listReferrals: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/referrals' },
  readReferral: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/referrals/{personId}' },
  listPartnerReferrals: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/network-partners/{networkPartnerId}/referrals' },
  // Outside `/orgs/{orgId}/…`, whose guard admits the organisation's own members only.
  appointAdmin: { method: 'post', path: '/recovery/orgs/{orgId}/admin' },
} as const)

/** A duo's engagement contract: staff generate, read and sign it for the organisation; its mentor and mentee read and sign their own. */
export const contractEndpoints = {
  generateContract: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/contract' },
  readContract: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/contract' },
  signContractForOrganisation: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/contract/signatures' },
  readMyContract: { method: 'get', path: '/orgs/{orgId}/me/duos/{duoId}/contract' },
  signMyContract: { method: 'post', path: '/orgs/{orgId}/me/duos/{duoId}/contract/signatures' },
} as const

/** The mentor and mentee portal: the caller's own duos (in the matching app, beside the duos). */
export const portalEndpoints = {
  listMyDuos: { method: 'get', path: '/orgs/{orgId}/me/duos' },
  readMyDuo: { method: 'get', path: '/orgs/{orgId}/me/duos/{duoId}' },
  answerMyProposal: { method: 'post', path: '/orgs/{orgId}/me/duos/{duoId}/answer' },
  giveMyVerdict: { method: 'post', path: '/orgs/{orgId}/me/duos/{duoId}/verdict' },
  listMyPeerMeetings: { method: 'get', path: '/orgs/{orgId}/me/peer-meetings' },
  setMyPeerRegistration: { method: 'put', path: '/orgs/{orgId}/me/peer-meetings/{sessionId}/registration' },
  listMySessions: { method: 'get', path: '/orgs/{orgId}/me/sessions' },
  readMySessionCalendar: { method: 'get', path: '/orgs/{orgId}/me/sessions/{sessionId}/calendar' },
} as const

export const matchingEndpoints = /* @__PURE__ */ Object.assign({}, contractEndpoints, portalEndpoints, {
  startRun: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/runs' },
  listRuns: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs' },
  readRun: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}' },
  suggestions: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/suggestions' },
  unmatched: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/unmatched' },
  retryRun: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/retry' },
  alternatives: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/runs/{runId}/mentees/{menteeId}/alternatives' },
  listPairRules: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/pair-rules' },
  putPairRule: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/pair-rules/{menteeId}/{mentorId}' },
  deletePairRule: { method: 'delete', path: '/orgs/{orgId}/programmes/{programmeId}/pair-rules/{menteeId}/{mentorId}' },
  // Duos from the proposal to their start: staff propose selected pairs and record each step.
  proposeDuos: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos' },
  listDuos: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos' },
  readDuo: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}' },
  readDuoTimeline: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/timeline' },
  nextAlternatives: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/next-alternatives' },
  recordDuoAnswer: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/answer' },
  scheduleFirstMeeting: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/meeting' },
  recordMeetingVerdict: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/verdicts' },
  cancelDuo: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/cancel' },
  closeDuo: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/close' },
  pauseDuo: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/pause' },
  resumeDuo: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/resume' },
} as const)

export const monitoringEndpoints = {
  listAlerts: { method: 'get', path: '/orgs/{orgId}/alerts' },
  lastSweep: { method: 'get', path: '/orgs/{orgId}/sweep' },
  // A coordinator's own alerts of the last sweep (their duos' and the programmes'), and what they do with one.
  listMyAlerts: { method: 'get', path: '/orgs/{orgId}/me/alerts' },
  dismissAlert: { method: 'post', path: '/orgs/{orgId}/alerts/{alertId}/dismiss' },
  snoozeAlert: { method: 'post', path: '/orgs/{orgId}/alerts/{alertId}/snooze' },
  readDigestChoice: { method: 'get', path: '/orgs/{orgId}/me/alert-digest' },
  saveDigestChoice: { method: 'put', path: '/orgs/{orgId}/me/alert-digest' },
  // The operator's, outside `/orgs/{orgId}/…`.
  platformHealth: { method: 'get', path: '/platform/health' },
  redriveQueue: { method: 'post', path: '/platform/queues/{queue}/redrive' },
  // A started duo's life (stages 4–5): written by its own mentor and mentee or by staff, read by both.
  readIntake: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/intake' },
  saveIntake: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/intake' },
  listActions: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions' },
  createAction: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions' },
  moveAction: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions/{actionId}/moves' },
  commentAction: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions/{actionId}/comments' },
  readLog: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/log' },
  addLogEntry: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/log' },
  readProgress: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/progress' },
  saveProgress: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/progress' },
  listCheckIns: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/check-ins' },
  addCheckIn: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/check-ins' },
  // The end of a closed (or closing) duo: its closing interview and the follow-ups 3 and 6 months after.
  readClosingInterview: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/closing-interview' },
  scheduleClosingInterview: { method: 'put', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/closing-interview' },
  holdClosingInterview: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/closing-interview/held' },
  listFollowUps: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/follow-ups' },
  recordFollowUp: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/follow-ups' },
  // The yearly analysis of mentors' and mentees' profiles, with outcomes by group (small groups as "< 5").
  readProfileAnalysis: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/profile-analysis' },
  readTracking: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/tracking' },
  exportTracking: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/tracking/export' },
  // Results (issue 11): the dashboard of a programme and of the whole organisation.
  readProgrammeResults: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/results' },
  readOrganisationResults: { method: 'get', path: '/orgs/{orgId}/results' },
  exportProgrammeResults: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/results/export' },
  // The same files made in the background (large programmes): queue, poll, download.
  createResultsExport: { method: 'post', path: '/orgs/{orgId}/programmes/{programmeId}/results/exports' },
  readResultsExport: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/results/exports/{jobId}' },
  downloadResultsExport: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/results/exports/{jobId}/download' },
  // The whole organisation's files, in the background too: every programme together, with a line per programme.
  createOrganisationResultsExport: { method: 'post', path: '/orgs/{orgId}/results/exports' },
  readOrganisationResultsExport: { method: 'get', path: '/orgs/{orgId}/results/exports/{jobId}' },
  downloadOrganisationResultsExport: { method: 'get', path: '/orgs/{orgId}/results/exports/{jobId}/download' },
  // The programme's quality audit against Mentoring Belgium's criteria (seed 003) and its one-page PDF.
  readQualityAudit: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/quality-audit' },
  qualityAuditPdf: { method: 'get', path: '/orgs/{orgId}/programmes/{programmeId}/quality-audit/pdf' },
} as const

export interface Endpoint {
  readonly method: 'get' | 'post' | 'patch' | 'put' | 'delete'
  readonly path: string
}

/** The names of a path's parameters: `'/orgs/{orgId}/members/{userId}'` → `'orgId' | 'userId'`. */
export type PathParams<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | PathParams<Rest> : never

/**
 * A path with its parameters filled in (each encoded).
 *
 * @example
 * fillPath('/orgs/{orgId}/programmes', { orgId: 'pls' }) // '/orgs/pls/programmes'
 */
export function fillPath<P extends string>(path: P, params: Record<PathParams<P>, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name]!))
}
