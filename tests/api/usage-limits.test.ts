import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { usageBatching, type UsageLimits } from '@binome/core'
import { createData } from '@binome/data'
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

describe('one write for several requests, far from the limits', () => {
  const ctx = (userId: string) => ({ orgId: PLS, userId, role: 'coordinator' as const })
  const stored = (now: Date, userId?: string) => p.deps.data.forTenant(ctx('system')).usage.count(now, userId)

  it('writes the counter once per batch in a warm container, and loses no request', async () => {
    nextMinute()
    const now = new Date(clock)
    const container = createData(p.dataAccess)
    const limits = { perOrganisationPerMinute: 1000, perUserPerMinute: 1000 }
    await container.forTenant(ctx('u1')).usage.take(now, limits)
    expect(await stored(now)).toBe(1)
    for (let i = 1; i < usageBatching.batch; i++) await container.forTenant(ctx('u1')).usage.take(now, limits)
    expect(await stored(now)).toBe(1)
    await container.forTenant(ctx('u2')).usage.take(now, limits) // a user it has not counted yet: written at once, with the held-back ones
    expect(await stored(now)).toBe(usageBatching.batch + 1)
    expect(await stored(now, 'u1')).toBe(usageBatching.batch)
    expect(await stored(now, 'u2')).toBe(1)
  })

  it('is exact again from half a limit on: a user gets their budget, no more, and every served request is written', async () => {
    nextMinute()
    const now = new Date(clock)
    const container = createData(p.dataAccess)
    const limits = { perOrganisationPerMinute: 1000, perUserPerMinute: 40 }
    const served = await takeMany(container, ctx('u1'), now, limits, 60)
    expect(served).toBe(40)
    expect(await stored(now, 'u1')).toBe(40)
    expect(await stored(now)).toBe(40)
  })

  it('lets a busy organisation past its limit by at most a batch less one per container, and writes all it served', async () => {
    nextMinute()
    const now = new Date(clock)
    const containers = [createData(p.dataAccess), createData(p.dataAccess)]
    const limits = { perOrganisationPerMinute: 100, perUserPerMinute: 1_000_000 }
    const served = (await Promise.all(containers.flatMap((c) =>
      ['u1', 'u2', 'u3'].map((u) => takeMany(c, ctx(u), now, limits, 40))))).reduce((a, b) => a + b, 0)
    expect(served).toBeGreaterThanOrEqual(100)
    expect(served).toBeLessThanOrEqual(100 + containers.length * (usageBatching.batch - 1))
    expect(await stored(now)).toBe(served)
  })
})

/** Requests `count` times, one after the other, as one user through one container; how many were served. */
async function takeMany(data: ReturnType<typeof createData>, ctx: { orgId: string; userId: string; role: 'coordinator' }, now: Date, limits: UsageLimits, count: number) {
  let served = 0
  for (let i = 0; i < count; i++) {
    try {
      await data.forTenant(ctx).usage.take(now, limits)
      served += 1
    } catch (e) {
      if ((e as { reason?: string }).reason !== 'usage-limit') throw e
    }
  }
  return served
}
