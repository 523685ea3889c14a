import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { matchingWorker, processRun, type MatchingRunMessage } from '@binome/functions'
import type { Data, MatchingRunRecord } from '@binome/data'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
const runs = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`
const logger = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} } as never

beforeAll(async () => {
  // Through the queue, each invocation writes one chunk of 2 mentees' alternatives, then hands over to a continuation;
  // the queue hands the batches to the worker's thread, as `pnpm start` does.
  p = await testPlatform({ matchingLosses: { budgetMs: 0, chunk: 2 }, matchingThread: true })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

/** A run recorded as the API records it, without a message in the queue, so that the test delivers it itself. */
async function recordRun(): Promise<MatchingRunRecord> {
  const run: MatchingRunRecord = {
    id: `run-${Math.random().toString(36).slice(2, 10)}`, programmeId: PLS_PROGRAMME, status: 'queued', requestedBy: 'coordination-mentoryou',
    objective: 'max-matched', minScore: 0, rulesVersion: 1, createdAt: new Date().toISOString(), startedAt: null, completedAt: null, attempts: 0,
    resultAttempt: null, error: null, progress: null, summary: null, version: 1,
  }
  await tenant().runs.create(run)
  return run
}
const tenant = () => p.deps.data.forTenant({ orgId: PLS, userId: 'test', role: 'admin' })
const msg = (run: MatchingRunRecord) => ({ orgId: PLS, programmeId: run.programmeId, runId: run.id })
const count = async (run: MatchingRunRecord) => (await coordinator.get(`${runs}/${run.id}/suggestions?limit=100`)).body.items.length

/** The run's mentees in the worker's order: suggested pairs by rank, then unmatched. */
async function menteesOf(runId: string): Promise<string[]> {
  const suggestions = (await coordinator.get(`${runs}/${runId}/suggestions?limit=100`)).body.items as { menteeId: string }[]
  const unmatched = (await coordinator.get(`${runs}/${runId}/unmatched?limit=100`)).body.items as { menteeId: string }[]
  return [...suggestions, ...unmatched].map((x) => x.menteeId)
}

/** The platform's data, counting the chunks of alternatives written. */
function countingAlternatives(data: Data, counted: () => void): Data {
  return {
    ...data,
    forTenant: (ctx) => {
      const t = data.forTenant(ctx)
      return { ...t, runs: { ...t.runs, writeAlternatives: async (...args) => (counted(), t.runs.writeAlternatives(...args)) } }
    },
  }
}

/** The platform's data, except that writing a run's result stops (as a crash would) after the first five pairs. */
function crashingMidWrite(data: Data): Data {
  return {
    ...data,
    forTenant: (ctx) => {
      const t = data.forTenant(ctx)
      return {
        ...t,
        runs: {
          ...t.runs,
          writeResult: async (run, attempt, result) => {
            await t.runs.writeResult(run, attempt, { suggestions: result.suggestions.slice(0, 5), unmatched: [] })
            throw new Error('worker killed mid-write')
          },
        },
      }
    },
  }
}

type SQSEvent = Parameters<ReturnType<typeof matchingWorker>>[0]
type Context = Parameters<ReturnType<typeof matchingWorker>>[1]

/** The platform's data, recording every state of the run the worker writes. */
function recording(data: Data, seen: MatchingRunRecord[]): Data {
  return {
    ...data,
    forTenant: (ctx) => {
      const t = data.forTenant(ctx)
      return { ...t, runs: { ...t.runs, replace: async (r) => (await t.runs.replace(r), void seen.push(r)) } }
    },
  }
}

const sqsEvent = (bodies: string[]): SQSEvent => ({
  Records: bodies.map((body, i) => ({
    messageId: `m${i}`, receiptHandle: `r${i}`, body, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-west-1:0:binome-matching',
    awsRegion: 'eu-west-1', messageAttributes: {},
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'x', ApproximateFirstReceiveTimestamp: '0' },
  })),
})

describe('the matching worker', () => {
  it('a message delivered twice writes one result', async () => {
    const run = await recordRun()
    await processRun({ ...p.deps, logger }, msg(run), 1)
    const first = await tenant().runs.get(run.programmeId, run.id)
    await processRun({ ...p.deps, logger }, msg(run), 2)
    const again = await tenant().runs.get(run.programmeId, run.id)
    expect(again).toEqual(first)
    expect(again.attempts).toBe(1)
    expect(await count(run)).toBe(first.summary!.matched)
  })

  it('the run shows its stage and percentage while it works, and its timings once done', async () => {
    const run = await recordRun()
    const seen: MatchingRunRecord[] = []
    await processRun({ ...p.deps, data: recording(p.deps.data, seen), logger }, msg(run), 1)
    const stages = seen.map((r) => r.progress?.stage ?? r.status)
    expect(stages[0]).toBe('loading')
    expect(stages).toEqual(expect.arrayContaining(['computing', 'writing']))
    expect(stages.at(-1)).toBe('completed')
    const percents = seen.flatMap((r) => (r.progress ? [r.progress.percent] : []))
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(Math.max(...percents)).toBeLessThan(100)
    const done = (await coordinator.get(`${runs}/${run.id}`)).body
    expect(done.progress).toBeNull()
    // The alternatives' losses follow the completion; their time too.
    expect(done.losses).toBe('ready')
    expect(done.summary.timings).toEqual({ loadMs: expect.any(Number), computeMs: expect.any(Number), writeMs: expect.any(Number), lossesMs: expect.any(Number) })
  })

  it('two deliveries at the same moment: one does the work, the result is whole', async () => {
    const run = await recordRun()
    await Promise.all([processRun({ ...p.deps, logger }, msg(run), 1), processRun({ ...p.deps, logger }, msg(run), 1)])
    const done = await tenant().runs.get(run.programmeId, run.id)
    expect(done.status).toBe('completed')
    expect(await count(run)).toBe(done.summary!.matched)
  })

  it('a crash mid-write leaves nothing half-visible, and the next delivery completes the run', async () => {
    const run = await recordRun()
    await expect(processRun({ ...p.deps, data: crashingMidWrite(p.deps.data), logger }, msg(run), 1)).rejects.toThrow('mid-write')
    const crashed = await tenant().runs.get(run.programmeId, run.id)
    expect(crashed).toMatchObject({ status: 'queued', resultAttempt: null, summary: null })
    expect(await count(run)).toBe(0)

    await processRun({ ...p.deps, logger }, msg(run), 2)
    const done = await tenant().runs.get(run.programmeId, run.id)
    expect(done).toMatchObject({ status: 'completed', attempts: 2, resultAttempt: 2 })
    expect(await count(run)).toBe(done.summary!.matched)
  })

  it('the last failed attempt marks the run failed with its reason; the coordinator retries it', async () => {
    const run = await recordRun()
    await expect(processRun({ ...p.deps, data: crashingMidWrite(p.deps.data), logger }, msg(run), 5)).rejects.toThrow()
    const failed = (await coordinator.get(`${runs}/${run.id}`)).body
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/could not be computed/)

    const retried = await coordinator.post(`${runs}/${run.id}/retry`, {})
    expect(retried.status).toBe(202)
    expect(retried.body.status).toBe('queued')
    await p.drain()
    const done = (await coordinator.get(`${runs}/${run.id}`)).body
    expect(done).toMatchObject({ status: 'completed', error: null })
    expect(await count(run)).toBe(done.summary.matched)
  })

  it('alternatives never end partial for lack of time: continuations through the queue carry them to ready, as an unlimited budget would', async () => {
    const started = await coordinator.post(runs, { objective: 'max-matched' })
    expect(started.status).toBe(202)
    await p.drain()
    const chained = (await coordinator.get(`${runs}/${started.body.id}`)).body
    expect(chained).toMatchObject({ status: 'completed', losses: 'ready', lossesProgress: null })
    // 2 mentees an invocation: a pool of more than 6 takes the first invocation and at least 3 continuations.
    expect(chained.summary.mentees).toBeGreaterThan(6)
    expect(chained.summary.lossesInvocations).toBe(Math.ceil(chained.summary.mentees / 2))

    const whole = await recordRun()
    await processRun({ ...p.deps, logger }, msg(whole), 1, { lossesBudgetMs: 600_000 })
    expect((await tenant().runs.get(whole.programmeId, whole.id)).summary?.lossesInvocations).toBe(1)
    for (const menteeId of await menteesOf(chained.id)) {
      const a = await coordinator.get(`${runs}/${chained.id}/mentees/${menteeId}/alternatives`)
      const b = await coordinator.get(`${runs}/${whole.id}/mentees/${menteeId}/alternatives`)
      expect(a.status).toBe(200)
      expect(a.body).toEqual(b.body)
    }
  })

  it('a continuation delivered twice at once is carried on by one delivery, which writes each chunk once; a late one does nothing', async () => {
    const run = await recordRun()
    const sent: MatchingRunMessage[] = []
    let writes = 0
    const deps = { ...p.deps, logger, data: countingAlternatives(p.deps.data, () => writes++), matchingQueue: { send: async (m: MatchingRunMessage) => void sent.push(m) } }
    const opts = { lossesBudgetMs: 0, lossesChunk: 2 }
    await processRun(deps, msg(run), 1, opts)
    const first = await tenant().runs.get(run.programmeId, run.id)
    expect(first).toMatchObject({ status: 'completed', losses: 'computing', lossesCursor: { done: 2, claimedAt: null, continuations: 1 } })
    expect((await coordinator.get(`${runs}/${run.id}`)).body.lossesProgress).toEqual({ done: 2, total: first.summary!.mentees })
    expect(sent).toEqual([{ ...msg(run), lossesFrom: 2 }])
    expect(writes).toBe(1)

    await Promise.all([processRun(deps, sent[0]!, 1, opts), processRun(deps, sent[0]!, 1, opts)])
    expect(sent.map((m) => m.lossesFrom)).toEqual([2, 4])
    expect(writes).toBe(2)
    expect((await tenant().runs.get(run.programmeId, run.id)).lossesCursor).toMatchObject({ done: 4, claimedAt: null })

    // The rest of the chain, one message at a time, then the first continuation again: nothing more is written.
    for (let i = 1; i < sent.length; i++) await processRun(deps, sent[i]!, 1, opts)
    const done = await tenant().runs.get(run.programmeId, run.id)
    expect(done).toMatchObject({ losses: 'ready', lossesCursor: null })
    const writesDone = writes
    await processRun(deps, sent[0]!, 2, opts)
    expect(writes).toBe(writesDone)
    expect(await tenant().runs.get(run.programmeId, run.id)).toEqual(done)
  })

  it('a continuation whose pool changed since the run stops the alternatives partial; those written stay readable', async () => {
    const run = await recordRun()
    const sent: MatchingRunMessage[] = []
    const deps = { ...p.deps, logger, matchingQueue: { send: async (m: MatchingRunMessage) => void sent.push(m) } }
    await processRun(deps, msg(run), 1, { lossesBudgetMs: 0, lossesChunk: 2 })
    const stored = await tenant().runs.get(run.programmeId, run.id)
    // As if a mentee had changed their answers: the stored digest no longer names the pool's input.
    await tenant().runs.replace({ ...stored, lossesCursor: { ...stored.lossesCursor!, input: 'another pool' }, version: stored.version + 1 })
    await processRun(deps, sent[0]!, 1, { lossesBudgetMs: 0, lossesChunk: 2 })
    const after = (await coordinator.get(`${runs}/${run.id}`)).body
    expect(after).toMatchObject({ losses: 'partial', lossesProgress: null })
    const [firstMentee] = await menteesOf(run.id)
    expect((await coordinator.get(`${runs}/${run.id}/mentees/${firstMentee}/alternatives`)).status).toBe(200)
  })

  it('reports a poison message and a failed run as partial batch failures, and completes the good one', async () => {
    const good = await recordRun()
    const worker = matchingWorker({ ...p.deps, logger })
    const res = await worker(
      sqsEvent([JSON.stringify(msg(good)), 'not json', JSON.stringify({ orgId: PLS, programmeId: PLS_PROGRAMME, runId: 'no-such-run' })]),
      {} as Context,
    )
    expect(res.batchItemFailures.map((f) => f.itemIdentifier).sort()).toEqual(['m1', 'm2'])
    expect((await tenant().runs.get(good.programmeId, good.id)).status).toBe('completed')
  })
})
