import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDay, monthsAfter } from '@binome/core'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The follow-up alert through the daily sweep (issue 11): a duo closed on its start day (months ago, as the closing
 * suite does) has its 3 months' follow-up due and not recorded: the sweep raises `follow-up-due` once a day for the
 * duo's coordinator; recording the follow-up clears it at once, and the next day's sweep raises it no more.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const alerts = `/api/monitoring/orgs/${PLS}/alerts`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let admin: ApiClient
// The real time when the file starts, then moved by the test: the platform's seed is today's, the run's snapshot of it.
let clock = new Date()

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true, now: () => clock, clockStartsReal: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
})
afterAll(() => p?.stop())

type AlertItem = { id: string; kind: string; duoId?: string; values: Record<string, unknown> }
const followUpAlertsOf = (items: AlertItem[], duoId: string) => items.filter((a) => a.kind === 'follow-up-due' && a.duoId === duoId)

describe('the follow-up due alert', () => {
  it('is raised by the sweep once a day while due, and cleared when the follow-up is recorded', async () => {
    // The oldest running demo duo (165 days): closed on its start day, its 3 months' follow-up fell due about 75 days ago
    // and its 6 months' one is still ahead.
    const active = (await coordinator.get(`${duos}?state=active&limit=100`)).body.items as { id: string; version: number; startDate: string }[]
    const duo = [...active].sort((a, b) => a.startDate.localeCompare(b.startDate))[0]!
    const endDate = duo.startDate
    const today = localDay(clock)
    const due3 = monthsAfter(endDate, 3)
    expect(today >= due3 && today < monthsAfter(endDate, 6), `${endDate} → ${today}`).toBe(true)
    const closed = await coordinator.post(`${duos}/${duo.id}/close`, { version: duo.version, outcomeId: 'job', endDate, decidedBy: 'mentee', reason: 'Contrat signé' })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)

    await p.runSchedule('daily-monitoring')
    const raised = followUpAlertsOf((await admin.get(`${alerts}?sweepDate=${today}`)).body.items, duo.id)
    expect(raised).toEqual([expect.objectContaining({
      id: `${duo.id}-follow-up-due-m3`,
      values: expect.objectContaining({ months: 3, dueDate: due3, days: Math.round((Date.parse(today) - Date.parse(due3)) / 86_400_000) }),
    })])
    // The duo's coordinator and an admin see it on their home, in the programme's alerts.
    expect(followUpAlertsOf((await admin.get(`/api/monitoring/orgs/${PLS}/me/alerts`)).body.items, duo.id)).toHaveLength(1)
    // Idempotent for the day: a second sweep raises it no second time.
    await p.runSchedule('daily-monitoring')
    expect(followUpAlertsOf((await admin.get(`${alerts}?sweepDate=${today}`)).body.items, duo.id)).toHaveLength(1)

    const recorded = await coordinator.post(`${life}/${duo.id}/follow-ups`, { months: 3, date: today, situation: 'employed' })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(201)
    // Cleared at once on the home (checked again against the follow-ups), and not raised by the next day's sweep.
    expect(followUpAlertsOf((await admin.get(`/api/monitoring/orgs/${PLS}/me/alerts`)).body.items, duo.id)).toEqual([])
    clock = new Date(clock.getTime() + 86_400_000)
    await p.runSchedule('daily-monitoring')
    const tomorrow = localDay(clock)
    // A day later the morning's session has expired: signed in again.
    admin = await signIn(p, 'admin@mentoryou.demo')
    const next = await admin.get(`${alerts}?sweepDate=${tomorrow}`)
    expect(next.status, JSON.stringify(next.body)).toBe(200)
    expect(next.body.items.length, 'the next day\'s sweep raised its other alerts').toBeGreaterThan(0)
    expect(followUpAlertsOf(next.body.items, duo.id)).toEqual([])
  })
})
