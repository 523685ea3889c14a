import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

// The platform's clock, moved by the tests: each test starts in a fresh minute.
let clock = Date.parse('2026-11-30T10:00:10Z')
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let admin: ApiClient
let caiCoordinator: ApiClient
const list = (org: string) => `/api/onboarding/orgs/${org}/programmes`

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date(clock), usageLimits: { perOrganisationPerMinute: 8, perUserPerMinute: 5 } })
  // Signing in is not tenant data: it spends no organisation's budget.
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
  caiCoordinator = await signIn(p, 'coordination@duo-n2wa.demo')
})
afterAll(() => p.stop())
const nextMinute = () => {
  clock = (Math.floor(clock / 60_000) + 1) * 60_000 + 10_000
}

describe('per-tenant usage limits', () => {
  it('refuses a user past their budget with 429, saying whose budget and when to come back; other users go on', async () => {
    nextMinute()
    for (let i = 0; i < 5; i++) expect((await coordinator.get(list(PLS))).status).toBe(200)
    const refused = await coordinator.get(list(PLS))
    expect(refused.status).toBe(429)
    expect(refused.body.error).toMatchObject({ code: 'rate_limited', reason: 'usage-limit', values: { scope: 'user', retryAfterSeconds: 50 } })
    expect(refused.headers.get('retry-after')).toBe('50')
    expect((await admin.get(list(PLS))).status).toBe(200)
  })

  it('refuses the whole organisation past its budget, and never another organisation', async () => {
    nextMinute()
    for (let i = 0; i < 4; i++) expect((await coordinator.get(list(PLS))).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await admin.get(list(PLS))).status).toBe(200)
    const refused = await admin.get(list(PLS))
    expect(refused.status).toBe(429)
    expect(refused.body.error.values.scope).toBe('organisation')
    expect((await caiCoordinator.get(list(CAI))).status).toBe(200)
  })

  it('gives the budget back in the next minute', async () => {
    nextMinute()
    for (let i = 0; i < 5; i++) await coordinator.get(list(PLS))
    expect((await coordinator.get(list(PLS))).status).toBe(429)
    nextMinute()
    expect((await coordinator.get(list(PLS))).status).toBe(200)
  })

  it('counts exactly under concurrency: of 20 requests at once, the budget’s 5 are served', async () => {
    nextMinute()
    const answers = await Promise.all(Array.from({ length: 20 }, () => coordinator.get(list(PLS))))
    expect(answers.filter((r) => r.status === 200)).toHaveLength(5)
    expect(answers.filter((r) => r.status === 429)).toHaveLength(15)
  })

  it('does not let a stranger spend an organisation’s budget', async () => {
    nextMinute()
    for (let i = 0; i < 20; i++) expect((await caiCoordinator.get(list(PLS))).status).toBe(403)
    const now = new Date(clock)
    expect(await p.deps.data.forTenant({ orgId: PLS, userId: 'system', role: 'system' }).usage.count(now)).toBe(0)
    expect((await coordinator.get(list(PLS))).status).toBe(200)
  })
})
