import { Match } from 'aws-cdk-lib/assertions'
import { beforeAll, describe, expect, it } from 'vitest'
import { newslettersQueueSettings } from '../../functions/src/newsletters/queue-settings'
import { type SynthesisedApp, sharedSynthesis } from './synth-app'

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
const template = () => binome.template(binome.stacks.newsletters)
const queues = () => Object.entries(template().findResources('AWS::SQS::Queue')).map(
  ([id, queue]) => [id, (queue as { Properties: QueueProperties }).Properties] as const,
)

/** The mentor community newsletters mailed in the background (issue 10): the same pattern as the results exports. */
describe('newsletters stack', () => {
  it('redrives a newsletter to the dead-letter queue after maxReceiveCount failed receives; both queues encrypted, HTTPS only', () => {
    const all = queues()
    expect(all).toHaveLength(2)
    const main = all.find(([, p]) => p.RedrivePolicy)
    const dead = all.find(([, p]) => !p.RedrivePolicy)
    expect(main?.[1]).toMatchObject({
      VisibilityTimeout: newslettersQueueSettings.visibilityTimeoutSeconds,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dead?.[0], 'Arn'] }, maxReceiveCount: newslettersQueueSettings.maxReceiveCount },
    })
    expect(dead?.[1].MessageRetentionPeriod).toBe(newslettersQueueSettings.deadLetterRetentionSeconds)
    for (const [, p] of all) expect(p.SqsManagedSseEnabled).toBe(true)
    for (const policy of Object.values(template().findResources('AWS::SQS::QueuePolicy'))) expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"')
  })

  it('feeds the worker one newsletter at a time, reporting partial batch failures, within the visibility timeout', () => {
    template().hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BatchSize: newslettersQueueSettings.batchSize, FunctionResponseTypes: ['ReportBatchItemFailures'], EventSourceArn: Match.anyValue(),
    })
    template().hasResourceProperties('AWS::Lambda::Function', { Timeout: newslettersQueueSettings.workerTimeoutSeconds, Architectures: ['arm64'] })
    expect(newslettersQueueSettings.visibilityTimeoutSeconds).toBeGreaterThanOrEqual(6 * newslettersQueueSettings.workerTimeoutSeconds)
  })

  it('lets the worker send e-mail as the configured sender only, and tells the onboarding API the queue (api.test.ts: only onboarding may send to it)', () => {
    const policies = JSON.stringify(template().findResources('AWS::IAM::Policy'))
    expect(policies).toContain('ses:SendEmail')
    expect(policies).toContain('ses:FromAddress')
    expect(policies).not.toContain('s3:')
    const api = binome.template(binome.stacks.api).toJSON().Resources as Record<string, { Type: string; Properties: any }>
    const onboarding = Object.values(api).find((r) => r.Type === 'AWS::Lambda::Function' && JSON.stringify(r.Properties.Environment ?? {}).includes('NEWSLETTERS_QUEUE_URL'))
    expect(onboarding).toBeDefined()
  })

  it('alarms on a message in the newsletters dead-letter queue, and on the worker’s errors and throttles', () => {
    const alarms = Object.values(binome.template(binome.stacks.operations).findResources('AWS::CloudWatch::Alarm')).map((r) => JSON.stringify((r as { Properties: { AlarmName: unknown } }).Properties.AlarmName))
    for (const name of ['DeadLetters-newsletters', 'Errors-newsletters-worker', 'Throttles-newsletters-worker']) expect(alarms.some((a) => a.includes(name)), name).toBe(true)
  })
})
