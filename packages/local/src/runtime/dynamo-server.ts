/**
 * The embedded DynamoDB of the local platform: dynalite on loopback, persisting to LevelDB under
 * `<dataDir>/dynamodb` (or in memory), with the platform's table created from the shared definition.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { createTableInput } from '@binome/data/table'
import { callDynamo, DynamoWireError } from './dynamo-wire'
import { LOCAL_AWS_REGION, LOCAL_CREDENTIALS } from './local-aws'
import { addTransactionEmulation, claimEndpoint, recoverTransactions, type TransactionEmulationOptions } from './transactions'

export interface StartDynamoOptions {
  /** Folder for the data; `<dataDir>/dynamodb` holds LevelDB. Without it everything lives in memory. */
  dataDir?: string
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number
  /** Table to create when absent (defaults to the shared definition's name). */
  tableName?: string
}

export interface LocalDynamo {
  /** e.g. `http://127.0.0.1:43127` */
  endpoint: string
  port: number
  tableName: string
  /** Where the transaction undo journal lives (undefined in memory). */
  journalDir: string | undefined
  /** A client for this server with the transaction emulation attached. */
  createClient(): DynamoDBClient
  /** Stops the server and closes LevelDB (flushes to disk). */
  close(): Promise<void>
}

/** What the thread counts requests by: dynalite's operations, then anything else as `unknown`. */
const OPERATIONS = ['BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable', 'DescribeTable', 'DescribeTimeToLive', 'GetItem', 'ListTables', 'ListTagsOfResource', 'PutItem', 'Query', 'Scan', 'TagResource', 'UntagResource', 'UpdateItem', 'UpdateTable', 'unknown']

/** Requests each running local DynamoDB endpoint has answered, by operation (X-Amz-Target without its prefix). */
const requestCounts = new Map<string, Int32Array>()

/**
 * How many requests the local DynamoDB at `endpoint` has answered so far, by operation: what a request really costs
 * in DynamoDB calls, counted where they arrive (tests and `pnpm bench:platform` take differences).
 *
 * @example
 * const before = dynamoRequestCount(p.dynamo.endpoint)
 */
export function dynamoRequestCount(endpoint: string): { total: number; byOperation: Record<string, number> } {
  const counts = requestCounts.get(endpoint)
  const byOperation: Record<string, number> = {}
  OPERATIONS.forEach((operation, i) => {
    const n = counts ? Atomics.load(counts, i) : 0
    if (n > 0) byOperation[operation] = n
  })
  return { total: Object.values(byOperation).reduce((a, b) => a + b, 0), byOperation }
}

/**
 * Starts dynalite, creates the table if absent, waits until it is ACTIVE and rolls back any transaction a
 * crash left half-applied.
 *
 * @example
 * const dynamo = await startDynamo({ dataDir: '.local-data' })
 * const client = dynamo.createClient()
 * // ...
 * await dynamo.close()
 */
export async function startDynamo(options: StartDynamoOptions = {}): Promise<LocalDynamo> {
  const { dataDir, port = 0 } = options
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`startDynamo: port must be an integer in 0..65535, got ${port}`)
  const tableInput = createTableInput(options.tableName)
  let path: string | undefined
  if (dataDir) {
    path = join(dataDir, 'dynamodb')
    await mkdir(path, { recursive: true })
  }
  const server = await startDynaliteThread(path, port)
  const endpoint = `http://127.0.0.1:${server.port}`
  requestCounts.set(endpoint, server.counts)
  const journalDir = dataDir ? join(dataDir, 'dynamodb-transactions') : undefined
  // This server's lock, journal folder and tokens, dropped at close so that a later server on the same port starts clean.
  const releaseEndpoint = claimEndpoint(endpoint, journalDir)
  const close = async () => {
    requestCounts.delete(endpoint)
    try {
      await server.close()
    } finally {
      releaseEndpoint()
    }
  }
  try {
    await ensureTable(endpoint, tableInput)
    await recoverTransactions({ endpoint, journalDir })
  } catch (error) {
    await close()
    throw error
  }
  return {
    endpoint,
    port: server.port,
    tableName: tableInput.TableName,
    journalDir,
    createClient: () => createLocalDynamoClient(endpoint, { journalDir }),
    close,
  }
}

interface DynaliteThread {
  port: number
  /** Requests by operation, in OPERATIONS order, written by the thread as they arrive. */
  counts: Int32Array
  close(): Promise<void>
}

/**
 * dynalite in its own thread (./dynamo-thread.mjs), listening on 127.0.0.1:`port`. Its work runs on another core
 * than the handlers'.
 */
async function startDynaliteThread(path: string | undefined, port: number): Promise<DynaliteThread> {
  const counts = new Int32Array(new SharedArrayBuffer(OPERATIONS.length * Int32Array.BYTES_PER_ELEMENT))
  const worker = new Worker(new URL('./dynamo-thread.mjs', import.meta.url), { workerData: { path, port, operations: OPERATIONS, counts: counts.buffer } })
  const next = (kind: string) =>
    new Promise<{ kind: string; port?: number; message?: string; code?: string }>((resolve, reject) => {
      const onMessage = (m: { kind: string }) => {
        if (m.kind !== kind && m.kind !== 'failed') return
        worker.off('message', onMessage).off('error', reject)
        resolve(m)
      }
      worker.on('message', onMessage).once('error', reject)
    })
  const started = await next('listening')
  if (started.kind === 'failed') {
    await worker.terminate()
    throw Object.assign(new Error(`local DynamoDB could not listen on 127.0.0.1:${port}: ${started.message}`), { code: started.code })
  }
  // After start, a failure in the thread is the platform's failure, as an exception of dynalite in this thread was.
  const crash = (error: Error) => {
    throw error
  }
  worker.on('error', crash)
  return {
    port: started.port!,
    counts,
    close: async () => {
      worker.off('error', crash)
      const closed = next('closed')
      worker.postMessage('close')
      const { message } = await closed
      await worker.terminate()
      if (message) throw new Error(`local DynamoDB did not close cleanly: ${message}`)
    },
  }
}

async function ensureTable(endpoint: string, tableInput: ReturnType<typeof createTableInput>): Promise<void> {
  try {
    await callDynamo(endpoint, 'CreateTable', tableInput)
  } catch (error) {
    if (!(error instanceof DynamoWireError && error.shortType === 'ResourceInUseException')) throw error
  }
  for (let attempt = 0; attempt < 200; attempt++) {
    const answer = await callDynamo(endpoint, 'DescribeTable', { TableName: tableInput.TableName })
    if ((answer.Table as { TableStatus?: string }).TableStatus === 'ACTIVE') return
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`Table ${tableInput.TableName} did not become ACTIVE`)
}

/**
 * A `DynamoDBClient` for a local server: dummy credentials, a fixed region, and the transaction emulation.
 * Pass `journalDir` when the server persists to disk (startDynamo's `createClient()` does).
 *
 * @example
 * const doc = DynamoDBDocumentClient.from(createLocalDynamoClient(dynamo.endpoint, { journalDir: dynamo.journalDir }))
 */
export function createLocalDynamoClient(
  endpoint: string,
  options: Omit<TransactionEmulationOptions, 'endpoint'> = {},
): DynamoDBClient {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_AWS_REGION, credentials: { ...LOCAL_CREDENTIALS }, maxAttempts: 3 })
  addTransactionEmulation(client, { endpoint, ...options })
  return client
}
