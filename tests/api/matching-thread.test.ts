/**
 * The local matching worker's thread on a platform with its data on disk, as `pnpm start` runs it: the thread boots at
 * the first matching message, not at the platform's start (seconds of CPU nobody needs until a run is started), the run
 * then completes through it, and its DynamoDB requests are counted at the local endpoint like the API's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dynamoRequestCount } from '@binome/local'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`

// On disk and on the real clock: the thread is on by default, as with `pnpm start`. Small chunks of alternatives, so that
// the losses take continuations, which the thread sends back to this thread's queue.
beforeAll(async () => {
  p = await testPlatform({ onDisk: true, matchingLosses: { budgetMs: 0, chunk: 2 } })
})
afterAll(() => p?.stop())

describe('the matching thread of a platform on disk', () => {
  it('is not started before the first matching message; the run started then completes through it, its requests counted', async () => {
    const coordinator = await signIn(p, 'coordination@mentoryou.demo')
    expect(p.matchingThreadStarted()).toBe(false)
    expect((await coordinator.get(runs)).status).toBe(200)
    expect(p.matchingThreadStarted()).toBe(false)

    const started = await coordinator.post(runs, { objective: 'max-score' })
    expect(started.status).toBe(202)
    const before = dynamoRequestCount(p.dynamo.endpoint)
    await p.drain()
    // Nothing but the thread's worker asked DynamoDB for anything while the queue drained: what was counted is its own.
    const after = dynamoRequestCount(p.dynamo.endpoint)
    expect(p.matchingThreadStarted()).toBe(true)
    expect(after.total - before.total).toBeGreaterThan(10)
    expect((after.byOperation.BatchWriteItem ?? 0) - (before.byOperation.BatchWriteItem ?? 0)).toBeGreaterThan(0)

    const done = (await coordinator.get(`${runs}/${started.body.id}`)).body
    expect(done).toMatchObject({ status: 'completed', losses: 'ready', lossesProgress: null })
    expect(done.summary.lossesInvocations).toBeGreaterThan(1)
  })
})
