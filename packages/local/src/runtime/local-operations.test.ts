import { afterEach, describe, expect, it } from 'vitest'
import { ErrorLedger, localOperations } from './local-operations'
import { createLocalQueue, type LocalQueue } from './queue'

const fast = { batchSize: 3, visibilityTimeoutSeconds: 30, maxReceiveCount: 2, backoff: { baseMs: 2, maxMs: 10 } }
const opened: LocalQueue[] = []
afterEach(async () => {
  while (opened.length) await opened.pop()!.close()
})

describe('the local operations probe', () => {
  it('shows dead letters, and a redrive sends them back to be tried again', async () => {
    let failing = true
    const done: string[] = []
    const queue = createLocalQueue({
      name: 'ops-test', settings: fast, logger: { warn: () => {}, error: () => {} },
      handler: async (event) => {
        if (failing) throw new Error('poison')
        done.push(...event.Records.map((r) => r.body))
      },
    })
    opened.push(queue)
    const ops = localOperations(queue, new ErrorLedger())
    queue.send('a')
    queue.send('b')
    await queue.drain()
    expect(await ops.queues()).toEqual([{ name: 'matching', waiting: 0, inFlight: 0, deadLetters: 2 }])
    failing = false
    expect(await ops.redrive('matching')).toEqual({ moved: 2 })
    await queue.drain()
    expect(done.sort()).toEqual(['a', 'b'])
    expect(await ops.queues()).toEqual([{ name: 'matching', waiting: 0, inFlight: 0, deadLetters: 0 }])
  })

  it('counts failures by service within the window asked, forgetting what is older than a day', () => {
    const ledger = new ErrorLedger()
    const t0 = Date.parse('2026-11-30T10:00:00Z')
    ledger.record('api-onboarding', t0)
    ledger.record('api-onboarding', t0 + 1000)
    ledger.record('matching-worker', t0 + 2000)
    expect(ledger.counts(new Date(t0), new Date(t0 + 5000))).toEqual({ 'api-onboarding': 2, 'matching-worker': 1 })
    expect(ledger.counts(new Date(t0 + 1500), new Date(t0 + 5000))).toEqual({ 'api-onboarding': 0, 'matching-worker': 1 })
    ledger.record('api-onboarding', t0 + 25 * 3600_000)
    expect(ledger.counts(new Date(t0), new Date(t0 + 26 * 3600_000))['api-onboarding']).toBe(1)
  })

  it('stays bounded however many failures arrive', () => {
    const ledger = new ErrorLedger(3600_000, 100)
    for (let i = 0; i < 1000; i++) ledger.record('api-matching', i)
    expect(ledger.counts(new Date(0), new Date(10_000))['api-matching']).toBe(100)
  })
})
