/**
 * Throughput of the embedded parts on this machine: plain writes and transactions through the local DynamoDB
 * client (in memory and on disk, where each transaction fsyncs its journal), and the in-process queue.
 * Run: pnpm exec tsx packages/local/src/runtime/bench/runtime-bench.ts
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { startDynamo } from '../dynamo-server'
import { createLocalQueue } from '../queue'

async function timed(label: string, count: number, work: (i: number) => Promise<void>): Promise<void> {
  const started = performance.now()
  for (let i = 0; i < count; i++) await work(i)
  const ms = performance.now() - started
  console.log(`${label.padEnd(52)} ${String(count).padStart(5)} ops  ${(count / (ms / 1000)).toFixed(0).padStart(6)} ops/s  ${(ms / count).toFixed(2)} ms/op`)
}

async function benchDynamo(dataDir: string | undefined): Promise<void> {
  const where = dataDir ? 'disk' : 'memory'
  const dynamo = await startDynamo(dataDir ? { dataDir } : {})
  const doc = DynamoDBDocumentClient.from(dynamo.createClient())
  const TableName = dynamo.tableName
  await timed(`PutItem (${where})`, 1000, async (i) => {
    await doc.send(new PutCommand({ TableName, Item: { PK: 'bench', SK: `put-${i}`, n: i } }))
  })
  await timed(`TransactWriteItems, 2 conditional puts (${where})`, 500, async (i) => {
    await doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'bench', SK: `a-${i}` }, ConditionExpression: 'attribute_not_exists(PK)' } },
        { Put: { TableName, Item: { PK: 'bench', SK: `b-${i}` }, ConditionExpression: 'attribute_not_exists(PK)' } },
      ],
    }))
  })
  await dynamo.close()
}

async function benchQueue(dataDir: string | undefined): Promise<void> {
  const where = dataDir ? 'disk' : 'memory'
  let handled = 0
  const queue = createLocalQueue({
    name: 'bench', settings: { batchSize: 5, visibilityTimeoutSeconds: 60, maxReceiveCount: 3 },
    handler: async (event) => { handled += event.Records.length },
    ...(dataDir ? { dataDir } : {}),
  })
  const count = 5000
  const started = performance.now()
  for (let i = 0; i < count; i++) queue.send(JSON.stringify({ i }))
  await queue.drain()
  const ms = performance.now() - started
  console.log(`${`queue send + deliver, batch 5 (${where})`.padEnd(52)} ${String(handled).padStart(5)} msgs ${(handled / (ms / 1000)).toFixed(0).padStart(6)} msg/s`)
  await queue.close()
}

const dir = await mkdtemp(join(tmpdir(), 'binome-bench-'))
try {
  await benchDynamo(undefined)
  await benchDynamo(join(dir, 'dynamo'))
  await benchQueue(undefined)
  await benchQueue(join(dir, 'queue'))
} finally {
  await rm(dir, { recursive: true, force: true })
}
