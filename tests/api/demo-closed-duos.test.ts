import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The full demo's year of closed MentorYou duos (packages/local/src/seed/demo-closed-duos.ts), as a newcomer finds it:
 * 35 duos closed with seed 004's proportions (25 positive exits, 9 of them jobs), early ends with their reason, the
 * closing interviews held, the follow-ups due recorded, and a profile analysis that says something.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const life = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient

// The closed year lengthens the seed: its start may take minutes on a loaded machine.
beforeAll(async () => {
  p = await testPlatform({ demoDuos: true, demoClosedDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
}, 400_000)
afterAll(() => p?.stop())

const today = () => new Date().toISOString().slice(0, 10)

describe("the demo's year of closed duos", () => {
  it('holds 35 closed duos: 25 positive exits, 9 counting as jobs, every early end with its reason', async () => {
    const closed = (await coordinator.get(`${duos}?state=closed&limit=100`)).body.items as any[]
    expect(closed).toHaveLength(35)
    const full = await Promise.all(closed.map(async (d) => (await coordinator.get(`${duos}/${d.id}`)).body))
    const c = full.map((d) => d.closure)
    expect(c.filter((x) => x.outcomeClass === 'positive')).toHaveLength(25)
    expect(c.filter((x) => x.countsAsEmployment)).toHaveLength(9)
    expect(c.filter((x) => x.early).every((x) => typeof x.reason === 'string' && x.reason.length > 10)).toBe(true)
    expect(c.filter((x) => x.early).length).toBeGreaterThanOrEqual(6)
    expect(c.filter((x) => x.decidedBy === 'planned-end').length).toBeGreaterThanOrEqual(2)
    for (const d of full) {
      expect(d.startDate < d.closure.endDate && d.closure.endDate <= today(), d.id).toBe(true)
      // Started between about a year and six months ago.
      expect(Date.now() - Date.parse(d.startDate), d.id).toBeGreaterThan(180 * 86_400_000)
      expect(Date.now() - Date.parse(d.startDate), d.id).toBeLessThan(366 * 86_400_000)
    }
  })

  it('shows their life: meetings logged, a closing interview held, the follow-ups already due mostly recorded', async () => {
    const closed = (await coordinator.get(`${duos}?state=closed&limit=100`)).body.items as any[]
    let held = 0
    let due = 0
    let recorded = 0
    for (const d of closed) {
      const interview = (await coordinator.get(`${life}/${d.id}/closing-interview`)).body.interview
      if (interview?.state === 'held') held++
      const followUps = (await coordinator.get(`${life}/${d.id}/follow-ups`)).body.items as any[]
      due += followUps.filter((f) => f.status !== 'upcoming').length
      recorded += followUps.filter((f) => f.status === 'recorded').length
    }
    expect(held).toBeGreaterThanOrEqual(30)
    expect(due).toBeGreaterThan(20)
    expect(recorded).toBeGreaterThan(due / 2)
    const log = (await coordinator.get(`${life}/${closed[0].id}/log?month=${closed[0].startDate?.slice(0, 7) ?? today().slice(0, 7)}`)).body
    expect(log.cadence.length).toBeGreaterThan(0)
  })

  it('has their end-of-duo evaluations, three in four answered, so the dashboard shows a response rate and a satisfaction', async () => {
    // 70 questionnaires (both sides of 35 duos), the k-th unanswered when k % 4 is 3: 53 answered (76 %).
    const r = (await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results`)).body.results
    expect(r.evaluationResponses).toEqual({ count: 53, of: 70, percent: 76 })
    expect(r.satisfaction).toBeGreaterThanOrEqual(3.5)
    expect(r.satisfaction).toBeLessThanOrEqual(4.5)
    // A duo's page reads them like real ones: both sides, the answers under their questions.
    const closed = (await coordinator.get(`${duos}?state=closed&limit=100`)).body.items as any[]
    const evaluations = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${closed[0].id}/evaluations`)).body
    expect(evaluations.items.map((e: { side: string; moment: string }) => `${e.moment}:${e.side}`).sort()).toEqual(['end:mentee', 'end:mentor'])
    const answered = evaluations.items.filter((e: { state: string }) => e.state === 'answered')
    for (const e of answered) expect(e).toMatchObject({ satisfaction: expect.any(Number), answers: { overall: e.satisfaction } })
  })

  it("gives the year's profile analysis groups of five and more", async () => {
    const year = new Date(Date.now() - 200 * 86_400_000).getUTCFullYear()
    const a = (await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/profile-analysis?year=${year}`)).body
    expect(typeof a.people.mentee === 'number' && a.people.mentee >= 20).toBe(true)
    expect(a.distributions.mentee.ageBand.some((r: any) => typeof r.count === 'number' && r.count >= 5)).toBe(true)
    expect(a.outcomes.ageBand.some((r: any) => typeof r.positivePercent === 'number')).toBe(true)
  })
})
