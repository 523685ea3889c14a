import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Pausing and resuming a started duo (issue 10: illness, a training, holidays) through the staff routes: bad input
 * names the field and changes nothing; a pause of a paused duo or a resumption of an active one is 409 wrong-state
 * with the state; the tracking line follows in the same transaction ("En pause", no alert while paused); resuming
 * moves the planned end by the paused days (0 on the same day); a mentor cannot pause their own duo.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const tracking = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/tracking`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentor: ApiClient

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
})
afterAll(() => p?.stop())

/** The programme's day (Brussels), as the core counts a pause. */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' })
const today = () => inDays(0)
const activeDuos = async () => (await coordinator.get(`${duos}?state=active&limit=100`)).body.items as any[]

describe('pausing and resuming a duo', () => {
  it('refuses bad input naming the field, a stale version, and changes nothing', async () => {
    const duo = (await activeDuos())[0]
    expect(duo, 'the demo has active duos').toBeDefined()
    const cases: [Record<string, unknown>, string][] = [
      [{ reason: '   ', expectedResumeDate: inDays(10) }, 'reason'],
      [{ reason: 'Maladie', expectedResumeDate: today() }, 'expectedResumeDate'],
      [{ reason: 'Maladie', expectedResumeDate: '2027-02-30' }, 'expectedResumeDate'],
      [{ reason: 'Maladie' }, 'expectedResumeDate'],
      [{ reason: 'Maladie', expectedResumeDate: inDays(10), colour: 'red' }, 'colour'],
    ]
    for (const [body, path] of cases) {
      const res = await coordinator.post(`${duos}/${duo.id}/pause`, { version: duo.version, ...body })
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(400)
      expect(JSON.stringify(res.body.error.details), path).toContain(path)
    }
    const stale = await coordinator.post(`${duos}/${duo.id}/pause`, { version: duo.version + 3, reason: 'Maladie', expectedResumeDate: inDays(10) })
    expect([stale.status, stale.body.error.reason]).toEqual([409, 'stale-version'])
    expect((await coordinator.get(`${duos}/${duo.id}`)).body).toMatchObject({ state: 'active', version: duo.version })
  })

  it('pauses with the tracking line in step and no alert, refuses a second pause (409 wrong-state), resumes with the planned end kept', async () => {
    const duo = (await activeDuos())[0]
    const paused = await coordinator.post(`${duos}/${duo.id}/pause`, { version: duo.version, reason: '  Formation qualifiante  ', expectedResumeDate: inDays(21) })
    expect(paused.status, JSON.stringify(paused.body)).toBe(200)
    expect(paused.body).toMatchObject({ state: 'paused', version: duo.version + 1, next: ['close', 'resume'] })
    expect(paused.body.pauses.at(-1)).toMatchObject({ from: today(), reason: 'Formation qualifiante', expectedResumeDate: inDays(21), resumedOn: null })

    const again = await coordinator.post(`${duos}/${duo.id}/pause`, { version: paused.body.version, reason: 'x', expectedResumeDate: inDays(5) })
    expect([again.status, again.body.error.reason, again.body.error.values]).toEqual([409, 'wrong-state', { entity: 'duo', state: 'paused' }])

    const rows = (await coordinator.get(`${tracking}?state=paused&limit=100`)).body.items as any[]
    const row = rows.find((r) => r.duoId === duo.id)
    expect(row, JSON.stringify(rows).slice(0, 500)).toBeDefined()
    expect(row).toMatchObject({ state: "paused", attention: [], colour: "green" })

    const timeline = (await coordinator.get(`${duos}/${duo.id}/timeline`)).body.items as any[]
    expect(timeline[0]).toMatchObject({ event: 'pause', from: 'active', to: 'paused', reason: 'Formation qualifiante', expectedResumeDate: inDays(21) })

    const resumed = await coordinator.post(`${duos}/${duo.id}/resume`, { version: paused.body.version })
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200)
    // Paused and resumed the same day: 0 days, the planned end stays.
    expect(resumed.body).toMatchObject({ state: 'active', plannedEndDate: duo.plannedEndDate, next: ['close', 'pause'] })
    expect(resumed.body.pauses.at(-1)).toMatchObject({ resumedOn: today(), days: 0 })

    const twice = await coordinator.post(`${duos}/${duo.id}/resume`, { version: resumed.body.version })
    expect([twice.status, twice.body.error.reason, twice.body.error.values]).toEqual([409, 'wrong-state', { entity: 'duo', state: 'active' }])
  })

  it('a duo that never started cannot pause; a mentor cannot pause their duo', async () => {
    const proposed = (await coordinator.get(`${duos}?state=proposed&limit=5`)).body.items[0]
    expect(proposed, 'the demo has a proposed duo').toBeDefined()
    const res = await coordinator.post(`${duos}/${proposed.id}/pause`, { version: proposed.version, reason: 'Vacances', expectedResumeDate: inDays(7) })
    expect([res.status, res.body.error.values]).toEqual([409, { entity: 'duo', state: 'proposed' }])
    const duo = (await activeDuos())[0]
    const denied = await mentor.post(`${duos}/${duo.id}/pause`, { version: duo.version, reason: 'Vacances', expectedResumeDate: inDays(7) })
    expect(denied.status).toBe(403)
  })
})
