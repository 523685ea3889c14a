import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs'

/** The message the API sends to start a matching run (and the worker to carry on its alternatives); the worker reads exactly this. */
export interface MatchingRunMessage {
  orgId: string
  programmeId: string
  runId: string
  /** Set on the worker's continuation of a run's alternatives: mentees already done (the run's cursor decides). */
  lossesFrom?: number
}

export interface MatchingQueue {
  send(message: MatchingRunMessage): Promise<void>
}

/**
 * Sends to the matching SQS queue. Locally the same client is routed to the in-process queue.
 *
 * @example
 * await sqsMatchingQueue(new SQSClient({}), process.env.MATCHING_QUEUE_URL!).send({ orgId, programmeId, runId })
 */
export function sqsMatchingQueue(client: SQSClient, queueUrl: string): MatchingQueue {
  return {
    async send(message) {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }))
    },
  }
}

/** The message the API sends to make a results export in the background; the exports worker reads exactly this. */
export interface ResultsExportMessage {
  orgId: string
  jobId: string
}

export interface ExportsQueue {
  send(message: ResultsExportMessage): Promise<void>
}

/**
 * Sends to the results exports SQS queue (locally routed to the in-process queue, as the matching one).
 *
 * @example
 * await sqsExportsQueue(new SQSClient({}), process.env.EXPORTS_QUEUE_URL!).send({ orgId, jobId })
 */
export function sqsExportsQueue(client: SQSClient, queueUrl: string): ExportsQueue {
  return {
    async send(message) {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }))
    },
  }
}

/** The message the API sends to mail a newsletter in the background; the newsletters worker reads exactly this. */
export interface NewsletterMessage {
  orgId: string
  programmeId: string
  newsletterId: string
}

export interface NewslettersQueue {
  send(message: NewsletterMessage): Promise<void>
}

/**
 * Sends to the newsletters SQS queue (locally routed to the in-process queue, as the matching and exports ones).
 *
 * @example
 * await sqsNewslettersQueue(new SQSClient({}), process.env.NEWSLETTERS_QUEUE_URL!).send({ orgId, programmeId, newsletterId })
 */
export function sqsNewslettersQueue(client: SQSClient, queueUrl: string): NewslettersQueue {
  return {
    async send(message) {
      await client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(message) }))
    },
  }
}
