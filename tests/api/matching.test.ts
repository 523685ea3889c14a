import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Store, dataConfig, matchingRunEntity } from '@binome/data'
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
    // The seed has 9 of the 15 PLS mentees and 11 of the 15 mentors ready to match (the others are still at earlier
    // stages of recruitment and selection); two mentors take two mentees.
    expect(done.body.summary).toMatchObject({ mentees: 9, mentors: 11 })
    expect(done.body.summary.matched + done.body.summary.unmatched).toBe(9)
    expect(done.body.summary.matched).toBeGreaterThanOrEqual(7)
    const suggestions = (await coordinator.get(`${runs}/${started.body.id}/suggestions?limit=100`)).body
    expect(suggestions.nextCursor).toBeNull()
    expect(suggestions.items).toHaveLength(done.body.summary.matched)
    const unmatched = (await coordinator.get(`${runs}/${started.body.id}/unmatched`)).body
    expect(unmatched.items).toHaveLength(done.body.summary.unmatched)
    const mentorLoad = new Map<string, number>()
    for (const s of suggestions.items) {
      expect(s.score).toBeGreaterThanOrEqual(0)
      expect(s.score).toBeLessThanOrEqual(100)
      // One contribution per criterion of the programme's rules (the PLS template's eight, in their order), each
      // with its language-free finding.
      expect(s.explanation.map((e: { criterion: string }) => e.criterion)).toEqual(
        ['geo', 'sector', 'function', 'path', 'age', 'languages', 'expectations', 'hobbies'],
      )
      expect(s.explanation[0].fact).toMatchObject({ kind: 'distance', maxKm: 25 })
      expect(s.explanation[0].fact.km).toBeLessThanOrEqual(25)
      mentorLoad.set(s.mentorId, (mentorLoad.get(s.mentorId) ?? 0) + 1)
    }
    expect(Math.max(...mentorLoad.values())).toBeLessThanOrEqual(2)
    expect(new Set(suggestions.items.map((s: { menteeId: string }) => s.menteeId)).size).toBe(suggestions.items.length)
    // The names the review screen shows come with the pairs (Amina Haddad is a seeded PLS mentee).
    const names = suggestions.items.map((s: { menteeName: string }) => s.menteeName)
    expect([...names, ...unmatched.items.map((u: { menteeName: string }) => u.menteeName)]).toContain('Amina Haddad')
  })

  it('the suggestions of a run are not found under another programme', async () => {
    const started = await coordinator.post(runs, {})
    await p.drain()
    const admin = await signIn(p, 'admin@mentoryou.demo')
    const other = await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Autre programme' })
    const wrong = await coordinator.get(`/api/matching/orgs/${PLS}/programmes/${other.body.id}/runs/${started.body.id}/suggestions`)
    expect(wrong.status).toBe(404)
  })

  it('only a failed run can be asked again (409 naming the state)', async () => {
    const started = await coordinator.post(runs, {})
    await p.drain()
    const retried = await coordinator.post(`${runs}/${started.body.id}/retry`, {})
    expect(retried.status).toBe(409)
    expect(retried.body.error.message).toContain('completed')
  })

  it('lists runs without their (large) suggestions', async () => {
    const list = await coordinator.get(runs)
    expect(list.status).toBe(200)
    expect(list.body.items.length).toBeGreaterThanOrEqual(1)
    expect(list.body.items[0].suggestions).toBeUndefined()
    expect(list.body.items[0].summary).toMatchObject({ mentees: 9 })
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

  it('reads a run stored by the previous version (pairs inline, no result attempt) without failing', async () => {
    const client = new DynamoDBClient({ endpoint: p.dynamo.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } })
    const store = new Store(dataConfig(client, p.dynamo.tableName))
    const legacy = {
      id: 'legacy-run', programmeId: PLS_PROGRAMME, status: 'completed', requestedBy: 'x', objective: 'max-score', minScore: 0,
      createdAt: '2026-01-05T10:00:00.000Z', startedAt: '2026-01-05T10:00:01.000Z', completedAt: '2026-01-05T10:00:02.000Z',
      attempts: 1, error: null, summary: { mentees: 2, mentors: 2, matched: 1, totalScore: 70, ms: 3 },
      suggestions: [{ menteeId: 'mentee-01', mentorId: 'mentor-01', score: 70, explanation: [] }],
      unmatched: [{ menteeId: 'mentee-02', reason: 'no-mentors', message: 'No mentors' }], version: 3,
    }
    await store.create(matchingRunEntity.for(PLS).key([PLS_PROGRAMME], ['legacy-run']), 'matching-run', legacy)
    const read = await coordinator.get(`${runs}/legacy-run`)
    expect(read.status).toBe(200)
    expect(read.body.summary).toMatchObject({ matched: 1, unmatched: 1 })
    expect(read.body.suggestions).toBeUndefined()
    expect((await coordinator.get(`${runs}/legacy-run/suggestions`)).body).toEqual({ items: [], nextCursor: null })
    expect((await coordinator.get(runs + '?limit=100')).status).toBe(200)
  })
})
