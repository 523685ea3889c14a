import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let partner: ApiClient
const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  partner = await signIn(p, 'partenaire@mission-locale.demo')
})
afterAll(() => p.stop())

describe('matching runs through the queue and the worker', () => {
  it('a coordinator starts a run; the worker completes it with explained suggestions for the enrolled mentees', async () => {
    const started = await coordinator.post(runs, { objective: 'max-matched' })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ status: 'queued', programmeId: PLS_PROGRAMME, attempts: 0 })
    await p.drain()
    const done = await coordinator.get(`${runs}/${started.body.id}`)
    expect(done.status).toBe(200)
    expect(done.body.status).toBe('completed')
    // The seed enrols 12 of the 15 PLS mentees and all 15 mentors (two of whom take two mentees).
    expect(done.body.summary).toMatchObject({ mentees: 12, mentors: 15 })
    expect(done.body.summary.matched + done.body.unmatched.length).toBe(12)
    expect(done.body.summary.matched).toBeGreaterThanOrEqual(10)
    const mentorLoad = new Map<string, number>()
    for (const s of done.body.suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(0)
      expect(s.score).toBeLessThanOrEqual(100)
      // One contribution per criterion of the programme, each with its language-free finding.
      expect(s.explanation.map((e: { criterion: string }) => e.criterion)).toEqual(
        ['geo', 'sector', 'function', 'languages', 'hobbies', 'age', 'expectations', 'motivation', 'path'],
      )
      expect(s.explanation[0].fact).toMatchObject({ kind: 'distance', maxKm: 25 })
      expect(s.explanation[0].fact.km).toBeLessThanOrEqual(25)
      mentorLoad.set(s.mentorId, (mentorLoad.get(s.mentorId) ?? 0) + 1)
    }
    expect(Math.max(...mentorLoad.values())).toBeLessThanOrEqual(2)
    expect(new Set(done.body.suggestions.map((s: { menteeId: string }) => s.menteeId)).size).toBe(done.body.suggestions.length)
  })

  it('lists runs without their (large) suggestions', async () => {
    const list = await coordinator.get(runs)
    expect(list.status).toBe(200)
    expect(list.body.items.length).toBeGreaterThanOrEqual(1)
    expect(list.body.items[0].suggestions).toBeUndefined()
  })

  it('a partner may not start or read runs', async () => {
    expect((await partner.post(runs, {})).status).toBe(403)
    expect((await partner.get(runs)).status).toBe(403)
  })

  it('an archived programme cannot be matched', async () => {
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const prog = await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Vite archivé' })
    await admin.post(`/api/onboarding/orgs/${PLS}/programmes/${prog.body.id}/archive`, { version: 1 })
    const r = await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${prog.body.id}/runs`, {})
    expect(r.status).toBe(409)
  })
})
