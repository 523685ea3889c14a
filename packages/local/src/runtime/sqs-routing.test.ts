import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BatchEntryIdsNotDistinct,
  EmptyBatchRequest,
  GetQueueAttributesCommand,
  QueueDoesNotExist,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
  TooManyEntriesInBatchRequest,
  UnsupportedOperation,
} from '@aws-sdk/client-sqs'
import type { SQSRecord } from 'aws-lambda'
import { LOCAL_AWS_REGION, LOCAL_CREDENTIALS } from './local-aws'
import { createLocalQueue, type LocalQueue } from './queue'
import { routeSqsToLocalQueues } from './sqs-routing'

const queues: LocalQueue[] = []
afterEach(async () => {
  for (const queue of queues.splice(0)) await queue.close()
})

function setup() {
  const received: SQSRecord[] = []
  const queue = createLocalQueue({
    name: 'matching',
    settings: { batchSize: 10, visibilityTimeoutSeconds: 30, maxReceiveCount: 3 },
    handler: async (event) => { received.push(...event.Records) },
  })
  queues.push(queue)
  const sqs = new SQSClient({ region: LOCAL_AWS_REGION, credentials: { ...LOCAL_CREDENTIALS } })
  routeSqsToLocalQueues(sqs, { [queue.url]: queue })
  return { queue, sqs, received }
}

describe('routeSqsToLocalQueues', () => {
  it('delivers SendMessageCommand into the local queue with the SQS answer (the SDK checks the MD5)', async () => {
    const { queue, sqs, received } = setup()
    const answer = await sqs.send(new SendMessageCommand({
      QueueUrl: queue.url,
      MessageBody: '{"programmeId":"p1"}',
      MessageAttributes: { orgId: { DataType: 'String', StringValue: 'org-1' } },
    }))
    expect(answer.MessageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(answer.MD5OfMessageBody).toBe(createHash('md5').update('{"programmeId":"p1"}').digest('hex'))
    expect(answer.MD5OfMessageAttributes).toMatch(/^[0-9a-f]{32}$/)
    expect(answer.$metadata.httpStatusCode).toBe(200)
    await queue.drain()
    expect(received.map((r) => [r.messageId, r.body, r.messageAttributes.orgId?.stringValue])).toEqual([
      [answer.MessageId, '{"programmeId":"p1"}', 'org-1'],
    ])
  })

  it('delivers SendMessageBatchCommand, reporting invalid entries as Failed', async () => {
    const { queue, sqs, received } = setup()
    const answer = await sqs.send(new SendMessageBatchCommand({
      QueueUrl: queue.url,
      Entries: [
        { Id: 'a', MessageBody: 'first' },
        { Id: 'b', MessageBody: '' },
        { Id: 'c', MessageBody: 'third', DelaySeconds: 0 },
      ],
    }))
    expect(answer.Successful?.map((s) => s.Id)).toEqual(['a', 'c'])
    expect(answer.Failed).toEqual([{ Id: 'b', SenderFault: true, Code: 'MissingParameter', Message: expect.stringContaining('MessageBody') }])
    await queue.drain()
    expect(received.map((r) => r.body).sort()).toEqual(['first', 'third'])
  })

  it('refuses batches that are empty, too long or with repeated ids', async () => {
    const { queue, sqs } = setup()
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: [] }))).rejects.toBeInstanceOf(EmptyBatchRequest)
    const eleven = Array.from({ length: 11 }, (_, i) => ({ Id: `m${i}`, MessageBody: 'x' }))
    await expect(sqs.send(new SendMessageBatchCommand({ QueueUrl: queue.url, Entries: eleven }))).rejects.toBeInstanceOf(TooManyEntriesInBatchRequest)
    await expect(sqs.send(new SendMessageBatchCommand({
      QueueUrl: queue.url, Entries: [{ Id: 'x', MessageBody: '1' }, { Id: 'x', MessageBody: '2' }],
    }))).rejects.toBeInstanceOf(BatchEntryIdsNotDistinct)
    expect(queue.counts().pending).toBe(0)
  })

  it('answers a bad single message with the SQS error code', async () => {
    const { queue, sqs } = setup()
    await expect(sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: 'x', DelaySeconds: 1000 }))).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('DelaySeconds'),
    })
  })

  it('refuses sends to an unrouted queue URL and unsupported commands on a routed one', async () => {
    const { queue, sqs } = setup()
    await expect(sqs.send(new SendMessageCommand({ QueueUrl: 'https://sqs.eu-west-3.amazonaws.com/000000000000/other', MessageBody: 'x' })))
      .rejects.toBeInstanceOf(QueueDoesNotExist)
    await expect(sqs.send(new GetQueueAttributesCommand({ QueueUrl: queue.url }))).rejects.toBeInstanceOf(UnsupportedOperation)
  })
})
