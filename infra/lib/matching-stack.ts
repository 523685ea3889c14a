import type { StackProps } from 'aws-cdk-lib'
import type { Construct } from 'constructs'
import { matchingQueueSettings } from '../../functions/src/matching/queue-settings'
import type { PlatformSettings } from './function-environment'
import { QueueWorkerStack } from './queue-worker-stack'

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
 * dead-letter queue, and the worker function that reports partial batch failures (a `QueueWorkerStack`).
 *
 * @example
 * const matching = new MatchingStack(app, 'Binome-Matching', { ...platform })
 * matching.queue.grantSendMessages(api.matchingFunction)
 */
export class MatchingStack extends QueueWorkerStack {
  constructor(scope: Construct, id: string, props: MatchingStackProps) {
    super(scope, id, props, {
      description: 'Binôme matching: queue, dead-letter queue and worker',
      settings: props.queueSettings ?? matchingQueueSettings,
      entry: 'matching/worker',
      serviceName: 'matching-worker',
      workerDescription: 'Computes the suggestions of a matching run (SQS worker)',
      // The engine is CPU-bound and single-threaded: 1,769 MB buys one full vCPU; a national run (20,000 per side)
      // peaks near 1 GB resident with the pool loaded (pnpm bench:matching-run, with the platform in the same
      // process), so 2,048 MB leaves headroom.
      memorySize: 2048,
      maxConcurrency: workerMaxConcurrency,
    })
    // A run's alternatives that outlast one invocation go on in the next: the worker sends itself a continuation.
    this.worker.function.addEnvironment('MATCHING_QUEUE_URL', this.queue.queueUrl)
    this.queue.grantSendMessages(this.worker.function)
  }
}
