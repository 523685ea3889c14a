import { Duration, Stack, type StackProps } from 'aws-cdk-lib'
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources'
import * as sqs from 'aws-cdk-lib/aws-sqs'
import type { Construct } from 'constructs'
import { newslettersQueueSettings } from '../../functions/src/newsletters/queue-settings'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDataAccess, grantSendEmailAs } from './grants'

/**
 * The mentor community newsletters mailed in the background (issue 10): the queue the onboarding API sends a
 * newsletter to, its dead-letter queue, and the worker that mails the programme's active mentors through SES, page by
 * page (a thousand mentors take longer than API Gateway's 29 s). The same pattern as the results exports.
 *
 * @example
 * const newsletters = new NewslettersStack(app, 'Binome-Newsletters', { ...platform })
 * newsletters.queue.grantSendMessages(api.functions.onboarding.function)
 */
export class NewslettersStack extends Stack {
  readonly queue: sqs.Queue
  readonly deadLetterQueue: sqs.Queue
  readonly worker: AppFunction

  constructor(scope: Construct, id: string, props: StackProps & PlatformSettings) {
    super(scope, id, { description: 'Binôme mentor newsletters: queue, dead-letter queue and worker', ...props })
    const settings = newslettersQueueSettings
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
      entry: 'newsletters/worker',
      serviceName: 'newsletters-worker',
      description: 'Mails the mentor community newsletters (SQS worker)',
      timeout: Duration.seconds(settings.workerTimeoutSeconds),
      memorySize: 512,
      environment: platformEnvironment(props),
    })
    grantDataAccess(this.worker, props.dataRoles)
    grantSendEmailAs(this.worker.function, props.mailFrom)
    this.worker.function.addEventSource(new SqsEventSource(this.queue, { batchSize: settings.batchSize, reportBatchItemFailures: true, maxConcurrency: 2 }))
  }
}
