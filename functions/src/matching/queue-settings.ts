/**
 * Settings of the matching queue, shared by the CDK matching stack (SQS + DLQ + event source)
 * and the local in-process queue, so that retries and batching behave the same in both places.
 * No imports on purpose: infra reads it without bundling handler code.
 */
export const matchingQueueSettings = {
  /** Messages handed to the worker in one event. */
  batchSize: 5,
  /**
   * How long a received message stays invisible before it may be retried (seconds). Must exceed the worker timeout;
   * AWS advises six times the function's timeout for an SQS event source, so that retries of a throttled batch do not
   * hand a message still being worked on to a second worker.
   */
  visibilityTimeoutSeconds: 1800,
  /**
   * Worker Lambda timeout (seconds). Measured with `pnpm bench:matching-run` on this 2-core machine while other work
   * ran on it: 20,000 × 20,000 national pool, 130 s end to end (load 17 s, engine 61 s, writing 20,000 suggestions
   * 50 s into dynalite on disk; DynamoDB takes batch writes faster); 5,000 × 5,000, 9.4 s. Five minutes leaves more
   * than twice the largest.
   */
  workerTimeoutSeconds: 300,
  /** After this many failed receives a message goes to the dead-letter queue. */
  maxReceiveCount: 5,
  /** Dead-letter retention (seconds): 14 days, the SQS maximum, so operators can inspect failures. */
  deadLetterRetentionSeconds: 14 * 24 * 3600,
} as const
