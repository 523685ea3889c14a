import type { OperatedQueue, QueueHealth } from '@binome/contracts'

/**
 * What the operator's health page reads from the platform's running parts: on AWS from SQS and CloudWatch, locally
 * from the in-process queue and the local runtime's error ledger. Counts only, never message contents.
 */
export interface PlatformOperations {
  queues(): Promise<QueueHealth[]>
  /** Sends a queue's dead letters back to it; how many were moved (on AWS, how many were waiting when asked). */
  redrive(queue: OperatedQueue): Promise<{ moved: number }>
  /** Failures between `since` and `until`, by service. */
  errorCounts(since: Date, until: Date): Promise<Record<string, number>>
}
