import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DeleteItemCommand,
  DynamoDBServiceException,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb'
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb'
import { createServer, type AddressInfo } from 'node:net'
import dynalite from 'dynalite'
import { callDynamo } from './dynamo-wire'
import { lockFor } from './transactions'
import { writeJournal } from './transaction-journal'
import { createLocalDynamoClient, startDynamo, type LocalDynamo } from './dynamo-server'
import { spawnTsx, waitForExit } from './test-fixtures/child-process'

let dynamo: LocalDynamo
let doc: DynamoDBDocumentClient
let TableName: string

beforeAll(async () => {
  dynamo = await startDynamo()
  TableName = dynamo.tableName
  doc = DynamoDBDocumentClient.from(dynamo.createClient())
})
afterAll(() => dynamo.close())

beforeEach(async () => {
  const { Items = [] } = await doc.send(new ScanCommand({ TableName }))
  for (const item of Items) await doc.send(deleteCommandFor(item))
})

/** Deletes through the low-level client so that the cleanup does not depend on the code under test. */
function deleteCommandFor(item: Record<string, unknown>) {
  return new DeleteItemCommand({ TableName, Key: { PK: { S: String(item.PK) }, SK: { S: String(item.SK) } } })
}

async function get(PK: string, SK: string) {
  return (await doc.send(new GetCommand({ TableName, Key: { PK, SK }, ConsistentRead: true }))).Item
}

async function put(item: Record<string, unknown>) {
  await doc.send(new PutCommand({ TableName, Item: item }))
}

async function cancellationOf(promise: Promise<unknown>): Promise<TransactionCanceledException> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(TransactionCanceledException)
  return error as TransactionCanceledException
}

describe('TransactWriteItems through lib-dynamodb', () => {
  it('applies Put, Update, Delete and ConditionCheck together when every condition holds', async () => {
    await put({ PK: 'o', SK: 'counter', n: 1 })
    await put({ PK: 'o', SK: 'old' })
    await put({ PK: 'o', SK: 'guard', open: true })
    const result = await doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'o', SK: 'new', name: 'Ada' }, ConditionExpression: 'attribute_not_exists(PK)' } },
        { Update: { TableName, Key: { PK: 'o', SK: 'counter' }, UpdateExpression: 'SET n = n + :one', ConditionExpression: 'n = :one', ExpressionAttributeValues: { ':one': 1 } } },
        { Delete: { TableName, Key: { PK: 'o', SK: 'old' }, ConditionExpression: 'attribute_exists(PK)' } },
        { ConditionCheck: { TableName, Key: { PK: 'o', SK: 'guard' }, ConditionExpression: '#open = :yes', ExpressionAttributeNames: { '#open': 'open' }, ExpressionAttributeValues: { ':yes': true } } },
      ],
    }))
    expect(result.$metadata.httpStatusCode).toBe(200)
    expect(await get('o', 'new')).toEqual({ PK: 'o', SK: 'new', name: 'Ada' })
    expect(await get('o', 'counter')).toEqual({ PK: 'o', SK: 'counter', n: 2 })
    expect(await get('o', 'old')).toBeUndefined()
    expect(await get('o', 'guard')).toEqual({ PK: 'o', SK: 'guard', open: true })
  })

  it('cancels on a failed Put condition, reporting reasons in order and writing nothing', async () => {
    await put({ PK: 'o', SK: 'taken', owner: 'first' })
    const error = await cancellationOf(doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'o', SK: 'other', v: 1 } } },
        { Put: { TableName, Item: { PK: 'o', SK: 'taken', owner: 'second' }, ConditionExpression: 'attribute_not_exists(PK)' } },
      ],
    })))
    expect(error.message).toBe('Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]')
    expect(error.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ])
    expect(await get('o', 'other')).toBeUndefined()
    expect(await get('o', 'taken')).toEqual({ PK: 'o', SK: 'taken', owner: 'first' })
  })

  it('reports the old item with ReturnValuesOnConditionCheckFailure ALL_OLD on Update, Delete and ConditionCheck', async () => {
    await put({ PK: 'o', SK: 'a', n: 5 })
    await put({ PK: 'o', SK: 'b', n: 6 })
    await put({ PK: 'o', SK: 'c', n: 7 })
    const error = await cancellationOf(doc.send(new TransactWriteCommand({
      TransactItems: [
        { Update: { TableName, Key: { PK: 'o', SK: 'a' }, UpdateExpression: 'SET n = :zero', ConditionExpression: 'n = :zero', ExpressionAttributeValues: { ':zero': 0 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Delete: { TableName, Key: { PK: 'o', SK: 'b' }, ConditionExpression: 'n < :two', ExpressionAttributeValues: { ':two': 2 }, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { ConditionCheck: { TableName, Key: { PK: 'o', SK: 'c' }, ConditionExpression: 'attribute_not_exists(n)' } },
      ],
    })))
    expect(error.CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { PK: { S: 'o' }, SK: { S: 'a' }, n: { N: '5' } } },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item: { PK: { S: 'o' }, SK: { S: 'b' }, n: { N: '6' } } },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ])
    expect(await get('o', 'a')).toEqual({ PK: 'o', SK: 'a', n: 5 })
    expect(await get('o', 'b')).toEqual({ PK: 'o', SK: 'b', n: 6 })
  })

  it('evaluates conditions on absent items as DynamoDB does', async () => {
    const error = await cancellationOf(doc.send(new TransactWriteCommand({
      TransactItems: [
        { ConditionCheck: { TableName, Key: { PK: 'o', SK: 'missing' }, ConditionExpression: 'attribute_exists(PK)', ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
        { Update: { TableName, Key: { PK: 'o', SK: 'created' }, UpdateExpression: 'SET v = :v', ConditionExpression: 'attribute_not_exists(PK)', ExpressionAttributeValues: { ':v': 1 } } },
      ],
    })))
    expect(error.CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
    ])
    expect(await get('o', 'created')).toBeUndefined()
  })

  it('rolls back earlier writes when a later write fails on the item (type mismatch)', async () => {
    await put({ PK: 'o', SK: 'text', n: 'not a number' })
    await put({ PK: 'o', SK: 'before', v: 'original' })
    const error = await doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'o', SK: 'before', v: 'changed' } } },
        { Put: { TableName, Item: { PK: 'o', SK: 'fresh' } } },
        { Update: { TableName, Key: { PK: 'o', SK: 'text' }, UpdateExpression: 'SET n = n + :one', ExpressionAttributeValues: { ':one': 1 } } },
      ],
    })).then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(DynamoDBServiceException)
    expect((error as Error).name).toBe('ValidationException')
    expect(await get('o', 'before')).toEqual({ PK: 'o', SK: 'before', v: 'original' })
    expect(await get('o', 'fresh')).toBeUndefined()
  })

  it('refuses two operations on the same item with a ValidationException, writing nothing', async () => {
    const error = await doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'o', SK: 'x', v: 1 } } },
        { Put: { TableName, Item: { PK: 'o', SK: 'y' } } },
        { Delete: { TableName, Key: { SK: 'x', PK: 'o' } } },
      ],
    })).then(() => undefined, (e: unknown) => e)
    expect((error as Error).name).toBe('ValidationException')
    expect((error as Error).message).toBe('Transaction request cannot include multiple operations on one item')
    expect(await get('o', 'y')).toBeUndefined()
  })

  it('refuses more than 100 actions and an empty list', async () => {
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ Put: { TableName, Item: { PK: 'o', SK: `i${i}` } } }))
    await expect(doc.send(new TransactWriteCommand({ TransactItems: tooMany }))).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining('Member must have length less than or equal to 100'),
    })
    await expect(doc.send(new TransactWriteCommand({ TransactItems: [] }))).rejects.toMatchObject({ name: 'ValidationException' })
    const { Count } = await doc.send(new ScanCommand({ TableName }))
    expect(Count).toBe(0)
  })

  it('accepts exactly 100 actions', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => ({ Put: { TableName, Item: { PK: 'o', SK: `i${i}` } } }))
    await doc.send(new TransactWriteCommand({ TransactItems: hundred }))
    const { Count } = await doc.send(new ScanCommand({ TableName }))
    expect(Count).toBe(100)
  })

  it('refuses a Put whose item lacks a key attribute, naming it', async () => {
    await expect(doc.send(new TransactWriteCommand({
      TransactItems: [{ Put: { TableName, Item: { PK: 'o' } } }],
    }))).rejects.toMatchObject({ name: 'ValidationException', message: expect.stringContaining('Missing the key SK') })
  })

  it('reports an unknown table as ResourceNotFoundException', async () => {
    await expect(doc.send(new TransactWriteCommand({
      TransactItems: [{ Put: { TableName: 'no-such-table', Item: { PK: 'o', SK: 'x' } } }],
    }))).rejects.toMatchObject({ name: 'ResourceNotFoundException' })
  })

  it('lets exactly one of many concurrent transactions claim the same item', async () => {
    const contenders = Array.from({ length: 12 }, (_, i) => i)
    const outcomes = await Promise.allSettled(contenders.map((i) => doc.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'race', SK: 'seat', owner: `c${i}` }, ConditionExpression: 'attribute_not_exists(PK)' } },
        { Put: { TableName, Item: { PK: 'race', SK: `claim-${i}` } } },
      ],
    }))))
    const winners = contenders.filter((i) => outcomes[i]!.status === 'fulfilled')
    expect(winners).toHaveLength(1)
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(TransactionCanceledException)
    }
    expect(await get('race', 'seat')).toEqual({ PK: 'race', SK: 'seat', owner: `c${winners[0]}` })
    const { Count } = await doc.send(new ScanCommand({ TableName }))
    expect(Count).toBe(2)
  })

  it('serializes concurrent read-modify-write transactions so that no increment is lost', async () => {
    await put({ PK: 'o', SK: 'counter', n: 0 })
    // Optimistic increments: read, then write with a condition on the value read; retry when cancelled.
    const increment = async () => {
      for (;;) {
        const current = (await get('o', 'counter'))!.n as number
        try {
          await doc.send(new TransactWriteCommand({
            TransactItems: [{ Update: { TableName, Key: { PK: 'o', SK: 'counter' }, UpdateExpression: 'SET n = :next', ConditionExpression: 'n = :current', ExpressionAttributeValues: { ':next': current + 1, ':current': current } } }],
          }))
          return
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, increment))
    expect((await get('o', 'counter'))!.n).toBe(8)
  })

  it('works through the low-level client with attribute values', async () => {
    const client = dynamo.createClient()
    await client.send(new TransactWriteItemsCommand({
      TransactItems: [{ Put: { TableName, Item: { PK: { S: 'low' }, SK: { S: 'level' }, bytes: { B: new Uint8Array([1, 2, 3]) } } } }],
    }))
    const item = await get('low', 'level')
    expect(item?.bytes).toEqual(new Uint8Array([1, 2, 3]))
  })
})

describe('ClientRequestToken', () => {
  it('applies a retried transaction once, and refuses the token with different actions', async () => {
    await put({ PK: 'o', SK: 'counter', n: 0 })
    const increment = () => new TransactWriteCommand({
      ClientRequestToken: 'retry-token-1',
      TransactItems: [{ Update: { TableName, Key: { PK: 'o', SK: 'counter' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } }],
    })
    await doc.send(increment())
    await doc.send(increment())
    expect((await get('o', 'counter'))!.n).toBe(1)
    await expect(doc.send(new TransactWriteCommand({
      ClientRequestToken: 'retry-token-1',
      TransactItems: [{ Delete: { TableName, Key: { PK: 'o', SK: 'counter' } } }],
    }))).rejects.toMatchObject({ name: 'IdempotentParameterMismatchException' })
    expect((await get('o', 'counter'))!.n).toBe(1)
  })
})

describe('isolation', () => {
  it('holds reads and writes issued during a transaction until it completes', async () => {
    await put({ PK: 'iso', SK: 'a', v: 'before' })
    await put({ PK: 'iso', SK: 'b', v: 'before' })
    let releaseTransaction!: () => void
    const paused = new Promise<void>((resolve) => (releaseTransaction = resolve))
    let reachedFirstWrite!: () => void
    const firstWriteDone = new Promise<void>((resolve) => (reachedFirstWrite = resolve))
    const slowClient = DynamoDBDocumentClient.from(createLocalDynamoClient(dynamo.endpoint, {
      afterTransactionWrite: async (index) => {
        if (index === 0) {
          reachedFirstWrite()
          await paused
        }
      },
    }))
    const transaction = slowClient.send(new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName, Item: { PK: 'iso', SK: 'a', v: 'after' } } },
        { Put: { TableName, Item: { PK: 'iso', SK: 'b', v: 'after' } } },
      ],
    }))
    await firstWriteDone
    const events: string[] = []
    const read = get('iso', 'b').then((item) => { events.push(`read:${item?.v}`) })
    const write = put({ PK: 'iso', SK: 'c', v: 'plain' }).then(() => { events.push('write') })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(events).toEqual([])
    events.push('release')
    releaseTransaction()
    await Promise.all([transaction, read, write])
    expect(events.slice(0, 1)).toEqual(['release'])
    expect(events).toContain('read:after')
  })
  it('lets plain writes run alongside reads, as DynamoDB does: only transactions hold the table alone', async () => {
    let endRead!: () => void
    // A read still in flight (holding the shared lock, as a slow Query would).
    const read = lockFor(dynamo.endpoint).shared(() => new Promise<void>((resolve) => (endRead = resolve)))
    const written = await Promise.race([
      put({ PK: 'overlap', SK: 'w', v: 1 }).then(() => 'written'),
      new Promise((resolve) => setTimeout(() => resolve('waited'), 2_000)),
    ])
    endRead()
    await read
    expect(written).toBe('written')
    expect(await get('overlap', 'w')).toEqual({ PK: 'overlap', SK: 'w', v: 1 })
  })

  it('keeps each plain write to one item atomic among concurrent ones (conditions and increments)', async () => {
    const claims = await Promise.allSettled(Array.from({ length: 12 }, (_, i) =>
      doc.send(new PutCommand({ TableName, Item: { PK: 'seat', SK: 'one', owner: i }, ConditionExpression: 'attribute_not_exists(PK)' }))))
    expect(claims.filter((c) => c.status === 'fulfilled')).toHaveLength(1)
    expect(claims.filter((c) => c.status === 'rejected').map((c) => (c as PromiseRejectedResult).reason.name)).toEqual(Array(11).fill('ConditionalCheckFailedException'))
    await Promise.all(Array.from({ length: 30 }, () =>
      doc.send(new UpdateCommand({ TableName, Key: { PK: 'seat', SK: 'count' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } }))))
    expect((await get('seat', 'count'))!.n).toBe(30)
  })
})

describe('TransactGetItems', () => {
  it('returns items in request order, an empty entry for a missing one, with projections', async () => {
    await put({ PK: 'g', SK: '1', name: 'one', extra: 'x' })
    await put({ PK: 'g', SK: '2', name: 'two' })
    const { Responses } = await doc.send(new TransactGetCommand({
      TransactItems: [
        { Get: { TableName, Key: { PK: 'g', SK: '2' } } },
        { Get: { TableName, Key: { PK: 'g', SK: 'none' } } },
        { Get: { TableName, Key: { PK: 'g', SK: '1' }, ProjectionExpression: '#n', ExpressionAttributeNames: { '#n': 'name' } } },
      ],
    }))
    expect(Responses).toEqual([{ Item: { PK: 'g', SK: '2', name: 'two' } }, {}, { Item: { name: 'one' } }])
  })

  it('refuses the same item twice', async () => {
    await expect(doc.send(new TransactGetCommand({
      TransactItems: [{ Get: { TableName, Key: { PK: 'g', SK: '1' } } }, { Get: { TableName, Key: { PK: 'g', SK: '1' } } }],
    }))).rejects.toMatchObject({ name: 'ValidationException' })
  })
})

describe('crash safety', () => {
  const crashChild = fileURLToPath(new URL('./test-fixtures/dynamo-crash-child.ts', import.meta.url))

  it('rolls back a transaction whose process was killed (SIGKILL) after its first write', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'binome-txn-crash-'))
    try {
      const seed = await startDynamo({ dataDir })
      const seedDoc = DynamoDBDocumentClient.from(seed.createClient())
      await seedDoc.send(new PutCommand({ TableName, Item: { PK: 'txn', SK: 'existing', value: 'original' } }))
      await seedDoc.send(new PutCommand({ TableName, Item: { PK: 'txn', SK: 'doomed', value: 'still here' } }))
      await seed.close()

      const child = spawnTsx(crashChild, [dataDir, 'mid-transaction'])
      const { signal, output } = await waitForExit(child)
      expect(signal, output).toBe('SIGKILL')
      // The child died with its journal on disk and the first write applied: look with bare dynalite (no recovery).
      expect(await readdir(join(dataDir, 'dynamodb-transactions'))).toHaveLength(1)
      const bare = dynalite({ path: join(dataDir, 'dynamodb') })
      await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
      const bareEndpoint = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`
      const halfApplied = await callDynamo(bareEndpoint, 'GetItem', { TableName, Key: { PK: { S: 'txn' }, SK: { S: 'new' } } })
      await new Promise((resolve) => bare.close(resolve))
      expect(halfApplied.Item).toEqual({ PK: { S: 'txn' }, SK: { S: 'new' }, value: { S: 'from-transaction' } })

      const restarted = await startDynamo({ dataDir })
      try {
        const after = DynamoDBDocumentClient.from(restarted.createClient())
        const read = async (SK: string) => (await after.send(new GetCommand({ TableName, Key: { PK: 'txn', SK } }))).Item
        expect(await read('new')).toBeUndefined()
        expect(await read('existing')).toEqual({ PK: 'txn', SK: 'existing', value: 'original' })
        expect(await read('doomed')).toEqual({ PK: 'txn', SK: 'doomed', value: 'still here' })
        expect(await readdir(join(dataDir, 'dynamodb-transactions'))).toHaveLength(0)
      } finally {
        await restarted.close()
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})

describe('a later server on the same endpoint in one process', () => {
  /** A port free right now, so that two servers in turn can be given the same endpoint. */
  async function freePort(): Promise<number> {
    const server = createServer()
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((done) => server.close(() => done()))
    return port
  }
  const journals = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((n) => n.startsWith('txn-'))

  it('recovers and journals in its own data folder, not in the stopped server\'s', async () => {
    const [first, second] = [await mkdtemp(join(tmpdir(), 'binome-txn-first-')), await mkdtemp(join(tmpdir(), 'binome-txn-second-'))]
    try {
      const port = await freePort()
      const a = await startDynamo({ dataDir: first, port })
      await DynamoDBDocumentClient.from(a.createClient()).send(new TransactWriteCommand({
        TransactItems: [{ Put: { TableName, Item: { PK: 'same-port', SK: 'first' } } }],
      }))
      await a.close()

      // The second folder holds a transaction a dead process left half-applied: an item written, its journal on disk.
      const elsewhere = await startDynamo({ dataDir: second })
      await DynamoDBDocumentClient.from(elsewhere.createClient()).send(new PutCommand({ TableName, Item: { PK: 'same-port', SK: 'half' } }))
      await elsewhere.close()
      await writeJournal(join(second, 'dynamodb-transactions'), [{ TableName, Key: { PK: { S: 'same-port' }, SK: { S: 'half' } }, Item: null }])

      const b = await startDynamo({ dataDir: second, port })
      try {
        expect(b.endpoint).toBe(`http://127.0.0.1:${port}`)
        const doc = DynamoDBDocumentClient.from(b.createClient())
        // Rolled back at start: the second server ran its own recovery, not the first one's finished promise.
        expect((await doc.send(new GetCommand({ TableName, Key: { PK: 'same-port', SK: 'half' } }))).Item).toBeUndefined()
        expect(await journals(join(second, 'dynamodb-transactions'))).toEqual([])

        let during: { first: string[]; second: string[] } | undefined
        const watched = DynamoDBDocumentClient.from(createLocalDynamoClient(b.endpoint, {
          journalDir: b.journalDir,
          afterTransactionWrite: async () => {
            during = { first: await journals(join(first, 'dynamodb-transactions')), second: await journals(join(second, 'dynamodb-transactions')) }
          },
        }))
        await watched.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName, Item: { PK: 'same-port', SK: 'second' } } }] }))
        expect(during?.first).toEqual([])
        expect(during?.second).toHaveLength(1)
      } finally {
        await b.close()
      }
    } finally {
      await rm(first, { recursive: true, force: true })
      await rm(second, { recursive: true, force: true })
    }
  })
})
