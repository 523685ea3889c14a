import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient

beforeAll(async () => {
  // The seeded PLS programme ends on 2027-06-30: a sweep on 2027-06-10 must warn about it.
  p = await testPlatform({ now: () => new Date('2027-06-10T05:00:00Z') })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

describe('the daily monitoring schedule', () => {
  it('raises alerts through the same scheduled handler as on AWS, once per day', async () => {
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts`)).body.items).toEqual([])
    await p.runSchedule('daily-monitoring')
    const first = (await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts`)).body.items
    expect(first.map((a: { kind: string }) => a.kind).sort()).toEqual(['programme-ending', 'unmatched-mentees'])
    const waiting = first.find((a: { kind: string }) => a.kind === 'unmatched-mentees')
    expect(waiting.message).toContain('12 enrolled')
    expect(waiting.values).toEqual({ programme: 'MentorYou 2026-2027', count: 12 })
    expect(first.find((a: { kind: string }) => a.kind === 'programme-ending').values).toEqual({ programme: 'MentorYou 2026-2027', days: 20, endDate: '2027-06-30' })
    await p.runSchedule('daily-monitoring')
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts`)).body.items).toHaveLength(first.length)
  })
})
