import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiClient, latestCode, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let anon: ApiClient
beforeAll(async () => {
  p = await testPlatform()
  anon = new ApiClient(p.url)
})
afterAll(() => p.stop())

describe('passwordless sign-in with the local issuer', () => {
  it('mails a 6-digit code and exchanges it for a Cognito-shaped ID token that the API accepts', async () => {
    const email = 'admin@mentoryou.demo'
    expect((await anon.post('/api/auth/code', { email })).status).toBe(202)
    const code = await latestCode(p, email)
    const r = await anon.post('/api/auth/token', { email, code })
    expect(r.status).toBe(200)
    const [, payload] = r.body.idToken.split('.')
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString())
    expect(claims).toMatchObject({ email, email_verified: true, token_use: 'id', iss: `${p.url}/api/auth`, aud: 'binome-local' })
    const me = await new ApiClient(p.url, r.body.idToken).get('/api/onboarding/me')
    expect(me.status).toBe(200)
    expect(me.body.user.email).toBe(email)
    expect(me.body.memberships).toEqual([{ orgId: 'pls-mentoryou', orgName: 'Pour la Solidarité — MentorYou', role: 'admin', status: 'active' }])
  })

  it('publishes its keys as a JWKS', async () => {
    const r = await anon.get('/api/auth/jwks.json')
    expect(r.status).toBe(200)
    expect(r.body.keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' })
    expect(r.body.keys[0].d).toBeUndefined()
  })

  it('uses a code once only', async () => {
    const email = 'coordination@mentoryou.demo'
    await anon.post('/api/auth/code', { email })
    const code = await latestCode(p, email)
    expect((await anon.post('/api/auth/token', { email, code })).status).toBe(200)
    const again = await anon.post('/api/auth/token', { email, code })
    expect(again.status).toBe(401)
    expect(again.body.error.code).toBe('unauthorized')
  })

  it('locks a code after five wrong tries, even if the right one comes next', async () => {
    const email = 'coordination2@mentoryou.demo'
    await anon.post('/api/auth/code', { email })
    const code = await latestCode(p, email)
    const wrong = code === '000000' ? '111111' : '000000'
    const statuses = []
    for (let i = 0; i < 5; i++) statuses.push((await anon.post('/api/auth/token', { email, code: wrong })).status)
    expect(statuses).toEqual([401, 401, 401, 401, 429])
    expect((await anon.post('/api/auth/token', { email, code })).status).toBe(429)
  })

  it('answers the same for unknown addresses and sends them nothing', async () => {
    const before = p.outbox.list().length
    expect((await anon.post('/api/auth/code', { email: 'nobody@nowhere.demo' })).status).toBe(202)
    expect(p.outbox.list().length).toBe(before)
    expect((await anon.post('/api/auth/token', { email: 'nobody@nowhere.demo', code: '123456' })).status).toBe(401)
  })

  it('sends one mail when the code is asked for twice in a row', async () => {
    const email = 'admin@duo-n2wa.demo'
    const before = p.outbox.list({ to: email }).length
    await anon.post('/api/auth/code', { email })
    await anon.post('/api/auth/code', { email })
    // The code is mailed just after the answer: wait for it, then make sure no second one follows.
    await expect.poll(() => p.outbox.list({ to: email }).length).toBe(before + 1)
    await new Promise((r) => setTimeout(r, 200))
    expect(p.outbox.list({ to: email }).length).toBe(before + 1)
  })

  it('refuses malformed sign-in input, naming the field', async () => {
    const r = await anon.post('/api/auth/token', { email: 'admin@mentoryou.demo', code: '12ab' })
    expect(r.status).toBe(400)
    expect(r.body.error.details).toEqual([{ path: 'code', reason: expect.any(String), message: expect.any(String) }])
    const bad = await anon.request('POST', '/api/auth/code', undefined, { raw: '{nope' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe('bad_request')
  })
})

describe('the API refuses requests without a valid token (401)', () => {
  it('without a token', async () => {
    const r = await anon.get('/api/onboarding/me')
    expect(r.status).toBe(401)
    expect(r.body).toEqual({ error: { code: 'unauthorized', reason: 'sign-in-required', message: expect.any(String) } })
  })

  it('with garbage, or with a token signed by another key', async () => {
    expect((await new ApiClient(p.url, 'not-a-token').get('/api/onboarding/me')).status).toBe(401)
    const { privateKey, publicKey } = await generateKeyPair('ES256')
    await exportJWK(publicKey)
    const forged = await new SignJWT({ email: 'admin@mentoryou.demo', email_verified: true, token_use: 'id' })
      .setProtectedHeader({ alg: 'ES256', kid: 'forged' })
      .setIssuer(`${p.url}/api/auth`)
      .setAudience('binome-local')
      .setSubject('x')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(privateKey)
    expect((await new ApiClient(p.url, forged).get('/api/onboarding/me')).status).toBe(401)
  })

  it('with an expired token (8 hours after sign-in)', async () => {
    let clock = Date.parse('2026-11-21T09:00:00Z')
    const timed = await testPlatform({ now: () => new Date(clock) })
    try {
      const c = await signIn(timed, 'trainer@binome.demo')
      expect((await c.get('/api/onboarding/me')).status).toBe(200)
      clock += 8 * 3600_000 + 60_000
      expect((await c.get('/api/onboarding/me')).status).toBe(401)
    } finally {
      await timed.stop()
    }
  })
})
