import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb'
import { tableDefinition } from '@binome/data/table'
import { startDynamo, type LocalDynamo } from './dynamo-server'
import { spawnTsx, waitForExit, waitForOutput } from './test-fixtures/child-process'

const crashChild = fileURLToPath(new URL('./test-fixtures/dynamo-crash-child.ts', import.meta.url))
const started: LocalDynamo[] = []
const folders: string[] = []

async function start(dataDir?: string): Promise<LocalDynamo> {
  const dynamo = await startDynamo(dataDir ? { dataDir } : {})
  started.push(dynamo)
  return dynamo
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'binome-dynamo-'))
  folders.push(dir)
  return dir
}

afterEach(async () => {
  for (const dynamo of started.splice(0)) await dynamo.close()
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true })
})

describe('startDynamo', () => {
  it('serves on loopback with the shared table ACTIVE, keys and indexes as defined', async () => {
    const dynamo = await start()
    expect(dynamo.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const { Table } = await dynamo.createClient().send(new DescribeTableCommand({ TableName: tableDefinition.defaultTableName }))
    expect(Table?.TableStatus).toBe('ACTIVE')
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ])
    expect(Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName) ?? []).toEqual(tableDefinition.globalSecondaryIndexes.map((g) => g.indexName))
  })

  it('keeps in-memory servers apart from each other', async () => {
    const first = await start()
    const second = await start()
    await DynamoDBDocumentClient.from(first.createClient()).send(new PutCommand({ TableName: first.tableName, Item: { PK: 'only', SK: 'first' } }))
    const { Item } = await DynamoDBDocumentClient.from(second.createClient()).send(new GetCommand({ TableName: second.tableName, Key: { PK: 'only', SK: 'first' } }))
    expect(Item).toBeUndefined()
  })

  it('rejects an invalid port, naming it', async () => {
    await expect(startDynamo({ port: -1 })).rejects.toThrow(/port/)
  })

  it('keeps data across a clean restart on the same data folder', async () => {
    const dataDir = await tempDir()
    const first = await startDynamo({ dataDir })
    await DynamoDBDocumentClient.from(first.createClient()).send(new PutCommand({ TableName: first.tableName, Item: { PK: 'kept', SK: '1', n: 42 } }))
    await first.close()

    const second = await start(dataDir)
    const { Item } = await DynamoDBDocumentClient.from(second.createClient()).send(new GetCommand({ TableName: second.tableName, Key: { PK: 'kept', SK: '1' } }))
    expect(Item).toEqual({ PK: 'kept', SK: '1', n: 42 })
  })

  it('keeps acknowledged writes when the process is killed with SIGKILL', async () => {
    const dataDir = await tempDir()
    const child = spawnTsx(crashChild, [dataDir, 'plain-writes'])
    const exited = waitForExit(child)
    await waitForOutput(child, 'written')
    child.kill('SIGKILL')
    expect((await exited).signal).toBe('SIGKILL')

    const dynamo = await start(dataDir)
    const { Items } = await DynamoDBDocumentClient.from(dynamo.createClient()).send(new QueryCommand({
      TableName: dynamo.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'crash' },
    }))
    expect(Items).toHaveLength(20)
    expect(Items?.map((item) => item.value).sort((a, b) => a - b)).toEqual([...Array(20).keys()])
  })
})
