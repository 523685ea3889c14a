import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { processRun } from '@binome/functions'
import type { Data } from '@binome/data'
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
/** The platform's data, except that writing alternatives fails. */
function failingAlternatives(data: Data): Data {
  return {
    ...data,
    forTenant: (ctx) => {
      const t = data.forTenant(ctx)
      return { ...t, runs: { ...t.runs, writeAlternatives: async () => { throw new Error('table unavailable') } } }
    },
  }
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

  it('a run whose alternatives kept failing to be written says partial after the last receive; a mentee without alternatives is then 404', async () => {
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
    // The message's last receive (a time-out of the worker would instead hand over to a continuation).
    await processRun({ ...p.deps, data: failingAlternatives(p.deps.data), logger }, { orgId: PLS, programmeId: PLS_PROGRAMME, runId: id }, 5)
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

const rules = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/pair-rules`
const ruleOf = (menteeId: string, mentorId: string) => `${rules}/${menteeId}/${mentorId}`
async function clearRules() {
  const items = (await coordinator.get(`${rules}?limit=100`)).body.items as { menteeId: string; mentorId: string; version: number }[]
  for (const r of items) expect((await coordinator.delete(`${ruleOf(r.menteeId, r.mentorId)}?version=${r.version}`)).status).toBe(204)
}

describe('pair rules', () => {
  it('are set, listed, changed at their version and removed, with who and when', async () => {
    const me = (await coordinator.get('/api/onboarding/me')).body.user.id
    const created = await coordinator.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'exclude', note: 'Ils se connaissent déjà' })
    expect(created.status).toBe(200)
    expect(created.body).toMatchObject({ programmeId: PLS_PROGRAMME, menteeId: 'mentee-01', mentorId: 'mentor-01', kind: 'exclude', delta: null, note: 'Ils se connaissent déjà', by: me, version: 1 })
    expect(Date.parse(created.body.at)).not.toBeNaN()
    expect((await coordinator.get(rules)).body.items).toEqual([created.body])
    // Without its version a second rule on the pair is refused; with a stale one too.
    expect((await coordinator.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'lock' })).body.error).toMatchObject({ reason: 'already-exists' })
    const changed = await coordinator.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'adjust', delta: -8, note: 'Attentes très différentes', version: 1 })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ kind: 'adjust', delta: -8, version: 2 })
    const stale = await coordinator.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'exclude', version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    expect((await coordinator.delete(`${ruleOf('mentee-01', 'mentor-01')}?version=1`)).status).toBe(409)
    expect((await coordinator.delete(`${ruleOf('mentee-01', 'mentor-01')}?version=2`)).status).toBe(204)
    expect((await coordinator.delete(`${ruleOf('mentee-01', 'mentor-01')}?version=2`)).status).toBe(404)
    expect((await coordinator.get(rules)).body.items).toEqual([])
  })

  it('bad input is refused naming the field; unknown people, people on the wrong side and other organisations are 404', async () => {
    const field = async (body: unknown) => {
      const res = await coordinator.put(ruleOf('mentee-01', 'mentor-01'), body)
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      return (res.body.error.details as { path: string }[]).map((d) => d.path)
    }
    expect(await field({ kind: 'adjust', delta: 5 })).toEqual(['note'])
    expect(await field({ kind: 'adjust', note: 'Pourquoi pas' })).toEqual(['delta'])
    expect(await field({ kind: 'adjust', delta: 25, note: 'Trop' })).toEqual(['delta'])
    expect(await field({ kind: 'adjust', delta: 0, note: 'Rien' })).toEqual(['delta'])
    expect(await field({ kind: 'exclude', delta: 3 })).toEqual(['delta'])
    expect(await field({ kind: 'maybe' })).toEqual(['kind'])
    expect((await coordinator.put(ruleOf('mentor-01', 'mentee-01'), { kind: 'exclude' })).status).toBe(404)
    expect((await coordinator.put(ruleOf('mentee-01', 'nobody'), { kind: 'exclude' })).status).toBe(404)
    expect((await caiAdmin.put(`/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/pair-rules/mentee-01/mentor-01`, { kind: 'exclude' })).status).toBe(404)
    expect([403, 404]).toContain((await caiAdmin.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'exclude' })).status)
    expect((await coordinator.get(rules)).body.items).toEqual([])
  })

  it('a partner user may neither read nor set them', async () => {
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.get(rules)).status).toBe(403)
    expect((await partner.put(ruleOf('mentee-01', 'mentor-01'), { kind: 'exclude' })).status).toBe(403)
  })

  it('a mentee is locked to one mentor, a mentor to no more mentees than their capacity', async () => {
    expect((await coordinator.put(ruleOf('mentee-01', 'mentor-02'), { kind: 'lock' })).status).toBe(200)
    const twice = await coordinator.put(ruleOf('mentee-01', 'mentor-03'), { kind: 'lock' })
    expect(twice.status).toBe(409)
    expect(twice.body.error).toMatchObject({ reason: 'lock-conflict', values: { rule: 'mentee-locked' } })
    const full = await coordinator.put(ruleOf('mentee-02', 'mentor-02'), { kind: 'lock' })
    expect(full.status).toBe(409)
    expect(full.body.error.values).toEqual({ rule: 'mentor-full' })
    await clearRules()
  })

  it('a re-run honours them: an excluded pair is gone, a locked pair is in, a bonus shows in the score', async () => {
    const before = await completedRun()
    const [first, second, third] = before.suggestions
    // Exclude the first suggested pair; lock the second mentee to an alternative that is not its suggestion; add 5
    // points to the third pair.
    const alternative = ((await alternativesOf(before.run.id, second!.menteeId)).body.alternatives as Alternative[]).find((a) => !a.current)!
    expect((await coordinator.put(ruleOf(first!.menteeId, first!.mentorId), { kind: 'exclude', note: 'Refusé à l’entretien' })).status).toBe(200)
    expect((await coordinator.put(ruleOf(second!.menteeId, alternative.mentorId), { kind: 'lock' })).status).toBe(200)
    expect((await coordinator.put(ruleOf(third!.menteeId, third!.mentorId), { kind: 'adjust', delta: 5, note: 'Très bon feeling' })).status).toBe(200)
    const after = await completedRun()
    const pairOf = (menteeId: string) => after.suggestions.find((s) => s.menteeId === menteeId)
    expect(pairOf(first!.menteeId)?.mentorId).not.toBe(first!.mentorId)
    expect(pairOf(second!.menteeId)?.mentorId).toBe(alternative.mentorId)
    // A locked mentee has no alternatives to weigh: the route says it is locked.
    expect((await alternativesOf(after.run.id, second!.menteeId)).body).toMatchObject({ locked: true, alternatives: [] })
    const bonus = ((await alternativesOf(after.run.id, third!.menteeId)).body.alternatives as Alternative[]).find((a) => a.mentorId === third!.mentorId)
    expect(bonus?.score).toBeCloseTo(Math.min(100, third!.score + 5), 0)
    await clearRules()
  })

  it('the loss of an alternative is exact: locking that pair and re-running lowers the total score by that much', async () => {
    const before = await completedRun()
    // The first suggested mentee with an alternative that costs something.
    let chosen: { menteeId: string; alternative: Alternative } | undefined
    for (const s of before.suggestions) {
      const alternative = ((await alternativesOf(before.run.id, s.menteeId)).body.alternatives as Alternative[]).find((a) => !a.current && a.scoreLoss > 0)
      if (alternative) {
        chosen = { menteeId: s.menteeId, alternative }
        break
      }
    }
    expect(chosen).toBeDefined()
    expect((await coordinator.put(ruleOf(chosen!.menteeId, chosen!.alternative.mentorId), { kind: 'lock' })).status).toBe(200)
    const after = await completedRun()
    // Both totals are rounded to 0.1 and the loss to 0.01.
    expect(Math.abs(before.run.summary.totalScore - after.run.summary.totalScore - chosen!.alternative.scoreLoss)).toBeLessThanOrEqual(0.11)
    await clearRules()
  })
})

describe('the next alternatives after a duo ended before it started', () => {
  const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
  const nextOf = (duoId: string) => coordinator.get(`${duos}/${duoId}/next-alternatives`)

  it('offers the run’s other mentors, best first, once the mentor refused; not the refused one, not an excluded pair, nothing once the mentee is proposed again', async () => {
    const { run, suggestions } = await completedRun()
    const pair = suggestions[0]!
    const proposed = await coordinator.post(duos, { runId: run.id, pairs: [{ menteeId: pair.menteeId, mentorId: pair.mentorId, score: pair.score }] })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    const duo = proposed.body.items[0]
    // An open duo has no next alternatives yet.
    const early = await nextOf(duo.id)
    expect(early.status).toBe(409)
    expect(early.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'proposed' } })

    const refused = await coordinator.post(`${duos}/${duo.id}/answer`, { version: duo.version, answer: 'refuse', reason: 'Pas disponible avant l’été' })
    expect(refused.status, JSON.stringify(refused.body)).toBe(200)
    const next = await nextOf(duo.id)
    expect(next.status).toBe(200)
    expect(next.body).toMatchObject({ duoId: duo.id, menteeId: pair.menteeId, runId: run.id, status: 'suggested' })
    const offered = next.body.alternatives as (Alternative & { placesLeft: number })[]
    expect(offered.length).toBeGreaterThan(0)
    expect(offered.map((a) => a.mentorId)).not.toContain(pair.mentorId)
    for (const [i, a] of offered.entries()) {
      expect(a.placesLeft).toBeGreaterThanOrEqual(1)
      if (i > 0) expect(a.scoreLoss).toBeGreaterThanOrEqual(offered[i - 1]!.scoreLoss)
    }
    // The run's own list for this mentee, less the refused mentor, is what is offered (every mentor has room here).
    const all = (await alternativesOf(run.id, pair.menteeId)).body.alternatives as Alternative[]
    expect(offered.map((a) => a.mentorId)).toEqual(all.filter((a) => a.mentorId !== pair.mentorId && offered.some((o) => o.mentorId === a.mentorId)).map((a) => a.mentorId))

    // The coordinator excludes the first one: the next is offered first.
    const first = offered[0]!
    expect((await coordinator.put(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/pair-rules/${pair.menteeId}/${first.mentorId}`, { kind: 'exclude' })).status).toBe(200)
    const afterExclusion = (await nextOf(duo.id)).body.alternatives as Alternative[]
    expect(afterExclusion.map((a) => a.mentorId)).toEqual(offered.slice(1).map((a) => a.mentorId))

    // Proposing the mentee again: the ended duo offers nothing more.
    const second = afterExclusion[0]!
    const again = await coordinator.post(duos, { runId: run.id, pairs: [{ menteeId: pair.menteeId, mentorId: second.mentorId, score: second.score }] })
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect((await nextOf(duo.id)).body).toMatchObject({ status: 'mentee-in-open-duo', alternatives: [] })
  })

  it('a duo proposed outside a run says so; another organisation’s duo is 404', async () => {
    const proposed = await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-09', mentorId: 'mentor-09' }] })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    const duo = proposed.body.items[0]
    expect((await coordinator.post(`${duos}/${duo.id}/cancel`, { version: duo.version, reason: 'Erreur de saisie' })).status).toBe(200)
    expect((await nextOf(duo.id)).body).toMatchObject({ status: 'no-run', runId: null, alternatives: [] })
    expect((await caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${duo.id}/next-alternatives`)).status).toBe(404)
  })
})
