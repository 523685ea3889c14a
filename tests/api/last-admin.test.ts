import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * "An organisation never loses its last admin" under concurrency: two admins demote or remove each other at the
 * same moment, many rounds, each on a fresh organisation. Before the admin guard, both requests succeeded in
 * most rounds (a count read before the write cannot see the other request's write).
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let operator: ApiClient
let ana: ApiClient
let ben: ApiClient
const anaEmail = 'ana.race@last-admin.demo'
const benEmail = 'ben.race@last-admin.demo'
const rounds = 24

beforeAll(async () => {
  p = await testPlatform()
  operator = await signIn(p, 'operator@binome.demo')
  // The two users exist once an organisation has invited them; every round's organisation reuses them.
  const seed = await operator.post('/api/onboarding/orgs', { name: 'Amorce', admin: { email: anaEmail, name: 'Ana Race' } })
  expect(seed.status).toBe(201)
  ana = await signIn(p, anaEmail)
  expect((await ana.post(`/api/onboarding/me/memberships/${seed.body.id}/accept`)).status).toBe(200)
  expect((await ana.post(`/api/onboarding/orgs/${seed.body.id}/invitations`, { email: benEmail, name: 'Ben Race', role: 'coordinator' })).status).toBe(201)
  ben = await signIn(p, benEmail)
}, 60_000)
afterAll(() => p.stop())

/** A fresh organisation in which Ana and Ben are both active admins; returns its id and their memberships. */
async function twoAdmins(round: number) {
  const org = await operator.post('/api/onboarding/orgs', { name: `Course ${round}`, admin: { email: anaEmail, name: 'Ana Race' } })
  const orgId: string = org.body.id
  expect((await ana.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
  expect((await ana.post(`/api/onboarding/orgs/${orgId}/invitations`, { email: benEmail, name: 'Ben Race', role: 'admin' })).status).toBe(201)
  expect((await ben.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
  const members = (await ana.get(`/api/onboarding/orgs/${orgId}/members?limit=100`)).body.items as { userId: string; email: string; version: number }[]
  const of = (email: string) => members.find((m) => m.email === email)!
  return { orgId, a: of(anaEmail), b: of(benEmail) }
}

async function activeAdmins(orgId: string, client: ApiClient): Promise<number> {
  const r = await client.get(`/api/onboarding/orgs/${orgId}/members?limit=100`)
  return (r.body.items as { role: string; status: string }[]).filter((m) => m.role === 'admin' && m.status === 'active').length
}

describe('the last admin under concurrency', () => {
  it(`${rounds} rounds of two admins demoting or removing each other at once: one succeeds, one admin remains`, async () => {
    const outcomes: string[] = []
    for (let round = 0; round < rounds; round++) {
      const { orgId, a, b } = await twoAdmins(round)
      const members = `/api/onboarding/orgs/${orgId}/members`
      // Alternate demotion and removal, and mix them, so every kind of pair is raced.
      const act = (client: ApiClient, target: { userId: string; version: number }, kind: number) =>
        kind === 0
          ? client.patch(`${members}/${target.userId}`, { role: 'coordinator', version: target.version })
          : client.delete(`${members}/${target.userId}?version=${target.version}`)
      const [byAna, byBen] = await Promise.all([act(ana, b, round % 2), act(ben, a, Math.floor(round / 2) % 2)])
      outcomes.push(`${byAna.status}/${byBen.status}`)
      const ok = [byAna, byBen].filter((r) => r.status < 300)
      expect(ok.length, `round ${round}: ${byAna.status} ${JSON.stringify(byAna.body)} / ${byBen.status} ${JSON.stringify(byBen.body)}`).toBe(1)
      for (const refused of [byAna, byBen].filter((r) => r.status >= 300)) expect([403, 409]).toContain(refused.status)
      const survivor = byAna.status < 300 ? ana : ben
      expect(await activeAdmins(orgId, survivor), `round ${round}`).toBe(1)
    }
    // The races really overlapped in some rounds: the guard (409), not only the role check (403), refused one.
    expect(outcomes.some((o) => o.includes('409')), outcomes.join(' ')).toBe(true)
  }, 180_000)

  it('the guard follows promotions, acceptances and removals: the survivor is the last admin and cannot leave', async () => {
    const { orgId, a, b } = await twoAdmins(99)
    const members = `/api/onboarding/orgs/${orgId}/members`
    expect((await ana.delete(`${members}/${b.userId}?version=${b.version}`)).status).toBe(204)
    const last = await ana.patch(`${members}/${a.userId}`, { role: 'coordinator', version: a.version })
    expect(last.status).toBe(409)
    expect(last.body.error.message).toMatch(/at least one active admin/)
    // Ben is invited again as an admin; once he accepts, Ana may step down.
    expect((await ana.post(`/api/onboarding/orgs/${orgId}/invitations`, { email: benEmail, name: 'Ben Race', role: 'admin' })).status).toBe(201)
    expect((await ben.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
    expect((await ana.patch(`${members}/${a.userId}`, { role: 'coordinator', version: a.version })).status).toBe(200)
    expect(await activeAdmins(orgId, ben)).toBe(1)
  }, 60_000)
})

describe('the operator’s recovery route', () => {
  const appoint = (client: ApiClient, orgId: string, body: unknown) => client.post(`/api/onboarding/recovery/orgs/${orgId}/admin`, body)
  const auditOf = async (orgId: string) =>
    (await p.deps.data.forTenant({ orgId, userId: 'test', role: 'system' }).audit.page({ limit: 100 })).items

  it('only the operator may appoint, only in an organisation that exists', async () => {
    const { orgId } = await twoAdmins(100)
    const byAdmin = await appoint(ana, orgId, { email: benEmail, name: 'Ben Race' })
    expect(byAdmin.status).toBe(403)
    expect((await appoint(operator, 'no-such-org', { email: benEmail, name: 'Ben Race' })).status).toBe(404)
    expect(await auditOf(orgId)).toEqual([])
  })

  it('makes an active member admin at once, recorded in the audit log with ids only', async () => {
    const org = await operator.post('/api/onboarding/orgs', { name: 'Orpheline', admin: { email: anaEmail, name: 'Ana Race' } })
    const orgId: string = org.body.id
    expect((await ana.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
    expect((await ana.post(`/api/onboarding/orgs/${orgId}/invitations`, { email: benEmail, name: 'Ben Race', role: 'coordinator' })).status).toBe(201)
    expect((await ben.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
    // Ana is unreachable (say she left); Ben, a coordinator, is to take over.
    const r = await appoint(operator, orgId, { email: benEmail, name: 'Ben Race' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
    expect(r.body).toEqual({ orgId, userId: expect.any(String), role: 'admin', status: 'active' })
    expect(JSON.stringify(r.body)).not.toMatch(/Ben|race/i)
    expect((await ben.get(`/api/onboarding/orgs/${orgId}/members?limit=100`)).status).toBe(200)
    expect(await activeAdmins(orgId, ben)).toBe(2)
    const [entry, ...rest] = await auditOf(orgId)
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ action: 'admin.appointed-by-operator', actorKind: 'operator', subjectUserId: r.body.userId, facts: { roleBefore: 'coordinator', statusBefore: 'active', role: 'admin' } })
    expect(JSON.stringify(entry)).not.toMatch(/@|Ben|Ana/)
    // Appointing an admin again changes nothing and records nothing.
    expect((await appoint(operator, orgId, { email: benEmail, name: 'Ben Race' })).body.status).toBe('active')
    expect(await auditOf(orgId)).toHaveLength(1)
  })

  it('invites someone who is not a member as admin; once they accept they administer the organisation', async () => {
    const { orgId } = await twoAdmins(101)
    const email = 'rescue@last-admin.demo'
    const r = await appoint(operator, orgId, { email, name: 'Rita Rescue' })
    expect(r.body).toEqual({ orgId, userId: expect.any(String), role: 'admin', status: 'invited' })
    expect(p.outbox.list({ to: email })).toHaveLength(1)
    const rita = await signIn(p, email)
    expect((await rita.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(200)
    expect(await activeAdmins(orgId, rita)).toBe(3)
    expect((await auditOf(orgId)).map((e) => e.facts)).toEqual([{ roleBefore: 'none', statusBefore: 'none', role: 'admin' }])
  })
})
