/**
 * A run limited to part of the programme's pool (issue 9: "optionally filtered by locality, sector or coordinator"):
 * the worker pairs only the ready people of those localities, of that sector, screened by that coordinator, on both
 * sides; the run keeps its limit and a re-run of it too; a coordinator who is not one of the organisation's staff is a
 * 400 naming the field, and bad limits change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Person } from '@binome/core'
import { systemContext } from '@binome/data'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let coordinatorId: string
let ready: Person[]
const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  coordinatorId = (await coordinator.get('/api/onboarding/me')).body.user.id
  // The demo coordinator held the interviews of about half of the people (the seed's `interviews`), the admin the others.
  ready = (await p.deps.data.forTenant(systemContext(PLS)).people.all(PLS_PROGRAMME)).filter((x) => x.stage === 'ready')
})
afterAll(() => p.stop())

/** Starts a run with `body`, lets the worker finish it and reads it back. */
async function completed(body: object) {
  const started = await coordinator.post(runs, body)
  expect(started.status, JSON.stringify(started.body)).toBe(202)
  await p.drain()
  const run = (await coordinator.get(`${runs}/${started.body.id}`)).body
  expect(run.status).toBe('completed')
  return run
}
const count = (people: Person[], kind: Person['kind']) => people.filter((x) => x.kind === kind).length

describe('a matching run limited to part of the pool', () => {
  it('pairs only the ready people of the localities given, on both sides, whatever their case and accents', async () => {
    // The demo's most common locality among ready people, typed as a hurried coordinator would.
    const byLocality = new Map<string, Person[]>()
    for (const x of ready) if (x.facets.locality) byLocality.set(x.facets.locality, [...(byLocality.get(x.facets.locality) ?? []), x])
    const [locality, people] = [...byLocality].sort((a, b) => b[1].length - a[1].length)[0]!
    expect(count(people, 'mentee') + count(people, 'mentor')).toBeLessThan(ready.length)
    const run = await completed({ pool: { localities: [` ${locality.toUpperCase()} `] } })
    expect(run.pool).toEqual({ localities: [locality.toUpperCase()] })
    expect(run.summary).toMatchObject({ mentees: count(people, 'mentee'), mentors: count(people, 'mentor') })
    const suggestions = (await coordinator.get(`${runs}/${run.id}/suggestions?limit=100`)).body.items as { menteeId: string; mentorId: string }[]
    const inLocality = new Set(people.map((x) => x.id))
    for (const s of suggestions) expect([inLocality.has(s.menteeId), inLocality.has(s.mentorId)]).toEqual([true, true])
  })

  it('limits to a sector and to the people a coordinator interviewed, and keeps the limit on the run and its re-run', async () => {
    const sector = ready.find((x) => x.kind === 'mentee' && x.facets.sector)!.facets.sector!
    const run = await completed({ objective: 'max-matched', pool: { sectors: [sector] } })
    const inSector = ready.filter((x) => x.facets.sector === sector)
    expect(count(inSector, 'mentor')).toBeGreaterThan(0)
    expect(inSector.length).toBeLessThan(ready.length)
    expect(run.summary).toMatchObject({ mentees: count(inSector, 'mentee'), mentors: count(inSector, 'mentor') })
    expect((await coordinator.get(`${runs}?limit=50`)).body.items.find((r: { id: string }) => r.id === run.id).pool).toEqual({ sectors: [sector] })

    // Part of each side, not all of it: the limit narrows both.
    const mine = ready.filter((x) => x.interview?.interviewer === coordinatorId)
    for (const kind of ['mentee', 'mentor'] as const) {
      expect(count(mine, kind), kind).toBeGreaterThan(0)
      expect(count(mine, kind), kind).toBeLessThan(count(ready, kind))
    }
    const byMe = await completed({ pool: { coordinatorId } })
    expect(byMe.summary).toMatchObject({ mentees: count(mine, 'mentee'), mentors: count(mine, 'mentor') })
    expect(byMe.summary.matched).toBeGreaterThan(0)
    const pairs = (await coordinator.get(`${runs}/${byMe.id}/suggestions?limit=100`)).body.items as { menteeId: string; mentorId: string }[]
    const mineIds = new Set(mine.map((x) => x.id))
    for (const s of pairs) expect([mineIds.has(s.menteeId), mineIds.has(s.mentorId)]).toEqual([true, true])
    // Without a limit, the whole pool, as before.
    const whole = await completed({})
    expect(whole.pool).toBeNull()
    expect(whole.summary).toMatchObject({ mentees: count(ready, 'mentee'), mentors: count(ready, 'mentor') })
  })

  it('refuses a coordinator who is not one of the organisation\'s staff, and bad limits, naming the field and recording nothing', async () => {
    const before = (await coordinator.get(`${runs}?limit=100`)).body.items.length
    // The CAI's admin: staff, but of another organisation.
    const foreignId = (await (await signIn(p, 'admin@duo-n2wa.demo')).get('/api/onboarding/me')).body.user.id
    const mentorAccount = (await p.deps.data.forTenant(systemContext(PLS)).members.all()).find((m) => m.role === 'mentor')
    for (const [body, path] of [
      [{ pool: { coordinatorId: foreignId } }, 'pool.coordinatorId'],
      [{ pool: { coordinatorId: 'no-such-user' } }, 'pool.coordinatorId'],
      ...(mentorAccount ? [[{ pool: { coordinatorId: mentorAccount.userId } }, 'pool.coordinatorId']] : []),
      [{ pool: { localities: [] } }, 'pool.localities'],
      [{ pool: { localities: ['   '] } }, 'pool.localities.0'],
      [{ pool: { sectors: 'health' } }, 'pool.sectors'],
      [{ pool: { region: 'Wallonie' } }, 'pool.region'],
    ] as const) {
      const reply = await coordinator.post(runs, body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect(reply.body.error.details.map((d: { path: string }) => d.path), JSON.stringify(body)).toContain(path)
    }
    expect((await coordinator.get(`${runs}?limit=100`)).body.items).toHaveLength(before)
  })
})
