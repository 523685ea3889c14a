import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let clock = new Date('2027-06-10T05:00:00Z')

beforeAll(async () => {
  // The seeded PLS programme ends on 2027-06-30: a sweep on 2027-06-10 must warn about it.
  p = await testPlatform({ now: () => clock })
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
    expect(waiting.message).toContain('9 mentee(s) ready to match')
    expect(waiting.values).toEqual({ programme: 'MentorYou 2026-2027', count: 9 })
    expect(first.find((a: { kind: string }) => a.kind === 'programme-ending').values).toEqual({ programme: 'MentorYou 2026-2027', days: 20, endDate: '2027-06-30' })
    await p.runSchedule('daily-monitoring')
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts`)).body.items).toHaveLength(first.length)
  })

  it('says when the sweep last ran for the organisation, and lists the alerts of that sweep day', async () => {
    // The first test ran the sweep on 2027-06-10.
    const status = await coordinator.get(`/api/monitoring/orgs/${PLS}/sweep`)
    expect(status.status).toBe(200)
    expect(status.body).toEqual({ lastSweep: { date: '2027-06-10', ranAt: '2027-06-10T05:00:00.000Z' } })
    const ofDay = await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts?sweepDate=2027-06-10`)
    expect(ofDay.body.items).toHaveLength(2)
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts?sweepDate=2027-06-09`)).body.items).toEqual([])
    const bad = await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts?sweepDate=10-06-2027`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain('sweepDate')
    // A partner does not follow the programme's monitoring.
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.get(`/api/monitoring/orgs/${PLS}/sweep`)).status).toBe(403)
  })

  it('answers null before the first sweep of an organisation', async () => {
    const operator = await signIn(p, 'operator@binome.demo')
    const created = await operator.post('/api/onboarding/orgs', { name: 'Sans balayage', admin: { email: 'admin@sans.demo', name: 'Ad Min' } })
    expect(created.status).toBe(201)
    const admin = await signIn(p, 'admin@sans.demo')
    expect((await admin.post(`/api/onboarding/me/memberships/${created.body.id}/accept`, {})).status).toBeLessThan(300)
    const status = await admin.get(`/api/monitoring/orgs/${created.body.id}/sweep`)
    expect(status.status).toBe(200)
    expect(status.body).toEqual({ lastSweep: null })
  })

  it('moves "last ran" on with the next day\'s sweep, whose alerts are listed apart from the day before', async () => {
    clock = new Date('2027-06-11T05:00:00Z')
    await p.runSchedule('daily-monitoring')
    coordinator = await signIn(p, 'coordination@mentoryou.demo') // yesterday's token has expired
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/sweep`)).body.lastSweep).toEqual({ date: '2027-06-11', ranAt: '2027-06-11T05:00:00.000Z' })
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts?sweepDate=2027-06-11`)).body.items).toHaveLength(2)
    expect((await coordinator.get(`/api/monitoring/orgs/${PLS}/alerts?limit=100`)).body.items).toHaveLength(4)
  })
})
