import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BatchWriteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, ScanCommand, TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb'
import { Store, createData, programmeEntity, type DataConfig } from '@binome/data'
import { startDynamo, type LocalDynamo } from './dynamo-server'
import { localDataAccess, type LocalDataAccess } from './local-data-access'

let dynamo: LocalDynamo
let access: LocalDataAccess
let TableName: string
let raw: DynamoDBDocumentClient

beforeAll(async () => {
  dynamo = await startDynamo()
  TableName = dynamo.tableName
  access = localDataAccess(dynamo)
  raw = DynamoDBDocumentClient.from(dynamo.createClient())
})
afterAll(() => dynamo.close())

const denied = { name: 'AccessDeniedException' }
const item = (PK: string, SK = 'X') => ({ PK, SK, type: 't', version: 1 })
const doc = (cfg: DataConfig) => cfg.doc

describe('the local LeadingKeys check', () => {
  it('lets a tenant reach its own partitions only, whatever the operation', async () => {
    const o1 = doc(access.tenant('o1'))
    await o1.send(new PutCommand({ TableName, Item: item('ORG#o1#PROGRAMMES') }))
    expect((await o1.send(new GetCommand({ TableName, Key: { PK: 'ORG#o1#PROGRAMMES', SK: 'X' } }))).Item).toBeDefined()

    await raw.send(new PutCommand({ TableName, Item: item('ORG#o2#PROGRAMMES') }))
    await expect(o1.send(new GetCommand({ TableName, Key: { PK: 'ORG#o2#PROGRAMMES', SK: 'X' } }))).rejects.toMatchObject(denied)
    await expect(o1.send(new QueryCommand({
      TableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': 'ORG#o2#PROGRAMMES' },
    }))).rejects.toMatchObject(denied)
    // A prefix that only looks alike is another tenant: ORG#o1x# is not ORG#o1#.
    await expect(o1.send(new PutCommand({ TableName, Item: item('ORG#o1x#PROGRAMMES') }))).rejects.toMatchObject(denied)
    await expect(o1.send(new PutCommand({ TableName, Item: item('USER#u1', 'PROFILE') }))).rejects.toMatchObject(denied)
    await expect(o1.send(new ScanCommand({ TableName }))).rejects.toMatchObject(denied)
  })

  it('refuses a whole transaction or batch with one foreign item, and writes none of it', async () => {
    const o1 = doc(access.tenant('o1'))
    await expect(o1.send(new TransactWriteCommand({
      TransactItems: [{ Put: { TableName, Item: item('ORG#o1#A', 'T1') } }, { Put: { TableName, Item: item('ORG#o2#A', 'T1') } }],
    }))).rejects.toMatchObject(denied)
    await expect(o1.send(new BatchWriteCommand({
      RequestItems: { [TableName]: [{ PutRequest: { Item: item('ORG#o1#A', 'B1') } }, { DeleteRequest: { Key: { PK: 'ORG#o2#PROGRAMMES', SK: 'X' } } }] },
    }))).rejects.toMatchObject(denied)
    for (const Key of [{ PK: 'ORG#o1#A', SK: 'T1' }, { PK: 'ORG#o2#A', SK: 'T1' }, { PK: 'ORG#o1#A', SK: 'B1' }]) {
      expect((await raw.send(new GetCommand({ TableName, Key }))).Item).toBeUndefined()
    }
    expect((await raw.send(new GetCommand({ TableName, Key: { PK: 'ORG#o2#PROGRAMMES', SK: 'X' } }))).Item).toBeDefined()
  })

  it('keeps the platform credentials to the identity partitions', async () => {
    const platform = doc(access.platform)
    await platform.send(new PutCommand({ TableName, Item: item('USER#u1', 'PROFILE') }))
    await platform.send(new PutCommand({ TableName, Item: item('ORG#o1#MEMBERS', 'USER#u1') }))
    await expect(platform.send(new GetCommand({ TableName, Key: { PK: 'ORG#o1#PROGRAMMES', SK: 'X' } }))).rejects.toMatchObject(denied)
    await expect(platform.send(new PutCommand({ TableName, Item: item('ORG#o1#PROGRAMME#p1#PEOPLE', 'MENTEE#m1') }))).rejects.toMatchObject(denied)
  })

  it('fails a repository bug that builds another tenant’s key the way IAM would', async () => {
    // The programme entity bound to o2, used with o1's credentials: what a key-building bug would do.
    const foreign = programmeEntity.in(new Store(access.tenant('o1')), 'o2')
    await expect(foreign.all([])).rejects.toMatchObject(denied)
  })

  it('hands the code path of tenant A the credentials of A', async () => {
    const data = createData(access)
    const before = access.tenantsAsked.get('o-a') ?? 0
    await data.forTenant({ orgId: 'o-a', userId: 'u', role: 'admin' }).programmes.all()
    expect(access.tenantsAsked.get('o-a')).toBe(before + 1)
    expect(access.tenantsAsked.has('o-b')).toBe(false)
  })
})
