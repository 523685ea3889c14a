import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'
import { allRoutes, declarationFor, fill, routeKey, sampleBody, sampleQueries, type RouteRef } from '../support/routes'

/**
 * For every route of the API, a user of one organisation (PLS) using another organisation's (CAI) identifiers
 * gets 403 or 404 and sees nothing of it; and nothing of CAI changes.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let plsAdmin: ApiClient
let caiAdmin: ApiClient
let plsPartner: ApiClient
let plsMentor: ApiClient
let routes: RouteRef[]
const caiIds: Record<string, string> = { orgId: CAI, programmeId: CAI_PROGRAMME, personId: 'mentee-01', menteeId: 'mentee-01', mentorId: 'mentor-01', version: '1', actionId: 'no-such-action', alertId: 'no-such-alert' }
let caiSnapshot: string

async function snapshotCai(): Promise<string> {
  const parts = await Promise.all([
    caiAdmin.get(`/api/onboarding/orgs/${CAI}`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/members?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes?include=all&limit=100`),
    caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/runs?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/partners?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/rules/versions?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions/${caiIds.sessionId}`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/sponsorship?until=2026-12-01`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people/mentor-01/employment`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/network-partners?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people?limit=100`),
    caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/duos?limit=100`),
    caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/duos/${caiIds.duoId}/timeline`),
    caiAdmin.get(`/api/monitoring/orgs/${CAI}/programmes/${CAI_PROGRAMME}/duos/${caiIds.duoId}/log?month=2026-11`),
  ])
  return JSON.stringify(parts.map((r) => r.body))
}

/** Nothing that identifies CAI's data may appear in an answer to PLS. */
function expectNoCaiData(body: unknown) {
  const text = JSON.stringify(body ?? '')
  for (const secret of ['Duo N2WA', 'duo-n2wa.demo', 'Abdullah', 'Benoît', 'cohorte 2026', 'Partenaire du CAI', 'Séance du CAI', 'Carrières du CAI']) expect(text).not.toContain(secret)
}

beforeAll(async () => {
  p = await testPlatform()
  plsAdmin = await signIn(p, 'admin@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  plsPartner = await signIn(p, 'partenaire@mission-locale.demo')
  plsMentor = await signIn(p, 'mentor@mentoryou.demo')
  routes = await allRoutes(plsAdmin)
  const members = (await caiAdmin.get(`/api/onboarding/orgs/${CAI}/members?limit=100`)).body.items
  caiIds.userId = members.find((m: { email: string }) => m.email === 'coordination@duo-n2wa.demo').userId
  const run = await caiAdmin.post(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/runs`, {})
  caiIds.runId = run.body.id
  // CAI onboards a partner of its own (its admin may): PLS must not reach it with PLS's organisation in the path.
  const partner = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/partners`, {
    name: 'Partenaire du CAI', methodologyId: 'cai-duo-n2wa', admin: { email: 'direction@partenaire-cai.demo', name: 'Benoît Partenaire' },
  })
  caiIds.partnerId = partner.body.partnerOrgId
  caiIds.itemId = 'tools'
  // A session of CAI's with someone invited: PLS must neither read it nor invite, mark or cancel through its id.
  const session = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions`, {
    kind: 'information', title: 'Séance du CAI', startsAt: '2026-01-10T18:00', durationMinutes: 60, place: 'Rue du CAI 1, Namur', capacity: 10, topics: [],
  })
  caiIds.sessionId = session.body.id
  await caiAdmin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/sessions/${caiIds.sessionId}/invitations`, { personIds: ['mentee-01'] })
  // CAI publishes its mentees' application form: its link must lead to CAI's programme only.
  const caiForm = `/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/public-form`
  const existing = await caiAdmin.get(caiForm)
  caiIds.token = (await caiAdmin.put(caiForm, { mentee: true, ...(existing.status === 200 && { version: existing.body.version }) })).body.token
  // A company of CAI's, with one of CAI's mentors employed there: PLS must reach neither.
  const company = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/companies`, { name: 'Carrières du CAI', contactName: 'Benoît Carrier' })
  caiIds.companyId = company.body.id
  const job = await caiAdmin.put(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people/mentor-01/employment`, {
    companyId: company.body.id, agreement: 'agreed', agreementDate: '2026-10-01', hoursPerMonth: 2, startDate: '2026-10-01',
  })
  expect(job.status).toBe(200)
  // CAI's own network partner: PLS's staff must not read or change it, nor list its referrals.
  const network = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/network-partners`, { name: 'Partenaire du CAI à Namur', kinds: ['refers', 'receives'], locality: 'Namur' })
  caiIds.networkPartnerId = network.body.id
  // A duo of CAI's, proposed to its mentor: PLS must neither read it nor record any step through its id.
  const duo = await caiAdmin.post(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/duos`, { pairs: [{ menteeId: 'mentee-02', mentorId: 'mentor-02' }] })
  expect(duo.status, JSON.stringify(duo.body)).toBe(201)
  caiIds.duoId = duo.body.items[0].id
  // A results export of CAI's, made in the background: PLS must neither read it nor download its file.
  const exportJob = await caiAdmin.post(`/api/monitoring/orgs/${CAI}/programmes/${CAI_PROGRAMME}/results/exports`, { format: 'csv' })
  expect(exportJob.status, JSON.stringify(exportJob.body)).toBe(202)
  caiIds.jobId = exportJob.body.id
  // A newsletter of CAI's, mailed in the background: PLS must neither read its progress nor queue it again.
  const newsletter = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/newsletters`, { subject: 'Nouvelles du CAI', body: 'Bonjour à toutes et à tous.' })
  expect(newsletter.status, JSON.stringify(newsletter.body)).toBe(202)
  caiIds.newsletterId = newsletter.body.id
  await p.drain()
  caiSnapshot = await snapshotCai()
})
afterAll(() => p.stop())

const tenantRoutes = () => routes.filter((r) => r.path.includes('{orgId}'))
/**
 * Routes that admit partner users only are tried with PLS's partner user, the portal's (a mentor's or mentee's own
 * duos) with PLS's demo mentor, the others with PLS's admin.
 */
const plsClientFor = (r: RouteRef) => {
  const permission = declarationFor(r.method, r.path)?.permission
  return permission === 'referrals.partner' ? plsPartner : permission === 'duos.take-part' ? plsMentor : plsAdmin
}

describe('tenant isolation, generated from the OpenAPI document', () => {
  it('covers the tenant routes of all three apps', () => {
    const prefixes = new Set(tenantRoutes().map((r) => r.path.split('/')[2]))
    expect([...prefixes].sort()).toEqual(['matching', 'monitoring', 'onboarding'])
    expect(tenantRoutes().length).toBeGreaterThanOrEqual(14)
  })

  it('another organisation’s id in the path: 403 and no data, on every tenant route', async () => {
    for (const r of tenantRoutes()) {
      const path = fill(r.path, caiIds) + (sampleQueries[routeKey(r)] ?? '')
      const res = await plsClientFor(r).request(r.method, path, r.hasBody ? sampleBody(r) : undefined)
      expect([403, 404], `${routeKey(r)} → ${res.status}`).toContain(res.status)
      expect(res.body.error.code).toMatch(/forbidden|not_found/)
      expectNoCaiData(res.body)
    }
  })

  it('own organisation in the path but another organisation’s programme, member, run, partner, session, company, network partner, duo, export job or newsletter: 404 and no data', async () => {
    const mixed = tenantRoutes().filter((r) => /\{(programmeId|userId|runId|partnerId|sessionId|companyId|networkPartnerId|duoId|jobId|newsletterId)\}/.test(r.path))
    expect(mixed.length).toBeGreaterThanOrEqual(12)
    for (const r of mixed) {
      const path = fill(r.path, { ...caiIds, orgId: PLS }) + (sampleQueries[routeKey(r)] ?? '')
      const res = await plsClientFor(r).request(r.method, path, r.hasBody ? sampleBody(r) : undefined)
      expect(res.status, `${routeKey(r)} → ${res.status} ${JSON.stringify(res.body)}`).toBe(404)
      expectNoCaiData(res.body)
    }
  })

  it('a cursor issued for another organisation’s list is refused', async () => {
    const caiPage = await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people?limit=2`)
    expect(caiPage.body.nextCursor).toEqual(expect.any(String))
    const replay = await plsAdmin.get(`/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/people?limit=2&cursor=${encodeURIComponent(caiPage.body.nextCursor)}`)
    expect(replay.status).toBe(404)
    const plsProgrammes = `/api/onboarding/orgs/${PLS}/members?limit=2&cursor=${encodeURIComponent(caiPage.body.nextCursor)}`
    const res = await plsAdmin.get(plsProgrammes)
    expect(res.status).toBe(400)
    expect(res.body.error.details).toEqual([{ path: 'cursor', reason: 'invalid-cursor', message: expect.any(String) }])
    expectNoCaiData(res.body)
  })

  it('a public link leads to its own programme only, and nobody reaches another programme by changing it', async () => {
    const anonymous = new ApiClient(p.url)
    const view = await anonymous.get(`/api/onboarding/public/forms/${caiIds.token}`)
    expect(view.status).toBe(200)
    expect(JSON.stringify(view.body)).not.toContain('MentorYou')
    // Neither an id nor a neighbour of the token opens anything.
    for (const guess of [CAI_PROGRAMME, PLS_PROGRAMME, caiIds.token!.slice(0, -1) + (caiIds.token!.endsWith('A') ? 'B' : 'A')]) {
      const res = await anonymous.get(`/api/onboarding/public/forms/${encodeURIComponent(guess)}`)
      expect([400, 404], guess).toContain(res.status)
      expectNoCaiData(res.body)
    }
    // PLS's admin cannot read or change CAI's form through PLS's path.
    expect((await plsAdmin.get(`/api/onboarding/orgs/${PLS}/programmes/${CAI_PROGRAMME}/public-form`)).status).toBe(404)
  })

  it('an invitation to another organisation cannot be accepted by someone not invited', async () => {
    const res = await plsAdmin.post(`/api/onboarding/me/memberships/${CAI}/accept`)
    expect(res.status).toBe(403)
  })

  it('after all of that, nothing of the other organisation changed', async () => {
    expect(await snapshotCai()).toBe(caiSnapshot)
  })
})
