/**
 * Routes `SendMessageCommand` / `SendMessageBatchCommand` of a real `SQSClient` into in-process queues, so
 * that API code sending with the AWS SDK works unchanged locally. Answers have SQS's shape and digests.
 */
import {
  BatchEntryIdsNotDistinct,
  BatchRequestTooLong,
  EmptyBatchRequest,
  InvalidBatchEntryId,
  QueueDoesNotExist,
  SQSServiceException,
  TooManyEntriesInBatchRequest,
  UnsupportedOperation,
  type SendMessageBatchRequest,
  type SendMessageBatchResult,
  type SendMessageRequest,
  type SendMessageResult,
  type SQSClient,
} from '@aws-sdk/client-sqs'
import { randomUUID } from 'node:crypto'
import type { LocalQueue, SendMessageOptions } from './queue'
import { MAX_MESSAGE_BYTES, SqsInputError, type MessageAttributeInput } from './sqs-message'

type Next = (args: { input: unknown }) => Promise<{ output: unknown; response: unknown }>

/** The most entries SendMessageBatch accepts. */
const MAX_BATCH_ENTRIES = 10

/**
 * Makes `sqsClient` deliver sends addressed to the given queue URLs into those local queues.
 * Sends to any other URL fail with `QueueDoesNotExist`; other commands on a routed URL with `UnsupportedOperation`.
 *
 * @example
 * const sqs = new SQSClient({ region: LOCAL_AWS_REGION, credentials: LOCAL_CREDENTIALS })
 * routeSqsToLocalQueues(sqs, { [matchingQueue.url]: matchingQueue })
 * await sqs.send(new SendMessageCommand({ QueueUrl: matchingQueue.url, MessageBody: '{}' }))
 */
export function routeSqsToLocalQueues(sqsClient: SQSClient, queues: Record<string, LocalQueue>): void {
  const middleware = (next: Next, context: { commandName?: string }) => async (args: { input: unknown }) => {
    const command = context.commandName
    const input = (args.input ?? {}) as { QueueUrl?: string }
    if (command === 'SendMessageCommand' || command === 'SendMessageBatchCommand') {
      const queue = input.QueueUrl ? queues[input.QueueUrl] : undefined
      if (!queue) {
        throw new QueueDoesNotExist({ message: `The specified queue does not exist: ${String(input.QueueUrl)} is not routed to a local queue.`, $metadata: {} })
      }
      const output = command === 'SendMessageCommand'
        ? sendOne(queue, args.input as SendMessageRequest)
        : sendBatch(queue, args.input as SendMessageBatchRequest)
      return { output: { ...output, $metadata: { httpStatusCode: 200, requestId: randomUUID(), attempts: 1, totalRetryDelay: 0 } }, response: {} }
    }
    if (input.QueueUrl && queues[input.QueueUrl]) {
      throw new UnsupportedOperation({ message: `${command ?? 'This command'} is not emulated for the local queue ${queues[input.QueueUrl]!.name}; only SendMessage and SendMessageBatch are.`, $metadata: {} })
    }
    return next(args)
  }
  // Low priority puts it inside the SDK's own send middlewares, so the SDK still verifies the MD5 digests we return.
  // Typed loosely (`never`) because the SDK's middleware types live in @smithy/types, not a dependency here.
  sqsClient.middlewareStack.add(middleware as never, { step: 'initialize', priority: 'low', name: 'routeSqsToLocalQueues', override: true })
}

function sendOptionsOf(entry: { DelaySeconds?: number | undefined; MessageAttributes?: Record<string, unknown> | undefined }): SendMessageOptions {
  const options: SendMessageOptions = {}
  if (entry.DelaySeconds !== undefined) options.delaySeconds = entry.DelaySeconds
  if (entry.MessageAttributes) options.messageAttributes = entry.MessageAttributes as Record<string, MessageAttributeInput>
  return options
}

function sendOne(queue: LocalQueue, input: SendMessageRequest): SendMessageResult {
  try {
    const sent = queue.send(input.MessageBody as string, sendOptionsOf(input))
    return { MessageId: sent.messageId, MD5OfMessageBody: sent.md5OfBody, ...(sent.md5OfMessageAttributes ? { MD5OfMessageAttributes: sent.md5OfMessageAttributes } : {}) }
  } catch (error) {
    throw toServiceException(error)
  }
}

function sendBatch(queue: LocalQueue, input: SendMessageBatchRequest): SendMessageBatchResult {
  const entries = input.Entries ?? []
  if (entries.length === 0) throw new EmptyBatchRequest({ message: 'There should be at least one SendMessageBatchRequestEntry in the request.', $metadata: {} })
  if (entries.length > MAX_BATCH_ENTRIES) {
    throw new TooManyEntriesInBatchRequest({ message: `Maximum number of entries per request are ${MAX_BATCH_ENTRIES}. You have sent ${entries.length}.`, $metadata: {} })
  }
  const ids = new Set<string>()
  let totalBytes = 0
  for (const entry of entries) {
    if (typeof entry.Id !== 'string' || !/^[A-Za-z0-9_-]{1,80}$/.test(entry.Id)) {
      throw new InvalidBatchEntryId({ message: `A batch entry id can only contain alphanumeric characters, hyphens and underscores (1-80), got ${JSON.stringify(entry.Id)}.`, $metadata: {} })
    }
    if (ids.has(entry.Id)) throw new BatchEntryIdsNotDistinct({ message: `Id ${entry.Id} repeated.`, $metadata: {} })
    ids.add(entry.Id)
    totalBytes += Buffer.byteLength(entry.MessageBody ?? '')
  }
  if (totalBytes > MAX_MESSAGE_BYTES) {
    throw new BatchRequestTooLong({ message: `Batch requests cannot be longer than ${MAX_MESSAGE_BYTES} bytes; this one is ${totalBytes}.`, $metadata: {} })
  }
  const successful: NonNullable<SendMessageBatchResult['Successful']> = []
  const failed: NonNullable<SendMessageBatchResult['Failed']> = []
  for (const entry of entries) {
    try {
      const sent = queue.send(entry.MessageBody as string, sendOptionsOf(entry))
      successful.push({
        Id: entry.Id!,
        MessageId: sent.messageId,
        MD5OfMessageBody: sent.md5OfBody,
        ...(sent.md5OfMessageAttributes ? { MD5OfMessageAttributes: sent.md5OfMessageAttributes } : {}),
      })
    } catch (error) {
      if (!(error instanceof SqsInputError)) throw error
      failed.push({ Id: entry.Id!, SenderFault: true, Code: error.code, Message: error.message })
    }
  }
  return { Successful: successful, Failed: failed }
}

function toServiceException(error: unknown): unknown {
  if (!(error instanceof SqsInputError)) return error
  return new SQSServiceException({ name: error.code, $fault: 'client', $metadata: {}, message: error.message })
}
