import { blankProgrammeRules } from '@binome/core/methodologies'
import type { ApiClient } from './client'

export { declarationFor, declaredRoutes } from './declarations'

export interface RouteRef {
  method: string
  path: string
  hasBody: boolean
}

/** Every operation of the OpenAPI document: the suites below iterate over it, so they grow with the API. */
export async function allRoutes(client: ApiClient): Promise<RouteRef[]> {
  const doc = (await client.get('/api/openapi.json')).body as { paths: Record<string, Record<string, { requestBody?: unknown }>> }
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, hasBody: op.requestBody !== undefined })),
  )
}

/** A valid body for each route that takes one. A new route without a sample fails the suites on purpose. */
export const sampleBodies: Record<string, Record<string, unknown>> = {
  'POST /api/onboarding/orgs': { name: 'Nouvelle organisation' },
  'PATCH /api/onboarding/orgs/{orgId}': { name: 'Nom modifié', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/invitations': { email: 'sample@invite.demo', name: 'Sam Ple', role: 'coordinator' },
  'PATCH /api/onboarding/orgs/{orgId}/members/{userId}': { role: 'coordinator', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes': { name: 'Programme échantillon' },
  'PATCH /api/onboarding/orgs/{orgId}/programmes/{programmeId}': { name: 'Renommé', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/archive': { version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/templates/preview': {
    kind: 'email-proposal', subject: 'Proposition : {{ mentee.firstName }}', body: 'Bonjour {{ recipient.firstName }}',
  },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people': {
    kind: 'mentee', firstName: 'Sam', lastName: 'Ple', email: 'sam.ple@sample.demo', birthDate: '1990-04-12', answers: { locality: 'Namur' },
  },
  'PATCH /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}': { firstName: 'Samuel', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/stage': { event: 'inform', version: 1 },
  'PUT /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/interview': {
    version: 1, heldOn: '2026-11-02', commitsToDuration: true, commitsToFrequency: true, checks: [],
  },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/notes': { note: 'Appel de suivi.' },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/erasure': { version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/consents/withdrawal': { version: 1 },
  'PUT /api/onboarding/orgs/{orgId}/programmes/{programmeId}/rules': { version: 1, rules: blankProgrammeRules(), note: 'Échantillon' },
  'PATCH /api/onboarding/orgs/{orgId}/programmes/{programmeId}/rules': { version: 1, cadences: blankProgrammeRules().cadences, note: 'Échantillon' },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/runs': { objective: 'max-score' },
  'PUT /api/matching/orgs/{orgId}/programmes/{programmeId}/pair-rules/{menteeId}/{mentorId}': { kind: 'adjust', delta: 5, note: 'Échantillon' },
  'POST /api/matching/orgs/{orgId}/me/duos/{duoId}/answer': { version: 1, answer: 'accept' },
  'POST /api/matching/orgs/{orgId}/me/duos/{duoId}/verdict': { version: 1, verdict: 'validate' },
  'PUT /api/matching/orgs/{orgId}/me/peer-meetings/{sessionId}/registration': { registered: true },
  'POST /api/onboarding/orgs/{orgId}/partners': { name: 'Partenaire échantillon', methodologyId: 'pls-mentoryou', admin: { email: 'sample@partner.demo', name: 'Sam Ple' } },
  'PATCH /api/onboarding/orgs/{orgId}/partners/{partnerId}/checklist/{itemId}': { notes: 'Notes', plannedDate: '2027-01-15', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/partners/{partnerId}/checklist': { plannedDate: '2027-02-01', notes: 'Séance', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/sessions': {
    kind: 'information', title: 'Séance échantillon', startsAt: '2030-03-04T18:00', durationMinutes: 60, place: 'Rue Royale 1, Bruxelles',
    capacity: 20, topics: ['who-can-take-part'],
  },
  'PATCH /api/onboarding/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}': { title: 'Séance renommée', version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/cancel': { version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/invitations': { personIds: ['mentee-01'] },
  'PUT /api/onboarding/orgs/{orgId}/programmes/{programmeId}/sessions/{sessionId}/attendance': {
    marks: [{ personId: 'mentee-01', attendance: 'present' }],
  },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/peer-meetings/series': {
    title: 'Rencontre échantillon', firstStartsAt: '2030-03-04T18:30', count: 1, durationMinutes: 90, place: 'Rue Royale 1, Bruxelles',
    capacity: 500, topics: ['experience-sharing'],
  },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/newsletters': { subject: 'Nouvelles échantillon', body: 'Bonjour à toutes et à tous.' },
  'PUT /api/onboarding/public/newsletter/{token}': { subscribed: false },
  'POST /api/onboarding/orgs/{orgId}/companies': { name: 'Entreprise échantillon', sector: 'Informatique', locality: 'Namur' },
  'PATCH /api/onboarding/orgs/{orgId}/companies/{companyId}': { notes: 'Notes', version: 1 },
  'PUT /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/employment': {
    companyId: 'sample-company', agreement: 'agreed', agreementDate: '2026-09-01', hoursPerMonth: 2, startDate: '2026-09-15', version: 1,
  },
  'POST /api/onboarding/orgs/{orgId}/network-partners': {
    name: 'Partenaire échantillon', kinds: ['receives'], locality: 'Ixelles', services: 'Cours de français', website: 'https://sample.demo',
  },
  'PATCH /api/onboarding/orgs/{orgId}/network-partners/{networkPartnerId}': { name: 'Renommé', active: false, version: 1 },
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/referrals': {
    firstName: 'Sam', lastName: 'Ple', email: 'sam.ple@sample.demo', birthDate: '1990-04-12', answers: { locality: 'Namur' }, note: 'Orienté par nous',
  },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos': { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }] },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/answer': { answer: 'refuse', reason: 'Pas disponible', version: 1 },
  'PUT /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/meeting': {
    startsAt: '2030-03-12T14:00', place: 'Rue Royale 10, Bruxelles', placeKind: 'mentor-workplace', version: 1,
  },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/verdicts': { side: 'mentor', verdict: 'decline', reason: 'Pas ok', version: 1 },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/cancel': { reason: 'Annulé', version: 1 },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/close': { version: 1, outcomeId: 'job', endDate: '2027-07-18', decidedBy: 'planned-end' },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/pause': { version: 1, reason: 'Formation', expectedResumeDate: '2099-01-31' },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/resume': { version: 1 },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/contract': { version: 1 },
  'POST /api/matching/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/contract/signatures': { version: 1, sha256: 'a'.repeat(64) },
  'POST /api/matching/orgs/{orgId}/me/duos/{duoId}/contract/signatures': { version: 1, sha256: 'a'.repeat(64) },
  'PUT /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/intake': { strengths: 'Motivée', weaknesses: 'Le CV', version: 1 },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions': { goal: 'Un stage', action: 'Refaire le CV', support: 'concrete', owner: 'mentee', dueDate: '2030-01-31' },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions/{actionId}/moves': { event: 'start', version: 1 },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/actions/{actionId}/comments': { text: 'Envoyé', version: 1 },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/log': { kind: 'meeting', date: '2026-11-20', channel: 'in-person', minutes: 90, workedOn: 'Le CV' },
  'PUT /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/progress': { applications: 3, interviews: 1, offers: 0, version: 1 },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/check-ins': { side: 'both', date: '2026-11-20', channel: 'phone', mood: 'good', risk: 'none' },
  'PUT /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/closing-interview': { startsAt: '2030-01-31T10:00', minutes: 60, mode: 'in-person', place: 'Rue Haute 1, Bruxelles' },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/closing-interview/held': { version: 1, heldOn: '2026-11-20', notes: 'Bilan positif' },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/duos/{duoId}/follow-ups': { months: 3, date: '2026-11-20', situation: 'employed' },
  'POST /api/monitoring/orgs/{orgId}/alerts/{alertId}/snooze': { until: '2030-01-31' },
  'PUT /api/monitoring/orgs/{orgId}/me/alert-digest': { daily: true },
  'POST /api/onboarding/recovery/orgs/{orgId}/admin': { email: 'sample@recovery.demo', name: 'Sam Ple' },
  'PUT /api/onboarding/orgs/{orgId}/programmes/{programmeId}/public-form': { mentee: true, version: 1 },
  'POST /api/onboarding/public/forms/{token}/applications': {
    side: 'mentee', locale: 'fr', firstName: 'Sam', lastName: 'Ple', email: 'sam.ple@sample.demo', birthDate: '1990-04-12',
    answers: {}, consent: { accepted: true, noticeVersion: 1 },
  },
  'POST /api/onboarding/public/evaluations/{token}/answers': { answers: { overall: 4 } },
  'POST /api/monitoring/orgs/{orgId}/programmes/{programmeId}/results/exports': { format: 'csv', basis: 'period', from: '2026-01-01', to: '2026-06-30' },
  'POST /api/monitoring/orgs/{orgId}/results/exports': { format: 'csv', basis: 'period', from: '2026-01-01', to: '2026-06-30' },
}

/**
 * A valid multipart form for each route that takes one (a file upload): a small CSV of one mentee that the PLS
 * programme's form accepts, checked only (`dryRun`), so the suites write nothing with it.
 */
export const sampleForms: Record<string, () => FormData> = {
  'POST /api/onboarding/orgs/{orgId}/programmes/{programmeId}/imports': () => {
    const form = new FormData()
    const csv = 'Prénom;Nom;E-mail;Date de naissance\nSam;Ple;sam.ple@sample.demo;12/04/1990\n'
    form.set('file', new File([csv], 'sample.csv', { type: 'text/csv' }))
    form.set('side', 'mentee')
    form.set('dryRun', 'true')
    return form
  },
}

/** The sample body of a route: its multipart form when it takes one, its JSON body otherwise. */
export const sampleBody = (r: RouteRef): Record<string, unknown> | FormData | undefined =>
  sampleForms[routeKey(r)]?.() ?? sampleBodies[routeKey(r)]

/** Query strings some routes require. */
export const sampleQueries: Record<string, string> = {
  'DELETE /api/onboarding/orgs/{orgId}/members/{userId}': '?version=1',
  'GET /api/onboarding/orgs/{orgId}/programmes/{programmeId}/rules/diff': '?from=1&to=1',
  'GET /api/monitoring/orgs/{orgId}/programmes/{programmeId}/profile-analysis': '?year=2026',
  'DELETE /api/onboarding/orgs/{orgId}/companies/{companyId}': '?version=1',
  'DELETE /api/matching/orgs/{orgId}/programmes/{programmeId}/pair-rules/{menteeId}/{mentorId}': '?version=1',
  'DELETE /api/onboarding/orgs/{orgId}/programmes/{programmeId}/people/{personId}/employment': '?version=1',
}

export const routeKey = (r: RouteRef) => `${r.method} ${r.path}`

/** Fills a route's path parameters. */
export function fill(path: string, ids: Record<string, string>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = ids[name]
    if (!v) throw new Error(`no id for {${name}} in ${path}`)
    return encodeURIComponent(v)
  })
}

