import type { StackProps } from 'aws-cdk-lib'
import type { Construct } from 'constructs'
import { newslettersQueueSettings } from '../../functions/src/newsletters/queue-settings'
import type { PlatformSettings } from './function-environment'
import { grantSendEmailAs } from './grants'
import { QueueWorkerStack } from './queue-worker-stack'

/**
 * The mentor community newsletters mailed in the background (issue 10): the queue the onboarding API sends a
 * newsletter to, its dead-letter queue, and the worker that mails the programme's active mentors through SES, page by
 * page (a thousand mentors take longer than API Gateway's 29 s). The same pattern as the results exports.
 *
 * @example
 * const newsletters = new NewslettersStack(app, 'Binome-Newsletters', { ...platform })
 * newsletters.queue.grantSendMessages(api.functions.onboarding.function)
 */
export class NewslettersStack extends QueueWorkerStack {
  constructor(scope: Construct, id: string, props: StackProps & PlatformSettings) {
    super(scope, id, props, {
      description: 'Binôme mentor newsletters: queue, dead-letter queue and worker',
      settings: newslettersQueueSettings,
      entry: 'newsletters/worker',
      serviceName: 'newsletters-worker',
      workerDescription: 'Mails the mentor community newsletters (SQS worker)',
      memorySize: 512,
    })
    grantSendEmailAs(this.worker.function, props.mailFrom)
  }
}
