/**
 * Settings of the matching queue, shared by the CDK matching stack (SQS + DLQ + event source)
 * and the local in-process queue, so that retries and batching behave the same in both places.
 * No imports on purpose: infra reads it without bundling handler code.
 */
export const matchingQueueSettings = {
  /** Messages handed to the worker in one event. */
  batchSize: 5,
  /** How long a received message stays invisible before it may be retried (seconds). Must exceed the worker timeout. */
  visibilityTimeoutSeconds: 180,
  /** Worker Lambda timeout (seconds). */
  workerTimeoutSeconds: 120,
  /** After this many failed receives a message goes to the dead-letter queue. */
  maxReceiveCount: 5,
  /** Dead-letter retention (seconds): 14 days, the SQS maximum, so operators can inspect failures. */
  deadLetterRetentionSeconds: 14 * 24 * 3600,
} as const
