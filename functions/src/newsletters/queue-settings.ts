/**
 * Settings of the newsletters queue, shared by the CDK newsletters stack (SQS + DLQ + event source) and the local
 * in-process queue. No imports on purpose: infra reads it without bundling handler code.
 */
export const newslettersQueueSettings = {
  /** One newsletter at a time: each mails a whole programme's active mentors, page by page. */
  batchSize: 1,
  /** Six times the worker's timeout, as AWS advises for an SQS event source. */
  visibilityTimeoutSeconds: 5400,
  /**
   * 1,000 mentors were mailed in 19–31 s inside an HTTP request (`pnpm bench:community`, local outbox); SES takes
   * 14 mails a second on a new account, about 70 s for 1,000. Fifteen minutes, Lambda's most: a worker stopped by it
   * leaves the newsletter sending and the redelivered message goes on from the delivery marks.
   */
  workerTimeoutSeconds: 900,
  /** After this many failed receives the newsletter is marked failed and the message goes to the dead-letter queue. */
  maxReceiveCount: 3,
  deadLetterRetentionSeconds: 14 * 24 * 3600,
} as const
