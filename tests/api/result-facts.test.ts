import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storedResultFactsOf, type StoredResultFacts } from '@binome/core'
import { Store, resultFactsCompleteEntity, resultFactsEntity, systemContext } from '@binome/data'
import { createLocalDynamoClient, localDataAccess } from '@binome/local'
import { ApiClient, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The results' compact facts (issue 11, ≤ 2 s at 10,000 duos): every tracking line write puts its duo's facts beside
 * it, so what the dashboard reads is always what the core makes of the lines; an evaluation's facts go with its
 * creation and answer; a programme whose items predate the facts is filled once, with the same figures; an erasure
 * leaves the facts, which name no one, as they were.
 */
const results = `/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results`
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let raw: Store
/** The demo duo closed in the first test (its closure sent both sides their end evaluation). */
let closedDuoId: string

beforeAll(async () => {
  p = await testPlatform({ demoDuos: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  raw = new Store(localDataAccess({ createClient: () => createLocalDynamoClient(p.dynamo.endpoint), tableName: p.dynamo.tableName }).tenant(PLS))
})
afterAll(() => p?.stop())

const tenant = () => p.deps.data.forTenant(systemContext(PLS))
const byDuo = (all: StoredResultFacts[]) => [...all].sort((a, b) => a.duoId.localeCompare(b.duoId))
/** What the core makes of the programme's tracking lines now. */
const fromLines = async () => byDuo((await tenant().tracking.all(PLS_PROGRAMME)).map(storedResultFactsOf))
const stored = async () => byDuo((await tenant().results.facts(PLS_PROGRAMME)).duos)

describe('the results’ compact facts', () => {
  it('are one a duo, the core’s facts of its tracking line, and follow a closure written through the API', async () => {
    const first = await coordinator.get(results)
    expect(first.status).toBe(200)
    expect((await stored()).length).toBeGreaterThan(0)
    expect(await stored()).toEqual(await fromLines())

    const [duo] = (await coordinator.get(`${duos}?state=active&limit=100`)).body.items as { id: string; version: number }[]
    const today = new Date().toISOString().slice(0, 10)
    const closed = await coordinator.post(`${duos}/${duo!.id}/close`, { version: duo!.version, outcomeId: 'job', endDate: today, decidedBy: 'mentee', reason: 'Un emploi' })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    const mine = (await stored()).find((f) => f.duoId === duo!.id)!
    expect(mine.closure).toMatchObject({ outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: today })
    expect(await stored()).toEqual(await fromLines())
    expect((await coordinator.get(results)).body.results).toMatchObject({ closed: 1, employment: { count: 1, of: 1 } })
    closedDuoId = duo!.id
  })

  it('of an evaluation are written with it: sent at the closure, then answered with its overall satisfaction', async () => {
    const storedEvaluations = async () => (await tenant().results.facts(PLS_PROGRAMME)).evaluations.filter((e) => e.duoId === closedDuoId)
    expect((await storedEvaluations()).map((e) => `${e.side}:${e.answered}`).sort()).toEqual(['mentee:false', 'mentor:false'])
    const duo = (await coordinator.get(`${duos}/${closedDuoId}`)).body
    const email = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${duo.menteeId}`)).body.email as string
    const [token] = p.outbox.list({ to: email }).flatMap((m) => [...(m.text ?? '').matchAll(/\/evaluation\/([A-Za-z0-9_-]{32})/g)].map((x) => x[1]!))
    const answers = { overall: 4, goals: 5, confidence: 4, rhythm: 3, support: 5, best: 'Les simulations', again: true }
    const answered = await new ApiClient(p.url).post(`/api/onboarding/public/evaluations/${token}/answers`, { answers })
    expect(answered.status, JSON.stringify(answered.body)).toBe(200)
    expect(await storedEvaluations()).toContainEqual(expect.objectContaining({ side: 'mentee', moment: 'end', answered: true, satisfaction: 4 }))
    // What was written equals what the evaluations themselves say, and the dashboard counts it: 1 answer of 2, 4/5.
    const sortKey = (e: { duoId: string; moment: string; side: string }) => `${e.duoId}#${e.moment}#${e.side}`
    const bySortKey = <T extends { duoId: string; moment: string; side: string }>(all: T[]) => [...all].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))
    expect(bySortKey((await tenant().results.facts(PLS_PROGRAMME)).evaluations)).toEqual(bySortKey(await tenant().evaluations.storedFacts(PLS_PROGRAMME)))
    const r = (await coordinator.get(results)).body.results
    expect(r).toMatchObject({ evaluationResponses: { count: 1, of: 2, percent: 50 }, satisfaction: 4 })
  })

  it('of a programme whose items predate them are filled once from its lines, with the same figures', async () => {
    const before = (await coordinator.get(results)).body.results
    // As before the facts existed: one duo without its facts item, the programme not marked complete.
    const [gone] = await stored()
    await raw.transact([
      raw.deleteItem(resultFactsEntity.for(PLS).key([PLS_PROGRAMME], [gone!.duoId])),
      raw.deleteItem(resultFactsCompleteEntity.for(PLS).key([PLS_PROGRAMME], [])),
    ])
    expect((await coordinator.get(results)).body.results).toEqual(before)
    // Filled and marked: the next read is of the facts alone, the same.
    expect(await raw.get(resultFactsCompleteEntity.for(PLS).key([PLS_PROGRAMME], []))).toBeDefined()
    expect(await raw.get(resultFactsEntity.for(PLS).key([PLS_PROGRAMME], [gone!.duoId]))).toEqual(gone)
    expect((await coordinator.get(results)).body.results).toEqual(before)
  })

  it('name no one, and stay as they were when a person of the duo is erased', async () => {
    const [line] = await tenant().tracking.all(PLS_PROGRAMME)
    const facts = (await stored()).find((f) => f.duoId === line!.duoId)!
    for (const personal of [line!.menteeName, line!.mentorName, line!.menteeId, line!.mentorId]) expect(JSON.stringify(facts)).not.toContain(personal)
    await tenant().duos.erasePerson(PLS_PROGRAMME, line!.duoId, 'mentee')
    expect((await tenant().tracking.get(PLS_PROGRAMME, line!.duoId))!.menteeName).toBe('')
    expect((await stored()).find((f) => f.duoId === line!.duoId)).toEqual(facts)
    expect(await stored()).toEqual(await fromLines())
  })
})
