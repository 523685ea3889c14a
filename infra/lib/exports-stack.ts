import { Duration, Stack, type StackProps } from 'aws-cdk-lib'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import * as sqs from 'aws-cdk-lib/aws-sqs'
import type { Construct } from 'constructs'
import { exportsQueueSettings } from '../../functions/src/results/queue-settings'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDataAccess, grantDocuments } from './grants'

/**
 * The results exports made in the background (issue 11): the queue the monitoring API sends jobs to, its dead-letter
 * queue, and the worker that makes the files (XLSX, PDF, CSV) and stores them in the documents bucket. ExcelJS and
 * pdf-lib are this worker's, not the HTTP function's concern.
 *
 * @example
 * const exports = new ExportsStack(app, 'Binome-Exports', { ...platform })
 * exports.queue.grantSendMessages(api.functions.monitoring.function)
 */
export class ExportsStack extends Stack {
  readonly queue: sqs.Queue
  readonly deadLetterQueue: sqs.Queue
  readonly worker: AppFunction

  constructor(scope: Construct, id: string, props: StackProps & PlatformSettings) {
    super(scope, id, { description: 'Binôme results exports: queue, dead-letter queue and worker', ...props })
    const settings = exportsQueueSettings
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
      entry: 'results/worker',
      serviceName: 'exports-worker',
      description: 'Makes the results files for funders (SQS worker)',
      timeout: Duration.seconds(settings.workerTimeoutSeconds),
      memorySize: 1024,
      environment: platformEnvironment(props),
    })
    grantDataAccess(this.worker, props.dataRoles)
    grantDocuments(this.worker, props.documentsBucket)
    this.worker.function.addEventSource(new SqsEventSource(this.queue, { batchSize: settings.batchSize, reportBatchItemFailures: true, maxConcurrency: 2 }))
  }
}
