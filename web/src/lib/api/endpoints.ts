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
  Person,
  Programme,
  UpdateOrganisation,
  UpdateProgramme,
  Alert,
  SweepStatus,
} from '@binome/contracts'
import type { MembershipRole, PersonKind } from '@binome/contracts'
import { request } from './client'

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

const org = (orgId: string) => `/onboarding/orgs/${encodeURIComponent(orgId)}`
const programme = (orgId: string, programmeId: string) =>
  `${org(orgId)}/programmes/${encodeURIComponent(programmeId)}`
const runs = (orgId: string, programmeId: string) =>
  `/matching/orgs/${encodeURIComponent(orgId)}/programmes/${encodeURIComponent(programmeId)}/runs`

/**
 * Every API call the app makes with a token, typed with the shared contracts (the calls made before signing in are
 * in `public-endpoints`, so that the sign-in page does not load these).
 *
 * @example
 * const page = await api.listProgrammes('pls', { include: 'current' })
 */
export const api = {
  // --- onboarding ---
  me: (o: F = {}) => request<Me>('/onboarding/me', o),
  acceptInvitation: (orgId: string) =>
    request<unknown>(`/onboarding/me/memberships/${encodeURIComponent(orgId)}/accept`, { method: 'POST' }),

  listOrganisations: (p: PageArgs = {}, o: F = {}) =>
    request<Page<Organisation>>('/onboarding/orgs', { query: { ...p }, ...o }),
  createOrganisation: (body: CreateOrganisation) =>
    request<Organisation>('/onboarding/orgs', { method: 'POST', body }),
  getOrganisation: (orgId: string, o: F = {}) => request<Organisation>(org(orgId), o),
  updateOrganisation: (orgId: string, body: UpdateOrganisation) =>
    request<Organisation>(org(orgId), { method: 'PATCH', body }),

  listMembers: (orgId: string, p: PageArgs = {}, o: F = {}) =>
    request<Page<Member>>(`${org(orgId)}/members`, { query: { ...p }, ...o }),
  invite: (orgId: string, body: CreateInvitation) =>
    request<Member>(`${org(orgId)}/invitations`, { method: 'POST', body }),
  changeRole: (orgId: string, userId: string, role: MembershipRole, version: number) =>
    request<Member>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, {
      method: 'PATCH',
      body: { role, version },
    }),
  removeMember: (orgId: string, userId: string, version: number) =>
    request<void>(`${org(orgId)}/members/${encodeURIComponent(userId)}`, {
      method: 'DELETE',
      query: { version },
    }),

  listProgrammes: (
    orgId: string,
    p: PageArgs & { include?: 'current' | 'archived' | 'all' } = {},
    o: F = {},
  ) => request<Page<Programme>>(`${org(orgId)}/programmes`, { query: { ...p }, ...o }),
  createProgramme: (orgId: string, body: CreateProgramme) =>
    request<Programme>(`${org(orgId)}/programmes`, { method: 'POST', body }),
  getProgramme: (orgId: string, programmeId: string, o: F = {}) =>
    request<Programme>(programme(orgId, programmeId), o),
  updateProgramme: (orgId: string, programmeId: string, body: UpdateProgramme) =>
    request<Programme>(programme(orgId, programmeId), { method: 'PATCH', body }),
  archiveProgramme: (orgId: string, programmeId: string, version: number) =>
    request<Programme>(`${programme(orgId, programmeId)}/archive`, { method: 'POST', body: { version } }),
  listPeople: (orgId: string, programmeId: string, p: PageArgs & { kind?: PersonKind } = {}, o: F = {}) =>
    request<Page<Person>>(`${programme(orgId, programmeId)}/people`, { query: { ...p }, ...o }),

  // --- matching ---
  startRun: (orgId: string, programmeId: string, body: Partial<CreateMatchingRun>) =>
    request<MatchingRun>(runs(orgId, programmeId), { method: 'POST', body }),
  getRun: (orgId: string, programmeId: string, runId: string) =>
    request<MatchingRun>(`${runs(orgId, programmeId)}/${encodeURIComponent(runId)}`),
  listRuns: (orgId: string, programmeId: string, p: PageArgs = {}, o: F = {}) =>
    request<Page<MatchingRun>>(runs(orgId, programmeId), { query: { ...p }, ...o }),
  listSuggestions: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    request<Page<MatchingSuggestion>>(`${runs(orgId, programmeId)}/${encodeURIComponent(runId)}/suggestions`, { query: { ...p } }),
  listUnmatched: (orgId: string, programmeId: string, runId: string, p: PageArgs = {}) =>
    request<Page<UnmatchedMentee>>(`${runs(orgId, programmeId)}/${encodeURIComponent(runId)}/unmatched`, { query: { ...p } }),
  retryRun: (orgId: string, programmeId: string, runId: string) =>
    request<MatchingRun>(`${runs(orgId, programmeId)}/${encodeURIComponent(runId)}/retry`, { method: 'POST', body: {} }),

  // --- monitoring ---
  listAlerts: (orgId: string, p: PageArgs & { sweepDate?: string } = {}, o: F = {}) =>
    request<Page<Alert>>(`/monitoring/orgs/${encodeURIComponent(orgId)}/alerts`, { query: { ...p }, ...o }),
  lastSweep: (orgId: string, o: F = {}) =>
    request<SweepStatus>(`/monitoring/orgs/${encodeURIComponent(orgId)}/sweep`, o),
}

export type { AppConfig }

/** How many items a list screen asks for at a time. */
export const PAGE_SIZE = 20
