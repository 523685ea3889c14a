import { Duration, Stack, type StackProps } from 'aws-cdk-lib'
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2'
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch'
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions'
import * as kms from 'aws-cdk-lib/aws-kms'
import * as sns from 'aws-cdk-lib/aws-sns'
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions'
import type * as sqs from 'aws-cdk-lib/aws-sqs'
import type { Construct } from 'constructs'
import { sweepCompletedMetric } from '../../functions/src/monitoring/schedules'
import { metricsNamespace, type AppFunction } from './app-function'

export interface OperationsStackProps extends StackProps {
  readonly httpApi: apigwv2.IHttpApi
  readonly stage: apigwv2.IHttpStage
  /** Every function, by a readable name used in the alarms' names. */
  readonly functions: Record<string, AppFunction>
  /** Dead-letter queues, by a readable name: a message there is work a user waited for and did not get. */
  readonly deadLetterQueues: Record<string, sqs.IQueue>
  /** Where alarms are sent by e-mail, if set (the topic exists either way, for other subscribers). */
  readonly alarmEmail?: string
}

/** The API's 5xx share (in %) above which users are failing, once enough requests make the share meaningful. */
export const api5xxPercentThreshold = 5
export const api5xxMinimumRequests = 20

/**
 * Knowing when something breaks: CloudWatch alarms on what means users are failing — a message in a dead-letter
 * queue, the API's 5xx share, a function's errors or throttles, the daily sweep not having run — sent to one
 * encrypted SNS topic. Metrics carry no personal data (counts by service only).
 *
 * @example
 * new OperationsStack(app, 'Binome-Operations', { httpApi, stage, functions, deadLetterQueues, alarmEmail })
 */
export class OperationsStack extends Stack {
  readonly topic: sns.Topic
  readonly alarms: cloudwatch.Alarm[] = []

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, { description: 'Binôme operations: alarms on what means users are failing', ...props })
    this.topic = new sns.Topic(this, 'Alarms', {
      displayName: 'Binôme alarms',
      enforceSSL: true,
      masterKey: kms.Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    })
    if (props.alarmEmail) this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail))
    const notify = new actions.SnsAction(this.topic)
    const alarm = (name: string, options: cloudwatch.AlarmProps) => {
      const a = new cloudwatch.Alarm(this, name, { ...options, alarmName: `${this.stackName}-${name}` })
      a.addAlarmAction(notify)
      a.addOkAction(notify)
      this.alarms.push(a)
      return a
    }
    const fiveMinutes = Duration.minutes(5)

    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(`DeadLetters-${name}`, {
        alarmDescription: `A message reached the ${name} dead-letter queue: work a user waited for failed every retry.`,
        metric: queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      })
    }

    const apiMetric = (metricName: string) => new cloudwatch.Metric({
      namespace: 'AWS/ApiGateway', metricName, statistic: 'Sum', period: fiveMinutes,
      dimensionsMap: { ApiId: props.httpApi.apiId, Stage: props.stage.stageName },
    })
    alarm('Api5xxRate', {
      alarmDescription: `More than ${api5xxPercentThreshold}% of API requests answered 5xx over 5 minutes (with at least ${api5xxMinimumRequests} requests).`,
      metric: new cloudwatch.MathExpression({
        expression: `IF(requests >= ${api5xxMinimumRequests}, 100 * errors / requests, 0)`,
        usingMetrics: { errors: apiMetric('5xx'), requests: apiMetric('Count') },
        period: fiveMinutes,
        label: 'API 5xx %',
      }),
      threshold: api5xxPercentThreshold,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    })

    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`Errors-${name}`, {
        alarmDescription: `The ${name} function failed (unhandled errors or timeouts) over 5 minutes.`,
        metric: fn.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      })
      alarm(`Throttles-${name}`, {
        alarmDescription: `The ${name} function was throttled: requests were refused for lack of concurrency.`,
        metric: fn.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum' }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      })
    }

    alarm('SweepNotRun', {
      alarmDescription: 'The daily monitoring sweep has not completed in the last day: coordinators get no alerts.',
      metric: new cloudwatch.Metric({
        namespace: metricsNamespace, metricName: sweepCompletedMetric.name, statistic: 'Sum', period: Duration.days(1),
        dimensionsMap: { service: sweepCompletedMetric.service },
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // No data point at all is the failure this alarm is for.
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    })
  }
}
