import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processRun } from '@binome/functions'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The review of a matching run: a mentee's alternatives with the exact loss of choosing each (computed by the worker
 * after the run completed, read with one GetItem).
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient
const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`
const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} } as never

interface Alternative { mentorId: string; mentorName: string; score: number; scoreLoss: number; matchedLoss: number; current: boolean; explanation: { criterion: string }[] }
interface Suggestion { menteeId: string; mentorId: string; score: number }

/** Starts a run, lets the worker complete it, and returns it with its pairs and unmatched mentees. */
async function completedRun(body: Record<string, unknown> = { objective: 'max-score' }) {
  const started = await coordinator.post(runs, body)
  expect(started.status).toBe(202)
  await p.drain()
  const run = (await coordinator.get(`${runs}/${started.body.id}`)).body
  const suggestions = (await coordinator.get(`${runs}/${run.id}/suggestions?limit=100`)).body.items as Suggestion[]
  const unmatched = (await coordinator.get(`${runs}/${run.id}/unmatched?limit=100`)).body.items as { menteeId: string }[]
  return { run, suggestions, unmatched }
}
const alternativesOf = (runId: string, menteeId: string) => coordinator.get(`${runs}/${runId}/mentees/${menteeId}/alternatives`)

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
})
afterAll(() => p.stop())

describe('alternatives with exact losses', () => {
  it('every mentee of a completed run has ranked alternatives: the suggested mentor at loss 0 first, then losses ≥ 0 in order', async () => {
    const { run, suggestions, unmatched } = await completedRun()
    expect(run).toMatchObject({ status: 'completed', losses: 'ready' })
    expect(run.summary.timings.lossesMs).toBeGreaterThanOrEqual(0)
    for (const s of suggestions) {
      const res = await alternativesOf(run.id, s.menteeId)
      expect(res.status).toBe(200)
      const list = res.body.alternatives as Alternative[]
      expect(res.body).toMatchObject({ menteeId: s.menteeId, locked: false })
      expect(list[0]).toMatchObject({ mentorId: s.mentorId, current: true, scoreLoss: 0, matchedLoss: 0 })
      expect(list.filter((a) => a.current)).toHaveLength(1)
      for (const [i, a] of list.entries()) {
        expect(a.scoreLoss).toBeGreaterThanOrEqual(0)
        expect(a.mentorName).not.toBe('')
        // Each with its explanation: one contribution per criterion of the PLS rules.
        expect(a.explanation).toHaveLength(8)
        if (i > 0) expect(a.scoreLoss).toBeGreaterThanOrEqual(list[i - 1]!.scoreLoss)
      }
    }
    for (const u of unmatched) {
      const res = await alternativesOf(run.id, u.menteeId)
      expect(res.status).toBe(200)
      expect((res.body.alternatives as Alternative[]).some((a) => a.current)).toBe(false)
    }
  })

  it('answers 404 for a mentee the run did not have and for another organisation’s run or mentee', async () => {
    const { run, suggestions } = await completedRun()
    // A mentor is not one of the run's mentees.
    expect((await alternativesOf(run.id, suggestions[0]!.mentorId)).status).toBe(404)
    expect((await alternativesOf('no-such-run', suggestions[0]!.menteeId)).status).toBe(404)
    // CAI's admin asks for PLS's run and mentee under CAI's own organisation, then under PLS's.
    const caiPath = `/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/runs/${run.id}/mentees/${suggestions[0]!.menteeId}/alternatives`
    expect([403, 404]).toContain((await caiAdmin.get(caiPath)).status)
    expect([403, 404]).toContain((await caiAdmin.get(`${runs}/${run.id}/mentees/${suggestions[0]!.menteeId}/alternatives`)).status)
  })

  it('a run whose worker ran out of time for the losses says partial; a mentee without alternatives is then 404', async () => {
    const tenant = p.deps.data.forTenant({ orgId: PLS, userId: 'test', role: 'admin' })
    const id = `run-${Math.random().toString(36).slice(2, 10)}`
    await tenant.runs.create({
      id, programmeId: PLS_PROGRAMME, status: 'queued', requestedBy: 'coordination-mentoryou', objective: 'max-score', minScore: 0, rulesVersion: 1,
      createdAt: new Date().toISOString(), startedAt: null, completedAt: null, attempts: 0, resultAttempt: null, error: null, progress: null, summary: null, version: 1,
    })
    // Before the worker takes it: no alternatives yet, said as the run's state.
    const early = await alternativesOf(id, 'mentee-01')
    expect(early.status).toBe(409)
    expect(early.body.error.reason).toBe('wrong-state')
    await processRun({ ...p.deps, logger }, { orgId: PLS, programmeId: PLS_PROGRAMME, runId: id }, 1, { lossesBudgetMs: -1 })
    const run = (await coordinator.get(`${runs}/${id}`)).body
    expect(run).toMatchObject({ status: 'completed', losses: 'partial' })
    const suggestions = (await coordinator.get(`${runs}/${id}/suggestions?limit=1`)).body.items as Suggestion[]
    expect((await alternativesOf(id, suggestions[0]!.menteeId)).status).toBe(404)
  })

  it('while the losses are being computed the route says so (409 losses-computing)', async () => {
    const { run, suggestions } = await completedRun()
    const tenant = p.deps.data.forTenant({ orgId: PLS, userId: 'test', role: 'admin' })
    const stored = await tenant.runs.get(PLS_PROGRAMME, run.id)
    // The same run as the worker leaves it between "completed" and its first written alternatives, under a new attempt.
    await tenant.runs.replace({ ...stored, resultAttempt: 99, losses: 'computing', version: stored.version + 1 })
    const res = await alternativesOf(run.id, suggestions[0]!.menteeId)
    expect(res.status).toBe(409)
    expect(res.body.error.reason).toBe('losses-computing')
  })
})
