import { Duration, Stack, type StackProps } from 'aws-cdk-lib'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import * as sqs from 'aws-cdk-lib/aws-sqs'
import type { Construct } from 'constructs'
import { matchingQueueSettings } from '../../functions/src/matching/queue-settings'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDataAccess } from './grants'

/** The shape of `matchingQueueSettings`, with plain numbers so that other values can be passed. */
export type MatchingQueueSettings = { readonly [K in keyof typeof matchingQueueSettings]: number }

export interface MatchingStackProps extends StackProps, PlatformSettings {
  /** Settings of the queue and worker; default the shared `matchingQueueSettings`. */
  readonly queueSettings?: MatchingQueueSettings
}

/**
 * Highest number of worker instances the queue may start at once: matching runs are rare and heavy, and two keep
 * DynamoDB writes moderate. (SQS event sources accept 2 to 1000.)
 */
export const workerMaxConcurrency = 2

/**
 * The matching queue (the API records a run and sends a message; the worker computes the suggestions), its
 * dead-letter queue, and the worker function that reports partial batch failures.
 *
 * @example
 * const matching = new MatchingStack(app, 'Binome-Matching', { table: data.table })
 * matching.queue.grantSendMessages(api.matchingFunction)
 */
export class MatchingStack extends Stack {
  readonly queue: sqs.Queue
  readonly deadLetterQueue: sqs.Queue
  readonly worker: AppFunction

  constructor(scope: Construct, id: string, props: MatchingStackProps) {
    super(scope, id, { description: 'Binôme matching: queue, dead-letter queue and worker', ...props })
    const settings = props.queueSettings ?? matchingQueueSettings
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
      entry: 'matching/worker',
      serviceName: 'matching-worker',
      description: 'Computes the suggestions of a matching run (SQS worker)',
      timeout: Duration.seconds(settings.workerTimeoutSeconds),
      // The engine is CPU-bound and single-threaded: 1,769 MB buys one full vCPU; a national run (20,000 per side)
      // peaks near 1 GB resident with the pool loaded (pnpm bench:matching-run, with the platform in the same
      // process), so 2,048 MB leaves headroom.
      memorySize: 2048,
      environment: platformEnvironment(props),
    })
    grantDataAccess(this.worker, props.dataRoles)
    // A run's alternatives that outlast one invocation go on in the next: the worker sends itself a continuation.
    this.worker.function.addEnvironment('MATCHING_QUEUE_URL', this.queue.queueUrl)
    this.queue.grantSendMessages(this.worker.function)
    this.worker.function.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: settings.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: workerMaxConcurrency,
      }),
    )
  }
}
