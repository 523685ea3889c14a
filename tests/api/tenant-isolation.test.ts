import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { allRoutes, declarationFor, fill, routeKey, sampleBodies, sampleQueries, type RouteRef } from '../support/routes'

/**
 * For every route of the API, a user of one organisation (PLS) using another organisation's (CAI) identifiers
 * gets 403 or 404 and sees nothing of it; and nothing of CAI changes.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let plsAdmin: ApiClient
let caiAdmin: ApiClient
let plsPartner: ApiClient
let routes: RouteRef[]
const caiIds: Record<string, string> = { orgId: CAI, programmeId: CAI_PROGRAMME, personId: 'mentee-01', version: '1' }
let caiSnapshot: string

async function snapshotCai(): Promise<string> {
  const parts = await Promise.all([
    caiAdmin.get(`/api/onboarding/orgs/${CAI}`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/members?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes?include=all&limit=100`),
    caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${CAI_PROGRAMME}/runs?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/partners?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/rules/versions?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/network-partners?limit=100`),
    caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people?limit=100`),
  ])
  return JSON.stringify(parts.map((r) => r.body))
}

/** Nothing that identifies CAI's data may appear in an answer to PLS. */
function expectNoCaiData(body: unknown) {
  const text = JSON.stringify(body ?? '')
  for (const secret of ['Duo N2WA', 'duo-n2wa.demo', 'Abdullah', 'Benoît', 'cohorte 2026', 'Partenaire du CAI']) expect(text).not.toContain(secret)
}

beforeAll(async () => {
  p = await testPlatform()
  plsAdmin = await signIn(p, 'admin@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  plsPartner = await signIn(p, 'partenaire@mission-locale.demo')
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
  // CAI's own network partner: PLS's staff must not read or change it, nor list its referrals.
  const network = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/network-partners`, { name: 'Partenaire du CAI à Namur', kinds: ['refers', 'receives'], locality: 'Namur' })
  caiIds.networkPartnerId = network.body.id
  await p.drain()
  caiSnapshot = await snapshotCai()
})
afterAll(() => p.stop())

const tenantRoutes = () => routes.filter((r) => r.path.includes('{orgId}'))
/** Routes that admit partner users only are tried with PLS's partner user, the others with PLS's admin. */
const plsClientFor = (r: RouteRef) => (declarationFor(r.method, r.path)?.permission === 'referrals.partner' ? plsPartner : plsAdmin)

describe('tenant isolation, generated from the OpenAPI document', () => {
  it('covers the tenant routes of all three apps', () => {
    const prefixes = new Set(tenantRoutes().map((r) => r.path.split('/')[2]))
    expect([...prefixes].sort()).toEqual(['matching', 'monitoring', 'onboarding'])
    expect(tenantRoutes().length).toBeGreaterThanOrEqual(14)
  })

  it('another organisation’s id in the path: 403 and no data, on every tenant route', async () => {
    for (const r of tenantRoutes()) {
      const path = fill(r.path, caiIds) + (sampleQueries[routeKey(r)] ?? '')
      const res = await plsClientFor(r).request(r.method, path, r.hasBody ? sampleBodies[routeKey(r)] : undefined)
      expect([403, 404], `${routeKey(r)} → ${res.status}`).toContain(res.status)
      expect(res.body.error.code).toMatch(/forbidden|not_found/)
      expectNoCaiData(res.body)
    }
  })

  it('own organisation in the path but another organisation’s programme, member, run or partner: 404 and no data', async () => {
    const mixed = tenantRoutes().filter((r) => /\{(programmeId|userId|runId|partnerId|networkPartnerId)\}/.test(r.path))
    expect(mixed.length).toBeGreaterThanOrEqual(12)
    for (const r of mixed) {
      const path = fill(r.path, { ...caiIds, orgId: PLS }) + (sampleQueries[routeKey(r)] ?? '')
      const res = await plsClientFor(r).request(r.method, path, r.hasBody ? sampleBodies[routeKey(r)] : undefined)
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

  it('an invitation to another organisation cannot be accepted by someone not invited', async () => {
    const res = await plsAdmin.post(`/api/onboarding/me/memberships/${CAI}/accept`)
    expect(res.status).toBe(403)
  })

  it('after all of that, nothing of the other organisation changed', async () => {
    expect(await snapshotCai()).toBe(caiSnapshot)
  })
})
