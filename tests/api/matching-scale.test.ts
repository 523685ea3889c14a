import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { writePool } from '../support/pool'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let runs: string
const perSide = 2000

beforeAll(async () => {
  p = await testPlatform()
  const admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const programme = await admin.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'MentorYou — pool régional' })
  expect(programme.status).toBe(201)
  await writePool(p.deps.data, { orgId: PLS, programmeId: programme.body.id, perSide, now: new Date() })
  runs = `/api/matching/orgs/${PLS}/programmes/${programme.body.id}/runs`
}, 300_000)
afterAll(() => p.stop())

/** Every item of a paged route, following `nextCursor`. */
async function readAll<T>(client: ApiClient, path: string, limit: number): Promise<{ items: T[]; pages: number }> {
  const items: T[] = []
  let cursor: string | null = null
  let pages = 0
  do {
    const r: { status: number; body: { items: T[]; nextCursor: string | null } } = await client.get(`${path}?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    expect(r.status).toBe(200)
    items.push(...r.body.items)
    cursor = r.body.nextCursor
    pages++
  } while (cursor)
  return { items, pages }
}

describe(`a matching run of ${perSide} × ${perSide} through the queue and the worker`, () => {
  it('completes, and its suggestions and unmatched mentees are read in pages with names', async () => {
    const started = Date.now()
    const run = await coordinator.post(runs, { objective: 'max-matched' })
    expect(run.status).toBe(202)
    await p.drain()
    const done = await coordinator.get(`${runs}/${run.body.id}`)
    console.log(`${perSide} × ${perSide} run through the worker: ${Date.now() - started} ms (engine ${done.body.summary?.ms} ms)`)
    expect(done.body).toMatchObject({ status: 'completed', attempts: 1, error: null })
    const { matched, unmatched, mentees, mentors } = done.body.summary
    expect({ mentees, mentors }).toEqual({ mentees: perSide, mentors: perSide })
    // Far past the ~340 pairs that one run item could hold.
    expect(matched).toBeGreaterThan(1500)
    expect(matched + unmatched).toBe(perSide)

    const suggestions = await readAll<{ rank: number; menteeId: string; mentorId: string; menteeName: string; mentorName: string; score: number }>(
      coordinator, `${runs}/${run.body.id}/suggestions`, 100,
    )
    expect(suggestions.items).toHaveLength(matched)
    expect(suggestions.pages).toBe(Math.ceil(matched / 100))
    expect(suggestions.items.map((s) => s.rank)).toEqual(Array.from({ length: matched }, (_, i) => i + 1))
    expect(new Set(suggestions.items.map((s) => s.menteeId)).size).toBe(matched)
    expect(new Set(suggestions.items.map((s) => s.mentorId)).size).toBe(matched)
    for (let i = 1; i < suggestions.items.length; i++) expect(suggestions.items[i]!.score).toBeLessThanOrEqual(suggestions.items[i - 1]!.score)
    for (const s of suggestions.items) {
      expect(s.menteeName).toMatch(/\S+ \S+/)
      expect(s.mentorName).toMatch(/\S+ \S+/)
    }

    const left = await readAll<{ menteeId: string; menteeName: string; reason: string }>(coordinator, `${runs}/${run.body.id}/unmatched`, 100)
    expect(left.items).toHaveLength(unmatched)
    expect(left.items.filter((u) => u.reason === 'unknown-locality')).toHaveLength(perSide / 40)
    const everyone = new Set([...suggestions.items.map((s) => s.menteeId), ...left.items.map((u) => u.menteeId)])
    expect(everyone.size).toBe(perSide)
  }, 300_000)
})
