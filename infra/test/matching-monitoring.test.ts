import { App } from 'aws-cdk-lib'
import { Match } from 'aws-cdk-lib/assertions'
import { beforeAll, describe, expect, it } from 'vitest'
import { matchingQueueSettings } from '../../functions/src/matching/queue-settings'
import { schedules } from '../../functions/src/monitoring/schedules'
import { DataStack } from '../lib/data-stack'
import { IdentityStack } from '../lib/identity-stack'
import { MatchingStack, workerMaxConcurrency } from '../lib/matching-stack'
import { scheduleRetryAttempts } from '../lib/monitoring-stack'
import { cdkJsonContext, type SynthesisedApp, sharedSynthesis } from './synth-app'

interface QueueProperties {
  VisibilityTimeout?: number
  MessageRetentionPeriod?: number
  SqsManagedSseEnabled?: boolean
  RedrivePolicy?: { deadLetterTargetArn: unknown; maxReceiveCount: number }
}

let binome: SynthesisedApp
beforeAll(() => {
  binome = sharedSynthesis()
})

const queues = (stack: 'matching' | 'monitoring') =>
  Object.entries(binome.template(binome.stacks[stack]).findResources('AWS::SQS::Queue')).map(
    ([id, queue]) => [id, (queue as { Properties: QueueProperties }).Properties] as const,
  )

describe('matching stack', () => {
  it('redrives a message to the dead-letter queue after maxReceiveCount failed receives', () => {
    const all = queues('matching')
    expect(all).toHaveLength(2)
    const main = all.find(([, props]) => props.RedrivePolicy)
    const dead = all.find(([, props]) => !props.RedrivePolicy)
    expect(main?.[1]).toMatchObject({
      VisibilityTimeout: matchingQueueSettings.visibilityTimeoutSeconds,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dead?.[0], 'Arn'] }, maxReceiveCount: matchingQueueSettings.maxReceiveCount },
    })
    expect(dead?.[1].MessageRetentionPeriod).toBe(matchingQueueSettings.deadLetterRetentionSeconds)
  })

  it('encrypts both queues and refuses plain HTTP', () => {
    for (const [, props] of queues('matching')) expect(props.SqsManagedSseEnabled).toBe(true)
    const policies = binome.template(binome.stacks.matching).findResources('AWS::SQS::QueuePolicy')
    expect(Object.keys(policies)).toHaveLength(2)
    for (const policy of Object.values(policies)) {
      expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"')
    }
  })

  it('feeds the worker in batches, reporting partial batch failures, with bounded concurrency', () => {
    binome.template(binome.stacks.matching).hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: matchingQueueSettings.batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: workerMaxConcurrency },
      EventSourceArn: Match.anyValue(),
    })
  })

  it('runs the worker on Node 22 ARM64 within the queue visibility timeout, with the platform environment', () => {
    // AWS's advice for an SQS event source: a visibility timeout of six times the function's timeout.
    expect(matchingQueueSettings.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * matchingQueueSettings.workerTimeoutSeconds)
    binome.template(binome.stacks.matching).hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Timeout: matchingQueueSettings.workerTimeoutSeconds,
      // A national run needs a full vCPU and ~800 MiB (pnpm bench:matching-run).
      MemorySize: 2048,
      TracingConfig: { Mode: 'Active' },
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          AUTH_ISSUER: Match.anyValue(),
          POWERTOOLS_SERVICE_NAME: 'matching-worker',
          POWERTOOLS_METRICS_NAMESPACE: 'Binome',
        }),
      },
    })
  })

  it('lets the worker send the continuation of a run\'s alternatives to its own queue', () => {
    const template = binome.template(binome.stacks.matching)
    const queueId = Object.keys(template.findResources('AWS::SQS::Queue', { Properties: { RedrivePolicy: Match.anyValue() } }))[0]!
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ POWERTOOLS_SERVICE_NAME: 'matching-worker', MATCHING_QUEUE_URL: { Ref: queueId } }) },
    })
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: Match.arrayWith(['sqs:SendMessage']), Effect: 'Allow', Resource: { 'Fn::GetAtt': [queueId, 'Arn'] } }),
        ]),
      },
    })
  })

  it('rejects settings where a message would reappear while the worker still runs', () => {
    const app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } })
    const data = new DataStack(app, 'Data')
    const identity = new IdentityStack(app, 'Identity', { mailFrom: 'no-reply@binome.example.org' })
    const platform = {
      table: data.table,
      dataRoles: data.dataRoles,
      documentsBucket: data.documentsBucket,
      mailFrom: 'no-reply@binome.example.org',
      appUrl: 'https://app.binome.example.org',
      userPool: identity.userPool,
      userPoolClient: identity.webClient,
    }
    expect(
      () =>
        new MatchingStack(app, 'Matching', {
          ...platform,
          queueSettings: { ...matchingQueueSettings, visibilityTimeoutSeconds: matchingQueueSettings.workerTimeoutSeconds },
        }),
    ).toThrow(/queueSettings\.visibilityTimeoutSeconds \(300\) must exceed queueSettings\.workerTimeoutSeconds \(300\)/)
  })
})

describe('monitoring stack', () => {
  it.each(schedules)('schedules $name with the shared expression, in UTC', (definition) => {
    binome.template(binome.stacks.monitoring).hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: definition.expression,
      ScheduleExpressionTimezone: 'Etc/UTC',
      State: 'ENABLED',
    })
  })

  it("sends the referring partners' summary on the 1st of each month, from its own function", () => {
    const template = binome.template(binome.stacks.monitoring)
    template.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 6 1 * ? *)', ScheduleExpressionTimezone: 'Etc/UTC' })
    const descriptions = Object.values(template.findResources('AWS::Lambda::Function')).map((f) => f.Properties?.Description)
    expect(descriptions).toContain('Scheduled handler monitoring/partner-summary')
  })

  it('lets each scheduled function delete Cognito users (the retention sweep erases a portal account), told the pool, and nothing else of Cognito', () => {
    const template = binome.template(binome.stacks.monitoring)
    for (const fn of Object.values(template.findResources('AWS::Lambda::Function'))) {
      expect(Object.keys(fn.Properties?.Environment?.Variables ?? {})).toContain('USER_POOL_ID')
    }
    const cognito = Object.values(template.findResources('AWS::IAM::Policy'))
      .flatMap((p) => (p.Properties.PolicyDocument.Statement as { Action: string | string[] }[]).flatMap((st) => [st.Action].flat()))
      .filter((a) => a.startsWith('cognito-idp:'))
    expect(new Set(cognito)).toEqual(new Set(['cognito-idp:AdminDeleteUser']))
  })

  it('creates exactly one schedule per shared definition', () => {
    binome.template(binome.stacks.monitoring).resourceCountIs('AWS::Scheduler::Schedule', schedules.length)
  })

  it('targets the function built from the schedule entry, with retries and a dead-letter queue', () => {
    const template = binome.template(binome.stacks.monitoring)
    const [dlqId] = queues('monitoring')[0] ?? []
    const functionIds = Object.keys(template.findResources('AWS::Lambda::Function'))
    expect(functionIds).toHaveLength(new Set(schedules.map((s) => s.entry)).size)
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [functionIds[0], 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: scheduleRetryAttempts, MaximumEventAgeInSeconds: 7200 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
      }),
    })
    const [, dlq] = queues('monitoring')[0] ?? []
    expect(dlq?.SqsManagedSseEnabled).toBe(true)
  })

  it('gives the scheduled function the platform environment and e-mail as the sender', () => {
    const template = binome.template(binome.stacks.monitoring)
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Timeout: 300,
      Environment: {
        Variables: Match.objectLike({
          TABLE_NAME: Match.anyValue(),
          MAIL_FROM: 'no-reply@binome.example.org',
          APP_URL: Match.anyValue(),
          POWERTOOLS_SERVICE_NAME: 'monitoring-schedule',
        }),
      },
    })
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: 'ses:SendEmail', Condition: { StringEquals: { 'ses:FromAddress': 'no-reply@binome.example.org' } } }),
        ]),
      },
    })
  })
})
