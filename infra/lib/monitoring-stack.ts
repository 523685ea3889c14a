import { Duration, Stack, TimeZone, type StackProps } from 'aws-cdk-lib'
import * as scheduler from 'aws-cdk-lib/aws-scheduler'
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets'
import * as sqs from 'aws-cdk-lib/aws-sqs'
import { NagSuppressions } from 'cdk-nag'
import type { Construct } from 'constructs'
import { schedules as defaultSchedules, sweepCompletedMetric, type ScheduleDefinition } from '../../functions/src/monitoring/schedules'
import { AppFunction } from './app-function'
import { platformEnvironment, type PlatformSettings } from './function-environment'
import { grantDocuments, grantSendEmailAs, grantDataAccess } from './grants'

export interface MonitoringStackProps extends StackProps, PlatformSettings {
  /** Schedules to create; default the shared list of `functions/src/monitoring/schedules.ts`. */
  readonly schedules?: readonly ScheduleDefinition[]
}

/** Retries EventBridge Scheduler makes when an invocation fails, before the event goes to the dead-letter queue. */
export const scheduleRetryAttempts = 3
/** Age after which a not-yet-delivered scheduled event is given up (sent to the dead-letter queue). */
export const scheduleMaxEventAge = Duration.hours(2)

/**
 * The scheduled side of monitoring: one EventBridge Scheduler schedule per entry of `schedules`, each invoking the
 * function built from its entry file, with retries and a dead-letter queue for invocations that keep failing.
 *
 * @example
 * const monitoring = new MonitoringStack(app, 'Binome-Monitoring', { table, mailFrom, appUrl })
 * monitoring.scheduleFunctions.get('monitoring/schedule')
 */
export class MonitoringStack extends Stack {
  /** Functions by entry (several schedules may share one handler). */
  readonly scheduleFunctions = new Map<string, AppFunction>()
  readonly deadLetterQueue: sqs.Queue

  constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, { description: 'Binôme monitoring: scheduled sweeps', ...props })
    const definitions = props.schedules ?? defaultSchedules
    if (definitions.length === 0) throw new RangeError('schedules: at least one schedule is expected')

    this.deadLetterQueue = new sqs.Queue(this, 'ScheduleDeadLetterQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    })
    NagSuppressions.addResourceSuppressions(this.deadLetterQueue, [
      { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue of the schedules.' },
    ])

    for (const definition of definitions) {
      const fn = this.functionFor(definition.entry, props)
      new scheduler.Schedule(this, `Schedule-${definition.name}`, {
        description: definition.description,
        schedule: scheduler.ScheduleExpression.expression(definition.expression, TimeZone.ETC_UTC),
        target: new LambdaInvoke(fn.function, {
          retryAttempts: scheduleRetryAttempts,
          maxEventAge: scheduleMaxEventAge,
          deadLetterQueue: this.deadLetterQueue,
        }),
      })
    }
    // LambdaInvoke creates one scheduler role per target function at the stack root.
    for (const child of this.node.children) {
      if (child.node.id.startsWith('SchedulerRoleForTarget')) {
        NagSuppressions.addResourceSuppressions(
          child,
          [
            {
              id: 'AwsSolutions-IAM5',
              reason: 'The scheduler role may invoke the target function and its versions (<function>:*), as LambdaInvoke grants; it names that one function only.',
              appliesTo: [{ regex: '/^Resource::<Scheduled.*\\.Arn>:\\*$/' }],
            },
          ],
          true,
        )
      }
    }
  }

  private functionFor(entry: string, props: MonitoringStackProps): AppFunction {
    const existing = this.scheduleFunctions.get(entry)
    if (existing) return existing
    const fn = new AppFunction(this, `Scheduled-${entry.replace(/[^a-z0-9]/gi, '-')}`, {
      entry,
      serviceName: sweepCompletedMetric.service,
      description: `Scheduled handler ${entry}`,
      // A sweep walks every organisation; give it room well beyond an HTTP request.
      timeout: Duration.minutes(5),
      memorySize: 1024,
      environment: platformEnvironment(props),
    })
    grantDataAccess(fn, props.dataRoles)
    grantSendEmailAs(fn.function, props.mailFrom)
    // The daily sweep erases people past their retention period, with their duos' documents and their portal user.
    grantDocuments(fn, props.documentsBucket)
    fn.function.addEnvironment('USER_POOL_ID', props.userPool.userPoolId)
    props.userPool.grant(fn.function, 'cognito-idp:AdminDeleteUser')
    this.scheduleFunctions.set(entry, fn)
    return fn
  }
}
