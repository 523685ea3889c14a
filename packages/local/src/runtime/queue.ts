/**
 * An in-process SQS queue with a Lambda event source mapping in front of the worker handler: the same
 * `SQSEvent` records, batching, ReportBatchItemFailures semantics, retries with exponential back-off and a
 * dead-letter store after `maxReceiveCount` failed receives. Durable when given a data folder.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { Context, SQSBatchResponse, SQSEvent, SQSMessageAttributes, SQSRecord } from 'aws-lambda'
import { AppendJournal } from './append-journal'
import { createLambdaContext } from './lambda-context'
import { LOCAL_ACCOUNT_ID, LOCAL_AWS_REGION } from './local-aws'
import {
  md5OfBody,
  md5OfMessageAttributes,
  SqsInputError,
  toRecordAttributes,
  validateBody,
  validateMessageAttributes,
  type MessageAttributeInput,
} from './sqs-message'

export interface LocalQueueSettings {
  /** Most messages per handler invocation (the event source mapping's BatchSize). */
  batchSize: number
  /** Cap of the retry back-off, and the handler timeout when `workerTimeoutSeconds` is absent. */
  visibilityTimeoutSeconds: number
  /** After this many failed receives a message moves to the dead-letter store. */
  maxReceiveCount: number
  /** The worker Lambda's timeout: a handler running longer counts as failed, as on Lambda. */
  workerTimeoutSeconds?: number
  /** Retry delay after the n-th failed receive: `min(maxMs, baseMs * 2^(n-1))`. Defaults: 1 s, the visibility timeout. */
  backoff?: { baseMs?: number; maxMs?: number }
}

export type SqsBatchHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | void>

export interface QueueLogger {
  warn(message: string): void
  error(message: string): void
}

export interface CreateLocalQueueOptions {
  /** Queue name: letters, digits, `-` and `_`, at most 80 characters (as SQS). */
  name: string
  settings: LocalQueueSettings
  handler: SqsBatchHandler
  /** When given, messages live in `<dataDir>/queues/<name>.jsonl` and survive restarts and crashes. */
  dataDir?: string
  /** Batches handled at the same time (Lambda may run several); 1 by default. */
  concurrency?: number
  logger?: QueueLogger
}

export interface SendMessageOptions {
  messageAttributes?: Record<string, MessageAttributeInput>
  /** 0..900, as SQS's DelaySeconds. */
  delaySeconds?: number
}

export interface SentMessage {
  messageId: string
  md5OfBody: string
  md5OfMessageAttributes?: string
}

export interface DeadLetter {
  messageId: string
  body: string
  messageAttributes: SQSMessageAttributes
  md5OfMessageAttributes?: string
  receiveCount: number
  sentTimestamp: number
  deadAt: number
  /** Why the last receive failed (thrown error, timeout, or reported as a batch item failure). */
  lastError: string
}

export interface QueueCounts {
  /** Waiting for delivery, including those in back-off. */
  pending: number
  inFlight: number
  deadLetters: number
}

export interface LocalQueue {
  readonly name: string
  readonly arn: string
  readonly url: string
  /** Enqueues a message (durably, when the queue has a data folder) and returns its id and digests. */
  send(body: string, options?: SendMessageOptions): SentMessage
  /** Resolves once no message is pending or in flight (dead letters excluded). */
  drain(): Promise<void>
  /** Stops delivering, waits for batches in flight, closes the journal. */
  close(): Promise<void>
  counts(): QueueCounts
  deadLetters(): DeadLetter[]
  /** Moves dead letters (all, or the given ids) back into the queue with a fresh receive count. */
  redrive(messageIds?: string[]): number
}

interface StoredMessage {
  messageId: string
  body: string
  md5OfBody: string
  md5OfMessageAttributes?: string
  messageAttributes: SQSMessageAttributes
  sentTimestamp: number
  receiveCount: number
  firstReceiveTimestamp?: number
  availableAt: number
}

type QueueRecord =
  | { type: 'send'; message: StoredMessage }
  | { type: 'receive'; messageId: string; receiveCount: number; firstReceiveTimestamp: number }
  | { type: 'delete'; messageId: string }
  | { type: 'dead'; messageId: string; deadAt: number; lastError: string }
  | { type: 'redrive'; messageId: string; availableAt: number }

const SENDER_ID = 'AIDALOCALPLATFORM0000'

/**
 * Creates the queue and starts delivering to `handler` (including messages left from a previous run).
 *
 * @example
 * const queue = createLocalQueue({ name: 'matching', settings: matchingQueueSettings, handler: worker, dataDir })
 * queue.send(JSON.stringify({ orgId, programmeId }))
 * await queue.drain()
 * await queue.close()
 */
export function createLocalQueue(options: CreateLocalQueueOptions): LocalQueue {
  validateQueueOptions(options)
  const { name, settings, handler, concurrency = 1, logger = console } = options
  const arn = `arn:aws:sqs:${LOCAL_AWS_REGION}:${LOCAL_ACCOUNT_ID}:${name}`
  const url = `https://sqs.${LOCAL_AWS_REGION}.amazonaws.com/${LOCAL_ACCOUNT_ID}/${name}`
  const handlerTimeoutMs = (settings.workerTimeoutSeconds ?? settings.visibilityTimeoutSeconds) * 1000
  const backoffBaseMs = settings.backoff?.baseMs ?? 1000
  const backoffMaxMs = settings.backoff?.maxMs ?? settings.visibilityTimeoutSeconds * 1000

  /** Insertion order is delivery order; a redriven or retried message keeps its place. */
  const messages = new Map<string, StoredMessage>()
  const dead = new Map<string, DeadLetter>()
  const inFlight = new Set<string>()
  const runningBatches = new Set<Promise<void>>()
  let idleWaiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = []
  let wakeTimer: NodeJS.Timeout | undefined
  let closed = false

  let journal: AppendJournal<QueueRecord> | undefined
  if (options.dataDir) {
    const opened = AppendJournal.open<QueueRecord>(join(options.dataDir, 'queues', `${name}.jsonl`))
    journal = opened.journal
    for (const record of opened.records) replay(record)
    journal.rewrite(snapshotRecords())
  }

  function replay(record: QueueRecord): void {
    if (record.type === 'send') messages.set(record.message.messageId, record.message)
    else if (record.type === 'receive') {
      const message = messages.get(record.messageId)
      if (message) Object.assign(message, { receiveCount: record.receiveCount, firstReceiveTimestamp: record.firstReceiveTimestamp })
    } else if (record.type === 'delete') messages.delete(record.messageId)
    else if (record.type === 'dead') {
      const message = messages.get(record.messageId)
      if (message) {
        messages.delete(record.messageId)
        dead.set(record.messageId, deadLetterOf(message, record.deadAt, record.lastError))
      }
    } else if (record.type === 'redrive') {
      const letter = dead.get(record.messageId)
      if (letter) {
        dead.delete(record.messageId)
        messages.set(record.messageId, messageOf(letter, record.availableAt))
      }
    }
  }

  function snapshotRecords(): QueueRecord[] {
    const records: QueueRecord[] = [...messages.values()].map((message) => ({ type: 'send', message }))
    for (const letter of dead.values()) {
      records.push({ type: 'send', message: messageOf(letter, letter.deadAt) })
      records.push({ type: 'dead', messageId: letter.messageId, deadAt: letter.deadAt, lastError: letter.lastError })
    }
    return records
  }

  function deadLetterOf(message: StoredMessage, deadAt: number, lastError: string): DeadLetter {
    const { messageId, body, messageAttributes, md5OfMessageAttributes, receiveCount, sentTimestamp } = message
    return { messageId, body, messageAttributes, ...(md5OfMessageAttributes ? { md5OfMessageAttributes } : {}), receiveCount, sentTimestamp, deadAt, lastError }
  }

  function messageOf(letter: DeadLetter, availableAt: number): StoredMessage {
    return {
      messageId: letter.messageId,
      body: letter.body,
      md5OfBody: md5OfBody(letter.body),
      ...(letter.md5OfMessageAttributes ? { md5OfMessageAttributes: letter.md5OfMessageAttributes } : {}),
      messageAttributes: letter.messageAttributes,
      sentTimestamp: letter.sentTimestamp,
      receiveCount: letter.receiveCount,
      availableAt,
    }
  }

  function toRecord(message: StoredMessage): SQSRecord {
    return {
      messageId: message.messageId,
      receiptHandle: Buffer.from(`${message.messageId} ${randomUUID()} ${message.receiveCount}`).toString('base64'),
      body: message.body,
      attributes: {
        ApproximateReceiveCount: String(message.receiveCount),
        SentTimestamp: String(message.sentTimestamp),
        SenderId: SENDER_ID,
        ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp ?? Date.now()),
      },
      messageAttributes: message.messageAttributes,
      md5OfBody: message.md5OfBody,
      ...(message.md5OfMessageAttributes ? { md5OfMessageAttributes: message.md5OfMessageAttributes } : {}),
      eventSource: 'aws:sqs',
      eventSourceARN: arn,
      awsRegion: LOCAL_AWS_REGION,
    }
  }

  function pump(): void {
    if (closed) return
    while (runningBatches.size < concurrency) {
      const now = Date.now()
      const batch: StoredMessage[] = []
      for (const message of messages.values()) {
        if (!inFlight.has(message.messageId) && message.availableAt <= now) batch.push(message)
        if (batch.length === settings.batchSize) break
      }
      if (batch.length === 0) break
      startBatch(batch)
    }
    armWakeTimer()
  }

  function armWakeTimer(): void {
    if (wakeTimer) clearTimeout(wakeTimer)
    wakeTimer = undefined
    if (closed || runningBatches.size >= concurrency) return
    let earliest = Infinity
    for (const message of messages.values()) {
      if (!inFlight.has(message.messageId)) earliest = Math.min(earliest, message.availableAt)
    }
    if (earliest === Infinity) return
    wakeTimer = setTimeout(pump, Math.max(0, earliest - Date.now()))
  }

  function startBatch(batch: StoredMessage[]): void {
    const now = Date.now()
    for (const message of batch) {
      inFlight.add(message.messageId)
      message.receiveCount += 1
      message.firstReceiveTimestamp ??= now
      journal?.append({ type: 'receive', messageId: message.messageId, receiveCount: message.receiveCount, firstReceiveTimestamp: message.firstReceiveTimestamp })
    }
    const running: Promise<void> = invoke(batch).then((outcome) => settle(batch, outcome)).finally(() => {
      runningBatches.delete(running)
      notifyIfIdle()
      pump()
    })
    runningBatches.add(running)
  }

  type Outcome = { result: SQSBatchResponse | void } | { error: string }

  async function invoke(batch: StoredMessage[]): Promise<Outcome> {
    const event: SQSEvent = { Records: batch.map(toRecord) }
    const context = createLambdaContext({ functionName: name, timeoutMs: handlerTimeoutMs })
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<Outcome>((resolve) => {
      timer = setTimeout(() => resolve({ error: `Task timed out after ${handlerTimeoutMs / 1000} seconds` }), handlerTimeoutMs)
    })
    try {
      const run = Promise.resolve()
        .then(() => handler(event, context))
        .then((result): Outcome => ({ result }), (error: unknown): Outcome => ({ error: describeError(error) }))
      return await Promise.race([run, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  function settle(batch: StoredMessage[], outcome: Outcome): void {
    const ids = new Set(batch.map((message) => message.messageId))
    let failed: Set<string>
    let reason: string
    if ('error' in outcome) {
      failed = ids
      reason = outcome.error
      logger.warn(`[queue ${name}] handler failed for ${batch.length} message(s): ${reason}`)
    } else {
      const reported = Array.isArray(outcome.result?.batchItemFailures) ? outcome.result.batchItemFailures : []
      const reportedIds = reported.map((failure) => failure?.itemIdentifier)
      if (reportedIds.some((id) => typeof id !== 'string' || !ids.has(id))) {
        // Lambda treats a response naming an unknown or empty id as a failure of the whole batch.
        failed = ids
        reason = `batchItemFailures names an id outside the batch: ${JSON.stringify(reportedIds)}`
        logger.warn(`[queue ${name}] ${reason}`)
      } else {
        failed = new Set(reportedIds as string[])
        reason = 'reported in batchItemFailures'
      }
    }
    const now = Date.now()
    for (const message of batch) {
      inFlight.delete(message.messageId)
      if (!messages.has(message.messageId)) continue
      if (!failed.has(message.messageId)) {
        messages.delete(message.messageId)
        journal?.append({ type: 'delete', messageId: message.messageId })
      } else if (message.receiveCount >= settings.maxReceiveCount) {
        messages.delete(message.messageId)
        dead.set(message.messageId, deadLetterOf(message, now, reason))
        journal?.append({ type: 'dead', messageId: message.messageId, deadAt: now, lastError: reason }, { sync: true })
        logger.error(`[queue ${name}] message ${message.messageId} moved to the dead-letter store after ${message.receiveCount} receives: ${reason}`)
      } else {
        message.availableAt = now + Math.min(backoffMaxMs, backoffBaseMs * 2 ** (message.receiveCount - 1))
      }
    }
  }

  function isIdle(): boolean {
    return messages.size === 0 && runningBatches.size === 0
  }

  function notifyIfIdle(): void {
    if (!isIdle()) return
    const waiters = idleWaiters
    idleWaiters = []
    for (const waiter of waiters) waiter.resolve()
  }

  const queue: LocalQueue = {
    name,
    arn,
    url,
    send(body, sendOptions = {}) {
      if (closed) throw new Error(`queue ${name} is closed`)
      validateBody(body)
      const attributes = sendOptions.messageAttributes ?? {}
      validateMessageAttributes(body, attributes)
      const delaySeconds = sendOptions.delaySeconds ?? 0
      if (!Number.isInteger(delaySeconds) || delaySeconds < 0 || delaySeconds > 900) {
        throw new SqsInputError('InvalidParameterValue', `DelaySeconds must be an integer in 0..900, got ${delaySeconds}.`)
      }
      const now = Date.now()
      const message: StoredMessage = {
        messageId: randomUUID(),
        body,
        md5OfBody: md5OfBody(body),
        messageAttributes: toRecordAttributes(attributes),
        sentTimestamp: now,
        receiveCount: 0,
        availableAt: now + delaySeconds * 1000,
      }
      const attributesDigest = md5OfMessageAttributes(attributes)
      if (attributesDigest) message.md5OfMessageAttributes = attributesDigest
      // Durable before acknowledged, as SQS: the fsync is what makes the send survive a crash.
      journal?.append({ type: 'send', message }, { sync: true })
      messages.set(message.messageId, message)
      // Deliver on the next turn so that several sends in a row can share a batch.
      queueMicrotask(pump)
      return { messageId: message.messageId, md5OfBody: message.md5OfBody, ...(attributesDigest ? { md5OfMessageAttributes: attributesDigest } : {}) }
    },
    drain() {
      if (isIdle()) return Promise.resolve()
      if (closed) return Promise.reject(new Error(`queue ${name} is closed with ${messages.size} message(s) pending`))
      return new Promise((resolve, reject) => idleWaiters.push({ resolve, reject }))
    },
    async close() {
      if (closed) return
      closed = true
      if (wakeTimer) clearTimeout(wakeTimer)
      await Promise.allSettled([...runningBatches])
      journal?.close()
      const waiters = idleWaiters
      idleWaiters = []
      for (const waiter of waiters) {
        if (isIdle()) waiter.resolve()
        else waiter.reject(new Error(`queue ${name} closed with ${messages.size} message(s) pending`))
      }
    },
    counts() {
      return { pending: messages.size - inFlight.size, inFlight: inFlight.size, deadLetters: dead.size }
    },
    deadLetters() {
      return [...dead.values()].map((letter) => ({ ...letter }))
    },
    redrive(messageIds) {
      if (closed) throw new Error(`queue ${name} is closed`)
      const ids = messageIds ?? [...dead.keys()]
      const unknown = ids.filter((id) => !dead.has(id))
      if (unknown.length > 0) throw new Error(`redrive: messageIds not in the dead-letter store: ${unknown.join(', ')}`)
      const now = Date.now()
      for (const id of ids) {
        const letter = dead.get(id)!
        dead.delete(id)
        messages.set(id, { ...messageOf(letter, now), receiveCount: 0 })
        journal?.append({ type: 'redrive', messageId: id, availableAt: now }, { sync: true })
      }
      pump()
      return ids.length
    },
  }
  pump()
  return queue
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error)
}

function validateQueueOptions(options: CreateLocalQueueOptions): void {
  const { name, settings, handler, concurrency } = options
  if (typeof name !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(name)) {
    throw new Error(`createLocalQueue: name must be 1-80 letters, digits, '-' or '_', got ${JSON.stringify(name)}`)
  }
  if (typeof handler !== 'function') throw new Error('createLocalQueue: handler must be a function')
  const integerIn = (field: string, value: unknown, min: number, max: number) => {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw new Error(`createLocalQueue: ${field} must be an integer in ${min}..${max}, got ${JSON.stringify(value)}`)
    }
  }
  if (!settings || typeof settings !== 'object') throw new Error('createLocalQueue: settings are required')
  integerIn('settings.batchSize', settings.batchSize, 1, 10_000)
  integerIn('settings.visibilityTimeoutSeconds', settings.visibilityTimeoutSeconds, 1, 43_200)
  integerIn('settings.maxReceiveCount', settings.maxReceiveCount, 1, 1000)
  // As AWS, which refuses an event source mapping whose queue hides messages for less than the function may run.
  if (settings.workerTimeoutSeconds !== undefined) integerIn('settings.workerTimeoutSeconds', settings.workerTimeoutSeconds, 1, Math.min(900, settings.visibilityTimeoutSeconds))
  if (settings.backoff?.baseMs !== undefined) integerIn('settings.backoff.baseMs', settings.backoff.baseMs, 0, 3_600_000)
  if (settings.backoff?.maxMs !== undefined) integerIn('settings.backoff.maxMs', settings.backoff.maxMs, 0, 3_600_000)
  if (concurrency !== undefined) integerIn('concurrency', concurrency, 1, 1000)
}
