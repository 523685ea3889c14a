/**
 * The local matching worker's thread (see ./matching-thread-host): the SAME handler as the Lambda
 * (`matchingWorker` of @binome/functions), on the same dynalite over HTTP, so that a run's engine and losses use this
 * thread's CPU and not the API's event loop. The main thread keeps the queue; it hands this thread each batch and
 * receives its continuation messages, and its endpoint lock orders this thread's requests with its transactions.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { Logger } from '@aws-lambda-powertools/logger'
import { createData } from '@binome/data'
import { matchingWorker } from '@binome/functions'
import { createLocalDynamoClient } from './dynamo-server'
import { createLambdaContext } from './lambda-context'
import { localDataAccess } from './local-data-access'
import type { HostMessage, ThreadMessage, ThreadSettings } from './matching-thread-host'
import { delegateEndpointLock } from './transactions'

const port = parentPort!
const settings = workerData as ThreadSettings
const post = (m: ThreadMessage) => port.postMessage(m)
let nextId = 0
const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>()
/** Sends a request to the main thread and waits for its answer. */
const ask = (make: (id: number) => ThreadMessage) =>
  new Promise<void>((resolve, reject) => {
    const id = nextId++
    waiting.set(id, { resolve, reject })
    post(make(id))
  })

const viaParent = async <T>(kind: 'shared' | 'exclusive', work: () => Promise<T>): Promise<T> => {
  const id = nextId++
  await new Promise<void>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    post({ type: 'lock', id, kind })
  })
  try {
    return await work()
  } finally {
    post({ type: 'unlock', id })
  }
}
delegateEndpointLock(settings.endpoint, { exclusive: (work) => viaParent('exclusive', work), shared: (work) => viaParent('shared', work) })

const data = createData(localDataAccess({
  createClient: () => createLocalDynamoClient(settings.endpoint, settings.journalDir ? { journalDir: settings.journalDir } : {}),
  tableName: settings.tableName,
}))
const handler = matchingWorker(
  {
    data,
    now: () => new Date(),
    logger: new Logger({ serviceName: 'binome-local', logLevel: settings.quiet ? 'ERROR' : 'WARN' }),
    matchingQueue: { send: (message) => ask((id) => ({ type: 'send', id, body: JSON.stringify(message) })) },
  },
  settings.losses,
)

port.on('message', (m: HostMessage) => {
  if (m.type === 'invoke') {
    const context = createLambdaContext({ functionName: settings.functionName, timeoutMs: Math.max(0, m.deadline - Date.now()) })
    handler(m.event, context).then(
      (result) => post({ type: 'result', id: m.id, result }),
      (error: unknown) => post({ type: 'result', id: m.id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
    )
    return
  }
  const w = waiting.get(m.id)
  waiting.delete(m.id)
  if (m.type === 'failed') w?.reject(new Error(m.error))
  else w?.resolve()
})
post({ type: 'ready', id: -1 })
