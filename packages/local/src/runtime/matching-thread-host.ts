/**
 * Runs the local matching worker in a `worker_threads` thread, so that a run's engine and its alternatives' losses
 * (seconds to minutes of CPU) leave the API's event loop free: the review's first page answers as fast while the worker
 * works. The thread runs the same handler as the Lambda (./matching-thread), on the same dynalite over HTTP; the queue
 * stays here and hands it each batch as the event source mapping would.
 */
import { Worker } from 'node:worker_threads'
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda'
import type { SqsBatchHandler } from './queue'
import type { ReadWriteLock } from './read-write-lock'

/** What the thread is told when it starts. */
export interface ThreadSettings {
  endpoint: string
  tableName: string
  journalDir: string | undefined
  functionName: string
  quiet: boolean
  losses: { lossesBudgetMs?: number; lossesChunk?: number }
}

/** Main thread → matching thread. */
export type HostMessage =
  | { type: 'invoke'; id: number; event: SQSEvent; deadline: number }
  | { type: 'locked' | 'sent'; id: number }
  | { type: 'failed'; id: number; error: string }

/** Matching thread → main thread. */
export type ThreadMessage =
  | { type: 'ready'; id: number }
  | { type: 'result'; id: number; result?: SQSBatchResponse; error?: string }
  | { type: 'lock'; id: number; kind: 'shared' | 'exclusive' }
  | { type: 'unlock'; id: number }
  | { type: 'send'; id: number; body: string }

export interface MatchingThread {
  /** The queue's handler: each batch runs in the thread. */
  handler: SqsBatchHandler
  /** Whether the thread was started (it boots at the first batch, not before). */
  started(): boolean
  /** Ends the thread (after the queue is closed). */
  close(): Promise<void>
}

/**
 * Starts the thread on first use, the first batch the queue hands over: booting it costs seconds of CPU (TypeScript and
 * the functions' modules), which a platform start where nobody starts a run need not pay.
 *
 * @example
 * const thread = matchingThread({ endpoint, tableName, journalDir, functionName: 'binome-matching', quiet: true, losses: {} },
 *   { lock: lockFor(endpoint), send: (body) => void queue.send(body) })
 */
export function matchingThread(settings: ThreadSettings, host: { lock: Pick<ReadWriteLock, 'exclusive' | 'shared'>; send(body: string): void }): MatchingThread {
  let thread: Promise<Worker> | undefined
  let nextId = 0
  const calls = new Map<number, { resolve: (r: SQSBatchResponse | void) => void; reject: (e: Error) => void }>()
  /** Locks the thread holds in this thread's lock, released if the thread dies. */
  const held = new Map<number, () => void>()

  function start(): Promise<Worker> {
    const worker = new Worker(new URL('./matching-thread-boot.mjs', import.meta.url), {
      workerData: { ...settings, entry: new URL('./matching-thread.ts', import.meta.url).href },
    })
    const post = (m: HostMessage) => worker.postMessage(m)
    const ended = (error: Error) => {
      for (const release of held.values()) release()
      held.clear()
      for (const call of calls.values()) call.reject(error)
      calls.clear()
      thread = undefined
    }
    return new Promise<Worker>((ready, fail) => {
      worker.on('message', (m: ThreadMessage) => {
        switch (m.type) {
          case 'ready':
            ready(worker)
            break
          case 'result': {
            const call = calls.get(m.id)
            calls.delete(m.id)
            if (m.error !== undefined) call?.reject(new Error(m.error))
            else call?.resolve(m.result)
            break
          }
          case 'lock':
            void host.lock[m.kind](() => new Promise<void>((release) => {
              held.set(m.id, release)
              post({ type: 'locked', id: m.id })
            }))
            break
          case 'unlock':
            held.get(m.id)?.()
            held.delete(m.id)
            break
          case 'send':
            try {
              host.send(m.body)
              post({ type: 'sent', id: m.id })
            } catch (error) {
              post({ type: 'failed', id: m.id, error: error instanceof Error ? error.message : String(error) })
            }
            break
        }
      })
      worker.on('error', (error) => {
        fail(error)
        ended(error)
      })
      worker.on('exit', (code) => ended(new Error(`the matching thread exited (${code})`)))
    })
  }

  return {
    async handler(event, context) {
      thread ??= start()
      const worker = await thread
      const id = nextId++
      return new Promise<SQSBatchResponse | void>((resolve, reject) => {
        calls.set(id, { resolve, reject })
        worker.postMessage({ type: 'invoke', id, event, deadline: Date.now() + context.getRemainingTimeInMillis() } satisfies HostMessage)
      })
    },
    started: () => thread !== undefined,
    async close() {
      const running = thread
      thread = undefined
      if (running) await (await running.catch(() => undefined))?.terminate()
    },
  }
}
