/**
 * The embedded DynamoDB of the local platform: dynalite on loopback, persisting to LevelDB under
 * `<dataDir>/dynamodb` (or in memory), with the platform's table created from the shared definition.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { createTableInput } from '@binome/data/table'
import dynalite from 'dynalite'
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

/** Requests each running local DynamoDB endpoint has answered, by operation (X-Amz-Target without its prefix). */
const requestCounts = new Map<string, Map<string, number>>()

/**
 * How many requests the local DynamoDB at `endpoint` has answered so far, by operation: what a request really costs
 * in DynamoDB calls, counted where they arrive (tests and `pnpm bench:platform` take differences).
 *
 * @example
 * const before = dynamoRequestCount(p.dynamo.endpoint)
 */
export function dynamoRequestCount(endpoint: string): { total: number; byOperation: Record<string, number> } {
  const counts = requestCounts.get(endpoint) ?? new Map<string, number>()
  const byOperation = Object.fromEntries(counts)
  return { total: [...counts.values()].reduce((a, b) => a + b, 0), byOperation }
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
  // Tables become ACTIVE at once: the 500 ms default only imitates AWS's provisioning delay.
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const actualPort = (server.address() as AddressInfo).port
  const endpoint = `http://127.0.0.1:${actualPort}`
  const counts = new Map<string, number>()
  requestCounts.set(endpoint, counts)
  server.on('request', (req: { headers: Record<string, string | string[] | undefined> }) => {
    const op = String(req.headers['x-amz-target'] ?? 'unknown').split('.').pop()!
    counts.set(op, (counts.get(op) ?? 0) + 1)
  })
  const journalDir = dataDir ? join(dataDir, 'dynamodb-transactions') : undefined
  // This server's lock, journal folder and tokens, dropped at close so that a later server on the same port starts clean.
  const releaseEndpoint = claimEndpoint(endpoint, journalDir)
  const close = () =>
    new Promise<void>((resolve, reject) => {
      requestCounts.delete(endpoint)
      server.close((error) => {
        releaseEndpoint()
        if (error) reject(error)
        else resolve()
      })
    })
  try {
    await ensureTable(endpoint, tableInput)
    await recoverTransactions({ endpoint, journalDir })
  } catch (error) {
    await close()
    throw error
  }
  return {
    endpoint,
    port: actualPort,
    tableName: tableInput.TableName,
    journalDir,
    createClient: () => createLocalDynamoClient(endpoint, { journalDir }),
    close,
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
