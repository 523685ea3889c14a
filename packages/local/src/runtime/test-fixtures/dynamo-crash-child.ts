/**
 * Child process for the crash tests: starts the embedded DynamoDB on a data folder, writes, then dies by
 * SIGKILL (no clean shutdown, no flush). Usage: tsx dynamo-crash-child.ts <dataDir> <scenario>
 *   plain-writes    : puts items, prints "written", waits to be killed by the parent
 *   mid-transaction : runs a 3-write transaction and SIGKILLs itself right after its first write
 */
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb'
import { createLocalDynamoClient, startDynamo } from '../dynamo-server'

const [dataDir, scenario] = process.argv.slice(2)
if (!dataDir || !scenario) throw new Error('usage: dynamo-crash-child.ts <dataDir> <plain-writes|mid-transaction>')

const dynamo = await startDynamo({ dataDir })
const TableName = dynamo.tableName

if (scenario === 'plain-writes') {
  const doc = DynamoDBDocumentClient.from(dynamo.createClient())
  for (let i = 0; i < 20; i++) await doc.send(new PutCommand({ TableName, Item: { PK: 'crash', SK: `item-${i}`, value: i } }))
  process.stdout.write('written\n')
  setInterval(() => {}, 1000)
} else if (scenario === 'mid-transaction') {
  const client = createLocalDynamoClient(dynamo.endpoint, {
    journalDir: dynamo.journalDir,
    afterTransactionWrite: () => {
      process.kill(process.pid, 'SIGKILL')
    },
  })
  const doc = DynamoDBDocumentClient.from(client)
  await doc.send(new TransactWriteCommand({
    TransactItems: [
      { Put: { TableName, Item: { PK: 'txn', SK: 'new', value: 'from-transaction' } } },
      { Update: { TableName, Key: { PK: 'txn', SK: 'existing' }, UpdateExpression: 'SET #v = :v', ExpressionAttributeNames: { '#v': 'value' }, ExpressionAttributeValues: { ':v': 'from-transaction' } } },
      { Delete: { TableName, Key: { PK: 'txn', SK: 'doomed' } } },
    ],
  }))
  process.stdout.write('transaction completed, which the test does not expect\n')
} else {
  throw new Error(`unknown scenario ${scenario}`)
}
