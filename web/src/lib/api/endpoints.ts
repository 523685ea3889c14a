import type {
  AppConfig,
  CreateInvitation,
  CreateMatchingRun,
  CreateOrganisation,
  CreateProgramme,
  Me,
  Member,
  MatchingRun,
  MatchingSuggestion,
  UnmatchedMentee,
  Organisation,
  CreatePerson,
  Person,
  PreviewTemplate,
  Programme,
  UpdatePerson,
  TemplatePreview,
  UpdateOrganisation,
  UpdateProgramme,
  Alert,
  SweepStatus,
  PatchRules,
  RulesDiff,
  RulesVersion,
} from '@binome/contracts'
import type { MembershipRole, PersonKind } from '@binome/contracts'
import {
  fillPath, matchingEndpoints, matchingPrefix, monitoringEndpoints, monitoringPrefix, onboardingEndpoints, onboardingPrefix,
  type Endpoint, type PathParams,
} from '@binome/contracts/routes/endpoints'
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


const apps = { onboarding: onboardingPrefix, matching: matchingPrefix, monitoring: monitoringPrefix }

/**
 * The URL and method of a declared endpoint, for `request`: both come from the contracts
 * (`@binome/contracts/routes/endpoints`), so no path is written here, and the compiler checks that every path
 * parameter is given. `apiBase` already ends in `/api`.
 *
 * @example
 * request<Programme>(...at('onboarding', onboardingEndpoints.readProgramme, { orgId, programmeId }))
 */
function at<P extends string>(
  app: keyof typeof apps,
  endpoint: { method: Endpoint['method']; path: P },
  params: Record<PathParams<P>, string>,
  opts: Omit<RequestOptions, 'method'> = {},
): [string, RequestOptions] {
  const path = apps[app].slice('/api'.length) + fillPath(endpoint.path, params)
  return [path, { method: endpoint.method.toUpperCase() as RequestOptions['method'], ...opts }]
}

const on = onboardingEndpoints
const ma = matchingEndpoints



/**
 * Every API call the app makes with a token, typed with the shared contracts (the calls made before signing in are
 * in `public-endpoints`, so that the sign-in page does not load these).
 *
 * @example
 * const page = await api.listProgrammes('pls', { include: 'current' })
 */
export const api = {
  // --- onboarding ---
  me: (o: F = {}) => request<Me>(...at('onboarding', on.me, {}, o)),
  acceptInvitation: (orgId: string) => request<unknown>(...at('onboarding', on.acceptInvitation, { orgId })),

  listOrganisations: (p: PageArgs = {}, o: F = {}) =>
    request<Page<Organisation>>(...at('onboarding', on.listOrganisations, {}, { query: { ...p }, ...o })),
  createOrganisation: (body: CreateOrganisation) => request<Organisation>(...at('onboarding', on.createOrganisation, {}, { body })),
  getOrganisation: (orgId: string, o: F = {}) => request<Organisation>(...at('onboarding', on.readOrganisation, { orgId }, o)),
  updateOrganisation: (orgId: string, body: UpdateOrganisation) =>
    request<Organisation>(...at('onboarding', on.updateOrganisation, { orgId }, { body })),

  listMembers: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    request<Page<Member>>(...at('onboarding', on.listMembers, { orgId }, { query: { ...p }, ...o })),
  invite: (orgId: string, body: CreateInvitation) => request<Member>(...at('onboarding', on.invite, { orgId }, { body })),
  changeRole: (orgId: string, userId: string, role: MembershipRole, version: number) =>
    request<Member>(...at('onboarding', on.updateMember, { orgId, userId }, { body: { role, version } })),
  removeMember: (orgId: string, userId: string, version: number) =>
    request<void>(...at('onboarding', on.removeMember, { orgId, userId }, { query: { version } })),

  listProgrammes: (
    orgId: string,
    p: PageArgs & { include?: 'current' | 'archived' | 'all' } = {},
    o: F = {},
  ) => request<Page<Programme>>(...at('onboarding', on.listProgrammes, { orgId }, { query: { ...p }, ...o })),
  createProgramme: (orgId: string, body: CreateProgramme) =>
    request<Programme>(...at('onboarding', on.createProgramme, { orgId }, { body })),
  getProgramme: (orgId: string, programmeId: string, o: F = {}) =>
    request<Programme>(...at('onboarding', on.readProgramme, { orgId, programmeId }, o)),
  updateProgramme: (orgId: string, programmeId: string, body: UpdateProgramme) =>
    request<Programme>(...at('onboarding', on.updateProgramme, { orgId, programmeId }, { body })),
  archiveProgramme: (orgId: string, programmeId: string, version: number) =>
    request<Programme>(...at('onboarding', on.archiveProgramme, { orgId, programmeId }, { body: { version } })),
  listPeople: (orgId: string, programmeId: string, p: PageArgs & { kind?: PersonKind } = {}, o: F = {}) =>
    request<Page<Person>>(...at('onboarding', on.listPeople, { orgId, programmeId }, { query: { ...p }, ...o })),
  getPerson: (orgId: string, programmeId: string, personId: string, o: F = {}) =>
    request<Person>(...at('onboarding', on.readPerson, { orgId, programmeId, personId }, o)),
  createPerson: (orgId: string, programmeId: string, body: CreatePerson) =>
    request<Person>(...at('onboarding', on.createPerson, { orgId, programmeId }, { body })),
  updatePerson: (orgId: string, programmeId: string, personId: string, body: UpdatePerson) =>
    request<Person>(...at('onboarding', on.updatePerson, { orgId, programmeId, personId }, { body })),

  // --- programme rules ---
  /** The rules in force (forms, criteria...): the Rules tab edits them, the people screens read their forms there. */
  getRules: (orgId: string, programmeId: string, o: F = {}) =>
    request<RulesVersion>(...at('onboarding', on.readRules, { orgId, programmeId }, o)),
  patchRules: (orgId: string, programmeId: string, body: PatchRules) =>
    request<RulesVersion>(...at('onboarding', on.patchRules, { orgId, programmeId }, { body })),
  listRulesVersions: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    request<Page<Omit<RulesVersion, 'rules'>>>(...at('onboarding', on.listRulesVersions, { orgId, programmeId }, { query: { ...p }, ...o })),
  getRulesVersion: (orgId: string, programmeId: string, version: number, o: F = {}) =>
    request<RulesVersion>(...at('onboarding', on.readRulesVersion, { orgId, programmeId, version: String(version) }, o)),
  diffRules: (orgId: string, programmeId: string, from: number, to: number, o: F = {}) =>
    request<RulesDiff>(...at('onboarding', on.diffRules, { orgId, programmeId }, { query: { from, to }, ...o })),
  /** The template editor's preview: 200 with the rendered text, or 422 `template-invalid` whose details name each line. */
  previewTemplate: (orgId: string, programmeId: string, body: PreviewTemplate) =>
    request<TemplatePreview>(...at('onboarding', on.previewTemplate, { orgId, programmeId }, { body })),

  // --- matching ---
  startRun: (orgId: string, programmeId: string, body: Partial<CreateMatchingRun>) =>
    request<MatchingRun>(...at('matching', ma.startRun, { orgId, programmeId }, { body })),
  getRun: (orgId: string, programmeId: string, runId: string) =>
    request<MatchingRun>(...at('matching', ma.readRun, { orgId, programmeId, runId })),
  listRuns: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    request<Page<MatchingRun>>(...at('matching', ma.listRuns, { orgId, programmeId }, { query: { ...p }, ...o })),
  listSuggestions: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    request<Page<MatchingSuggestion>>(...at('matching', ma.suggestions, { orgId, programmeId, runId }, { query: { ...p } })),
  listUnmatched: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    request<Page<UnmatchedMentee>>(...at('matching', ma.unmatched, { orgId, programmeId, runId }, { query: { ...p } })),
  retryRun: (orgId: string, programmeId: string, runId: string) =>
    request<MatchingRun>(...at('matching', ma.retryRun, { orgId, programmeId, runId }, { body: {} })),

  // --- monitoring ---
  listAlerts: (orgId: string, p: PageArgs & { sweepDate?: string } = {}, o: F = {}) =>
    request<Page<Alert>>(...at('monitoring', monitoringEndpoints.listAlerts, { orgId }, { query: { ...p }, ...o })),
  lastSweep: (orgId: string, o: F = {}) =>
    request<SweepStatus>(...at('monitoring', monitoringEndpoints.lastSweep, { orgId }, o)),
}

export type { AppConfig }

/** How many items a list screen asks for at a time. */
export const PAGE_SIZE = 20
