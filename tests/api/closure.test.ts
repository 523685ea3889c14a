import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Closing a started duo (stage 6) through the staff route: the outcome from the programme's taxonomy, the last day,
 * who decided, the reason of an early end; the mentee has finished, the mentor is back in the pool; bad input names
 * the field and changes nothing; a closed duo takes no other step; other organisations and the duo's own people
 * cannot close it.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let caiAdmin: ApiClient
let mentor: ApiClient

beforeAll(async () => {
  // MentorYou's demo duos: active ones to close, a proposed one that cannot be.
  p = await testPlatform({ demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
})
afterAll(() => p?.stop())

const today = () => new Date().toISOString().slice(0, 10)
const activeDuos = async () => (await coordinator.get(`${duos}?state=active&limit=100`)).body.items as any[]
const close = (duo: { id: string; version: number }, body: Record<string, unknown>) =>
  coordinator.post(`${duos}/${duo.id}/close`, { version: duo.version, ...body })

describe('closing an active duo', () => {
  it('an early end needs its reason, an outcome of the programme and a day that can be; each refusal names the field and changes nothing', async () => {
    const duo = (await activeDuos()).find((d) => d.mentorId !== 'mentor-01')
    expect(duo, 'the demo has active duos').toBeDefined()
    const cases: [Record<string, unknown>, string, string][] = [
      [{ outcomeId: 'job', endDate: today(), decidedBy: 'mentee' }, 'reason', 'required'],
      [{ outcomeId: 'lottery', endDate: today(), decidedBy: 'coordinator', reason: 'x' }, 'outcomeId', 'not-a-choice'],
      [{ outcomeId: 'job', endDate: '2001-01-01', decidedBy: 'coordinator', reason: 'x' }, 'endDate', 'end-before-start'],
      [{ outcomeId: 'job', endDate: '2999-01-01', decidedBy: 'coordinator', reason: 'x' }, 'endDate', 'too-big'],
      [{ outcomeId: 'job', endDate: today(), decidedBy: 'the-cat', reason: 'x' }, 'decidedBy', 'not-a-choice'],
    ]
    for (const [body, path, reason] of cases) {
      const res = await close(duo, body)
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(400)
      expect(res.body.error.details, path).toContainEqual(expect.objectContaining({ path, reason }))
    }
    const stale = await close({ id: duo.id, version: duo.version + 7 }, { outcomeId: 'job', endDate: today(), decidedBy: 'coordinator', reason: 'x' })
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    const after = (await coordinator.get(`${duos}/${duo.id}`)).body
    expect(after).toMatchObject({ state: 'active', version: duo.version, closure: null })
  })

  it('closes with the outcome copied from the taxonomy; the mentee has finished, the mentor is back in the pool; a second close is 409 with the state', async () => {
    const duo = (await activeDuos()).find((d) => d.mentorId !== 'mentor-01')
    const res = await close(duo, { outcomeId: 'job', endDate: today(), decidedBy: 'mentee', reason: '  Engagée comme comptable chez un grossiste  ' })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body).toMatchObject({
      state: 'closed', version: duo.version + 1, next: [],
      closure: {
        outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: today(), early: true,
        decidedBy: 'mentee', reason: 'Engagée comme comptable chez un grossiste',
      },
    })
    expect((await coordinator.get(`${people}/${duo.menteeId}`)).body.stage).toBe('closed')
    expect((await coordinator.get(`${people}/${duo.mentorId}`)).body.stage).toBe('ready')
    const timeline = (await coordinator.get(`${duos}/${duo.id}/timeline`)).body.items
    expect(timeline[0]).toMatchObject({ event: 'close', from: 'active', to: 'closed', reason: 'Engagée comme comptable chez un grossiste' })
    // The tracking table follows: the line shows the duo closed and asks nothing of anyone.
    const tracking = (await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/tracking?limit=500`)).body
    const line = tracking.items.find((r: { duoId: string }) => r.duoId === duo.id)
    expect(line).toMatchObject({ state: 'closed' })
    const again = await close(res.body, { outcomeId: 'job', endDate: today(), decidedBy: 'mentee', reason: 'x' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'closed' } })
  })

  it('a duo still on its way to starting cannot be closed (409 with its state)', async () => {
    const pending = (await coordinator.get(`${duos}?state=proposed&limit=1`)).body.items[0]
    expect(pending).toBeDefined()
    const res = await close(pending, { outcomeId: 'job', endDate: today(), decidedBy: 'coordinator', reason: 'x' })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'proposed' } })
  })

  it('another organisation reaches nothing; the duo’s own mentor may not close it', async () => {
    const duo = (await activeDuos()).find((d) => d.mentorId === 'mentor-01')
    expect(duo, 'the demo mentor has an active duo').toBeDefined()
    const body = { version: duo.version, outcomeId: 'job', endDate: today(), decidedBy: 'coordinator', reason: 'x' }
    expect((await caiAdmin.post(`/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${duo.id}/close`, body)).status).toBe(404)
    expect((await caiAdmin.post(`${duos}/${duo.id}/close`, body)).status).toBe(403)
    expect((await mentor.post(`${duos}/${duo.id}/close`, body)).status).toBe(403)
    expect((await coordinator.get(`${duos}/${duo.id}`)).body).toMatchObject({ state: 'active', version: duo.version })
  })
})
