import { Duration, Stack, type StackProps } from 'aws-cdk-lib'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import * as sqs from 'aws-cdk-lib/aws-sqs'
import type { Construct } from 'constructs'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDataAccess } from './grants'

/** What a background job's queue and worker are tuned by, shared with the local queue (each `queue-settings.ts`). */
export interface QueueWorkerSettings {
  visibilityTimeoutSeconds: number
  maxReceiveCount: number
  deadLetterRetentionSeconds: number
  workerTimeoutSeconds: number
  batchSize: number
}

/** The worker's own part: its entry, names and memory; the stack adds the grants its work needs. */
export interface QueueWorkerOptions {
  description: string
  settings: QueueWorkerSettings
  entry: string
  serviceName: string
  workerDescription: string
  memorySize: number
  /** Highest number of worker instances the queue may start at once (default 2, SQS's least). */
  maxConcurrency?: number
}

/**
 * A job done in the background: an encrypted queue, its dead-letter queue, and an SQS worker reading the tenant data,
 * reporting partial batch failures. Matching, the results exports and the newsletters are such stacks; each adds its
 * own grants. The queue's visibility timeout must exceed the worker's timeout, or a message is delivered again while
 * still being worked on.
 *
 * @example
 * class NewslettersStack extends QueueWorkerStack {
 *   constructor(scope: Construct, id: string, props: StackProps & PlatformSettings) {
 *     super(scope, id, props, { description: '…', settings: newslettersQueueSettings, entry: 'newsletters/worker', … })
 *     grantSendEmailAs(this.worker.function, props.mailFrom)
 *   }
 * }
 */
export class QueueWorkerStack extends Stack {
  readonly queue: sqs.Queue
  readonly deadLetterQueue: sqs.Queue
  readonly worker: AppFunction

  constructor(scope: Construct, id: string, props: StackProps & PlatformSettings, opts: QueueWorkerOptions) {
    super(scope, id, { description: opts.description, ...props })
    const { settings } = opts
    if (settings.visibilityTimeoutSeconds <= settings.workerTimeoutSeconds) {
      throw new RangeError(
        `queueSettings.visibilityTimeoutSeconds (${settings.visibilityTimeoutSeconds}) must exceed queueSettings.workerTimeoutSeconds (${settings.workerTimeoutSeconds}), or messages are redelivered while still being worked on`,
      )
    }
    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.seconds(settings.deadLetterRetentionSeconds),
    })
    this.queue = new sqs.Queue(this, 'Queue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(settings.visibilityTimeoutSeconds),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: settings.maxReceiveCount },
    })
    this.worker = new AppFunction(this, 'Worker', {
      entry: opts.entry,
      serviceName: opts.serviceName,
      description: opts.workerDescription,
      timeout: Duration.seconds(settings.workerTimeoutSeconds),
      memorySize: opts.memorySize,
      environment: platformEnvironment(props),
    })
    grantDataAccess(this.worker, props.dataRoles)
    this.worker.function.addEventSource(new SqsEventSource(this.queue, {
      batchSize: settings.batchSize, reportBatchItemFailures: true, maxConcurrency: opts.maxConcurrency ?? 2,
    }))
  }
}
