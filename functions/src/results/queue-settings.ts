/**
 * Settings of the results exports queue, shared by the CDK exports stack (SQS + DLQ + event source) and the local
 * in-process queue. No imports on purpose: infra reads it without bundling handler code.
 */
export const exportsQueueSettings = {
  /** One file at a time: each is a whole programme read and written. */
  batchSize: 1,
  /** Above six times the worker's timeout, as AWS advises for an SQS event source. */
  visibilityTimeoutSeconds: 720,
  /** A programme of 10,000 duos is read and written in a few seconds (`pnpm bench:platform`); two minutes is ample. */
  workerTimeoutSeconds: 120,
  /** After this many failed receives the job is marked failed and the message goes to the dead-letter queue. */
  maxReceiveCount: 3,
  deadLetterRetentionSeconds: 14 * 24 * 3600,
} as const
