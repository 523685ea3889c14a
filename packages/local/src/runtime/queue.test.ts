import { createHash } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda'
import { spawnTsx, waitForExit, waitForOutput } from './test-fixtures/child-process'
import { createLocalQueue, type CreateLocalQueueOptions, type LocalQueue, type SqsBatchHandler } from './queue'

const fast = { batchSize: 3, visibilityTimeoutSeconds: 30, maxReceiveCount: 3, backoff: { baseMs: 2, maxMs: 20 } }
const opened: LocalQueue[] = []
const folders: string[] = []

function silentLogger() {
  const lines: string[] = []
  return { lines, warn: (line: string) => lines.push(line), error: (line: string) => lines.push(line) }
}

function queueWith(handler: SqsBatchHandler, overrides: Partial<CreateLocalQueueOptions> = {}): LocalQueue {
  const queue = createLocalQueue({ name: 'test-queue', settings: fast, handler, logger: silentLogger(), ...overrides })
  opened.push(queue)
  return queue
}

async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'binome-queue-'))
  folders.push(dir)
  return dir
}

afterEach(async () => {
  for (const queue of opened.splice(0)) await queue.close()
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('createLocalQueue: delivery', () => {
  it('delivers the SQSRecord shape Lambda delivers', async () => {
    const events: SQSEvent[] = []
    const queue = queueWith(async (event) => { events.push(event) })
    const before = Date.now()
    const sent = queue.send('{"hello":"world"}', {
      messageAttributes: { kind: { DataType: 'String', StringValue: 'match' }, raw: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2]) } },
    })
    await queue.drain()
    const record = events[0]!.Records[0]!
    expect(record).toEqual({
      messageId: sent.messageId,
      receiptHandle: expect.any(String),
      body: '{"hello":"world"}',
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: expect.stringMatching(/^\d{13}$/),
        SenderId: expect.any(String),
        ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d{13}$/),
      },
      messageAttributes: {
        kind: { stringValue: 'match', stringListValues: [], binaryListValues: [], dataType: 'String' },
        raw: { binaryValue: 'AQI=', stringListValues: [], binaryListValues: [], dataType: 'Binary' },
      },
      md5OfBody: createHash('md5').update('{"hello":"world"}').digest('hex'),
      md5OfMessageAttributes: sent.md5OfMessageAttributes,
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-3:000000000000:test-queue',
      awsRegion: 'eu-west-3',
    })
    expect(Number(record.attributes.SentTimestamp)).toBeGreaterThanOrEqual(before)
    expect(sent.md5OfBody).toBe(record.md5OfBody)
  })

  it('computes the message-attribute digest with SQS\'s algorithm', () => {
    const queue = queueWith(async () => {})
    // Reference digest computed independently from the documented encoding.
    const encode = (parts: Array<Buffer>) => createHash('md5').update(Buffer.concat(parts)).digest('hex')
    const lp = (text: string) => { const b = Buffer.from(text); const l = Buffer.alloc(4); l.writeUInt32BE(b.length); return Buffer.concat([l, b]) }
    const expected = encode([lp('a'), lp('Number'), Buffer.from([1]), lp('7'), lp('b'), lp('String'), Buffer.from([1]), lp('x')])
    const sent = queue.send('x', { messageAttributes: { b: { DataType: 'String', StringValue: 'x' }, a: { DataType: 'Number', StringValue: '7' } } })
    expect(sent.md5OfMessageAttributes).toBe(expected)
  })

  it('delivers in batches of at most batchSize, each message once', async () => {
    const batches: string[][] = []
    const queue = queueWith(async (event) => { batches.push(event.Records.map((r) => r.body)) })
    for (let i = 0; i < 7; i++) queue.send(`m${i}`)
    await queue.drain()
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1])
    expect(batches.flat().sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6'])
  })

  it('hands the handler a Lambda context whose remaining time counts down from the worker timeout', async () => {
    let remaining = 0
    let functionName = ''
    const queue = queueWith(async (_event, context) => {
      remaining = context.getRemainingTimeInMillis()
      functionName = context.functionName
    }, { settings: { ...fast, workerTimeoutSeconds: 20 } })
    queue.send('x')
    await queue.drain()
    expect(remaining).toBeGreaterThan(19_000)
    expect(remaining).toBeLessThanOrEqual(20_000)
    expect(functionName).toBe('test-queue')
  })

  it('holds a delayed message back', async () => {
    const receivedAt: number[] = []
    const queue = queueWith(async () => { receivedAt.push(Date.now()) })
    const sentAt = Date.now()
    queue.send('later', { delaySeconds: 1 })
    expect(queue.counts()).toEqual({ pending: 1, inFlight: 0, deadLetters: 0 })
    await queue.drain()
    expect(receivedAt[0]! - sentAt).toBeGreaterThanOrEqual(990)
  })
})

describe('createLocalQueue: failures', () => {
  it('retries the whole batch when the handler throws, counting receives', async () => {
    const seen: Array<{ body: string; count: string }> = []
    let calls = 0
    const queue = queueWith(async (event) => {
      calls += 1
      for (const r of event.Records) seen.push({ body: r.body, count: r.attributes.ApproximateReceiveCount })
      if (calls === 1) throw new Error('transient')
    })
    queue.send('a')
    queue.send('b')
    await queue.drain()
    expect(seen).toEqual([
      { body: 'a', count: '1' }, { body: 'b', count: '1' },
      { body: 'a', count: '2' }, { body: 'b', count: '2' },
    ])
    expect(queue.counts()).toEqual({ pending: 0, inFlight: 0, deadLetters: 0 })
  })

  it('retries only the items named in batchItemFailures', async () => {
    const deliveries: string[] = []
    const queue = queueWith(async (event): Promise<SQSBatchResponse> => {
      deliveries.push(...event.Records.map((r) => r.body))
      const failing = event.Records.filter((r) => r.body === 'bad' && r.attributes.ApproximateReceiveCount === '1')
      return { batchItemFailures: failing.map((r) => ({ itemIdentifier: r.messageId })) }
    })
    queue.send('good')
    queue.send('bad')
    queue.send('fine')
    await queue.drain()
    expect(deliveries).toEqual(['good', 'bad', 'fine', 'bad'])
  })

  it('treats batchItemFailures naming an unknown id as a failure of the whole batch', async () => {
    const deliveries: string[] = []
    const queue = queueWith(async (event): Promise<SQSBatchResponse> => {
      deliveries.push(...event.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`))
      return event.Records[0]!.attributes.ApproximateReceiveCount === '1' ? { batchItemFailures: [{ itemIdentifier: 'not-in-batch' }] } : { batchItemFailures: [] }
    })
    queue.send('x')
    queue.send('y')
    await queue.drain()
    expect(deliveries).toEqual(['x#1', 'y#1', 'x#2', 'y#2'])
  })

  it('backs off exponentially between retries', async () => {
    const times: number[] = []
    const queue = queueWith(async () => {
      times.push(Date.now())
      if (times.length < 4) throw new Error('again')
    }, { settings: { batchSize: 1, visibilityTimeoutSeconds: 30, maxReceiveCount: 5, backoff: { baseMs: 40, maxMs: 1000 } } })
    queue.send('x')
    await queue.drain()
    const gaps = times.slice(1).map((t, i) => t - times[i]!)
    // 40, 80, 160 ms: each wait at least its back-off (timers never fire early).
    expect(gaps[0]).toBeGreaterThanOrEqual(39)
    expect(gaps[1]).toBeGreaterThanOrEqual(79)
    expect(gaps[2]).toBeGreaterThanOrEqual(159)
  })

  it('moves a message to the dead-letter store after maxReceiveCount failed receives, and redrives it', async () => {
    let failing = true
    const handled: string[] = []
    const logger = silentLogger()
    const queue = queueWith(async (event) => {
      if (failing) throw new Error('poison')
      handled.push(...event.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`))
    }, { logger })
    const { messageId } = queue.send('poison-pill')
    queue.send('x', { delaySeconds: 0 })
    await queue.drain()
    const letters = queue.deadLetters()
    expect(letters.map((l) => [l.messageId, l.receiveCount, l.lastError])).toEqual([
      [messageId, 3, 'Error: poison'],
      [expect.any(String), 3, 'Error: poison'],
    ])
    expect(queue.counts()).toEqual({ pending: 0, inFlight: 0, deadLetters: 2 })
    expect(logger.lines.some((line) => line.includes('dead-letter'))).toBe(true)

    expect(() => queue.redrive(['no-such-id'])).toThrow(/no-such-id/)
    expect(queue.counts().deadLetters).toBe(2)
    failing = false
    expect(queue.redrive([messageId])).toBe(1)
    await queue.drain()
    expect(handled).toEqual(['poison-pill#1'])
    expect(queue.deadLetters()).toHaveLength(1)
  })

  it('counts a handler running past the worker timeout as failed', async () => {
    let calls = 0
    const queue = queueWith(async () => {
      calls += 1
      if (calls === 1) await new Promise((resolve) => setTimeout(resolve, 1500))
    }, { settings: { batchSize: 1, visibilityTimeoutSeconds: 30, maxReceiveCount: 3, workerTimeoutSeconds: 1, backoff: { baseMs: 1 } } })
    queue.send('slow')
    await queue.drain()
    expect(calls).toBe(2)
  })
})

describe('createLocalQueue: durability', () => {
  it('keeps unprocessed messages and dead letters across a restart', async () => {
    const dataDir = await tempDir()
    const first = createLocalQueue({
      name: 'durable', dataDir, logger: silentLogger(), settings: { ...fast, maxReceiveCount: 1 },
      handler: async (event) => { if (event.Records.some((r) => r.body === 'poison')) throw new Error('bad') },
    })
    first.send('poison')
    await first.drain()
    first.send('later-1', { delaySeconds: 60 })
    first.send('later-2', { delaySeconds: 60 })
    await first.close()

    const bodies: string[] = []
    const second = createLocalQueue({
      name: 'durable', dataDir, logger: silentLogger(), settings: fast,
      handler: async (event) => { bodies.push(...event.Records.map((r) => r.body)) },
    })
    opened.push(second)
    expect(second.counts()).toEqual({ pending: 2, inFlight: 0, deadLetters: 1 })
    expect(second.deadLetters().map((l) => l.body)).toEqual(['poison'])
    second.redrive()
    await waitUntil(() => bodies.length > 0)
    // The redriven one is delivered now; the delayed ones keep their delay.
    expect(bodies).toEqual(['poison'])
    expect(second.counts()).toEqual({ pending: 2, inFlight: 0, deadLetters: 0 })
  })

  it('redelivers, with its receive count, a message whose batch was in flight when the process stopped', async () => {
    const dataDir = await tempDir()
    let release!: () => void
    const first = createLocalQueue({
      name: 'inflight', dataDir, logger: silentLogger(), settings: fast,
      handler: () => new Promise<void>((resolve) => { release = resolve }),
    })
    first.send('work')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(first.counts().inFlight).toBe(1)
    // Simulate the crash: reopen from the journal while the first instance is still mid-batch.
    const counts: string[] = []
    const second = createLocalQueue({
      name: 'inflight', dataDir, logger: silentLogger(), settings: fast,
      handler: async (event) => { counts.push(...event.Records.map((r) => r.attributes.ApproximateReceiveCount)) },
    })
    opened.push(second)
    await second.drain()
    expect(counts).toEqual(['2'])
    release()
    await first.close()
  })
})

describe('createLocalQueue: crash', () => {
  it('delivers every acknowledged message after the process was killed with SIGKILL', async () => {
    const dataDir = await tempDir()
    const child = spawnTsx(fileURLToPath(new URL('./test-fixtures/queue-crash-child.ts', import.meta.url)), [dataDir])
    const exited = waitForExit(child)
    await waitForOutput(child, 'sent {"pending":3,"inFlight":2,"deadLetters":0}')
    child.kill('SIGKILL')
    expect((await exited).signal).toBe('SIGKILL')

    const delivered: string[] = []
    const queue = queueWith(async (event) => {
      delivered.push(...event.Records.map((r) => `${r.body}#${r.attributes.ApproximateReceiveCount}`))
    }, { name: 'crash-queue', dataDir, settings: { ...fast, batchSize: 10 } })
    await queue.drain()
    // The batch in flight at the crash comes back with its receive already counted.
    expect(delivered.sort()).toEqual(['message-0#2', 'message-1#2', 'message-2#1', 'message-3#1', 'message-4#1'])
  })
})

describe('createLocalQueue: bad input', () => {
  it('refuses invalid settings, naming the field', () => {
    const handler = async () => {}
    expect(() => createLocalQueue({ name: 'q', handler, settings: { ...fast, batchSize: 0 } })).toThrow(/settings\.batchSize/)
    expect(() => createLocalQueue({ name: 'bad name!', handler, settings: fast })).toThrow(/name/)
    expect(() => createLocalQueue({ name: 'q', handler, settings: { ...fast, visibilityTimeoutSeconds: 10, workerTimeoutSeconds: 20 } })).toThrow(/workerTimeoutSeconds/)
  })

  it('refuses an empty body, bad characters, bad attributes and bad delays without enqueuing', () => {
    const queue = queueWith(async () => {})
    expect(() => queue.send('')).toThrow(/MessageBody/)
    expect(() => queue.send('a\u0000b')).toThrow(/characters/)
    expect(() => queue.send('x', { messageAttributes: { n: { DataType: 'Number', StringValue: 'abc' } } })).toThrow(/'n'/)
    expect(() => queue.send('x', { messageAttributes: { s: { DataType: 'Text', StringValue: 'abc' } } })).toThrow(/'s'/)
    expect(() => queue.send('x', { delaySeconds: 901 })).toThrow(/DelaySeconds/)
    expect(() => queue.send('x'.repeat(1024 * 1024 + 1))).toThrow(/at most/)
    expect(queue.counts().pending).toBe(0)
  })
})
