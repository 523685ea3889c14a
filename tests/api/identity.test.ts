import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SignJWT, importJWK, type JWK } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usageBatching } from '@binome/core'
import { createData, whoAmITtlMs } from '@binome/data'
import { createLocalDynamoClient, dynamoRequestCount, localDataAccess } from '@binome/local'
import { ApiClient, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

// The platform's clock, moved by the tests (cache expiry and token times are read from it).
let clock = Date.parse('2026-11-21T09:00:00Z')
let p: Awaited<ReturnType<typeof testPlatform>>
let forge: (claims: Record<string, unknown>, opts?: { iat?: number; exp?: number | null }) => Promise<ApiClient>

beforeAll(async () => {
  p = await testPlatform({ onDisk: true, now: () => new Date(clock) })
  // The local issuer's own key, read from its data folder: a token signed with it passes the signature check,
  // so what is tested is what the API does with the claims.
  const stored = JSON.parse(await readFile(join(p.dataDir!, 'issuer', 'signing-key.json'), 'utf8')) as { kid: string; privateJwk: JWK }
  const key = await importJWK(stored.privateJwk, 'ES256')
  forge = async (claims, opts = {}) => {
    const nowSeconds = Math.floor(clock / 1000)
    let jwt = new SignJWT({ email_verified: true, token_use: 'id', ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: stored.kid })
      .setIssuer(`${p.url}/api/auth`)
      .setAudience('binome-local')
      .setIssuedAt(opts.iat ?? nowSeconds)
    if (typeof claims.sub === 'string') jwt = jwt.setSubject(claims.sub)
    if (opts.exp !== null) jwt = jwt.setExpirationTime(opts.exp ?? nowSeconds + 3600)
    return new ApiClient(p.url, await jwt.sign(key))
  }
}, 60_000)
afterAll(() => p?.stop())

const me = async (c: ApiClient) => c.get('/api/onboarding/me')

describe('identity is bound to the issuer’s sub, not to the e-mail claim', () => {
  it('a token whose sub names one user and whose e-mail names another acts as the first', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const adminMe = (await me(admin)).body.user
    await signIn(p, 'trainer@binome.demo').then(me)
    const mixed = await forge({ sub: adminMe.id, email: 'trainer@binome.demo' })
    const r = await me(mixed)
    expect(r.status).toBe(200)
    expect(r.body.user).toMatchObject({ id: adminMe.id, email: 'admin@mentoryou.demo' })
  })

  it('a new sub with the e-mail of a user already bound to another sub is refused', async () => {
    await signIn(p, 'coordination@mentoryou.demo').then(me)
    const r = await me(await forge({ sub: 'someone-else', email: 'coordination@mentoryou.demo' }))
    expect(r.status).toBe(401)
  })

  it('an invited user’s first sign-in binds their sub, and they see the invitation', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const invited = await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'new.coord@pls.demo', name: 'Nouvelle Coordinatrice', role: 'coordinator' })
    expect(invited.status).toBe(201)
    const newcomer = await signIn(p, 'new.coord@pls.demo')
    const r = await me(newcomer)
    expect(r.status).toBe(200)
    expect(r.body.memberships).toEqual([expect.objectContaining({ orgId: PLS, status: 'invited' })])
    expect((await newcomer.post(`/api/onboarding/me/memberships/${PLS}/accept`)).status).toBe(200)
    expect((await newcomer.get(`/api/onboarding/orgs/${PLS}/programmes`)).status).toBe(200)
  })

  it('refuses a token without exp, and one issued in the future beyond the allowed skew', async () => {
    const user = (await me(await signIn(p, 'admin@mentoryou.demo'))).body.user
    const nowSeconds = Math.floor(clock / 1000)
    expect((await me(await forge({ sub: user.id, email: user.email }, { exp: null }))).status).toBe(401)
    expect((await me(await forge({ sub: user.id, email: user.email }, { iat: nowSeconds + 600 }))).status).toBe(401)
    // A few seconds of clock difference between issuer and API is tolerated.
    expect((await me(await forge({ sub: user.id, email: user.email }, { iat: nowSeconds + 5 }))).status).toBe(200)
  })

  it('refuses a token without sub', async () => {
    expect((await me(await forge({ email: 'admin@mentoryou.demo' }))).status).toBe(401)
  })
})

describe('who-you-are costs one DynamoDB call at most, and revocation is bounded', () => {
  const programmes = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`

  it('a tenant read costs the read, at most one usage write and at most one who-you-are call (counted at the local endpoint)', async () => {
    const c = await signIn(p, 'coordination2@mentoryou.demo')
    expect((await c.get(programmes)).status).toBe(200) // binds the sub
    const cost = async () => {
      const before = dynamoRequestCount(p.dynamo.endpoint).total
      expect((await c.get(programmes)).status).toBe(200)
      return dynamoRequestCount(p.dynamo.endpoint).total - before
    }
    // Who-you-are cached, and the request counted in the container (written with a later one): the read alone.
    expect(await cost()).toBe(1)
    let calls = 0
    for (let i = 0; i < usageBatching.batch; i++) calls += await cost()
    expect(calls).toBe(usageBatching.batch + 1) // the reads, and one usage write for the batch
    clock += whoAmITtlMs + 1
    expect(await cost()).toBe(3) // who-you-are re-read: one query, plus the usage count and the read
  })

  it('a member removed in this container loses access at once', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.get(`/api/onboarding/orgs/${PLS}/programmes`)).status).toBe(200)
    const m = (await admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`)).body.items.find((x: { email: string }) => x.email === 'partenaire@mission-locale.demo')
    expect((await admin.delete(`/api/onboarding/orgs/${PLS}/members/${m.userId}?version=${m.version}`)).status).toBe(204)
    expect((await partner.get(`/api/onboarding/orgs/${PLS}/programmes`)).status).toBe(403)
  })

  it('a member removed by another container loses access here within the bound', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const coord = await signIn(p, 'new.coord@pls.demo')
    const list = `/api/onboarding/orgs/${PLS}/programmes`
    expect((await coord.get(list)).status).toBe(200)
    const m = (await admin.get(`/api/onboarding/orgs/${PLS}/members?limit=100`)).body.items.find((x: { email: string }) => x.email === 'new.coord@pls.demo')
    // Another warm container: its own data layer (and cache) over the same table.
    const createClient = () => createLocalDynamoClient(p.dynamo.endpoint, { journalDir: join(p.dataDir!, 'dynamodb-transactions') })
    const other = createData(localDataAccess({ createClient, tableName: p.dynamo.tableName }))
    await other.forTenant({ orgId: PLS, userId: 'system', role: 'system' }).members.removeAt(m.userId, m.version)
    clock += whoAmITtlMs - 1000
    expect((await coord.get(list)).status).toBe(200) // still cached here, within the bound
    clock += 1001
    expect((await coord.get(list)).status).toBe(403) // the bound has passed
  })
})
