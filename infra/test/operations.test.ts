import { beforeAll, describe, expect, it } from 'vitest'
import { sweepCompletedMetric } from '../../functions/src/monitoring/schedules'
import { type SynthesisedApp, sharedSynthesis, synthesiseBinome } from './synth-app'

type Resources = Record<string, { Type: string; Properties: Record<string, any> }>

let binome: SynthesisedApp
beforeAll(() => {
  binome = sharedSynthesis()
})
const resources = () => binome.template(binome.stacks.operations).toJSON().Resources as Resources
const alarms = () => Object.values(resources()).filter((r) => r.Type === 'AWS::CloudWatch::Alarm').map((r) => r.Properties)
const named = (suffix: string) => alarms().filter((a) => JSON.stringify(a.AlarmName).includes(suffix))

describe('operations alarms', () => {
  it('alarms on a message in either dead-letter queue', () => {
    for (const name of ['DeadLetters-matching', 'DeadLetters-schedules', 'DeadLetters-exports', 'DeadLetters-newsletters']) {
      const [a] = named(name)
      expect(a).toMatchObject({ MetricName: 'ApproximateNumberOfMessagesVisible', Namespace: 'AWS/SQS', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' })
    }
  })

  it('alarms on the API 5xx share, only once there are enough requests to mean something', () => {
    const [a] = named('Api5xxRate')
    const expression = a!.Metrics.find((m: { Expression?: string }) => m.Expression)!.Expression
    expect(expression).toBe('IF(requests >= 20, 100 * errors / requests, 0)')
    const metricNames = a!.Metrics.filter((m: { MetricStat?: unknown }) => m.MetricStat).map((m: { MetricStat: { Metric: { MetricName: string; Namespace: string } } }) => [m.MetricStat.Metric.Namespace, m.MetricStat.Metric.MetricName])
    expect(metricNames.sort()).toEqual([['AWS/ApiGateway', '5xx'], ['AWS/ApiGateway', 'Count']])
    expect(a!.Threshold).toBe(5)
  })

  it('alarms on errors and throttles of every function: the three apps, the three workers and the schedule', () => {
    const fns = ['api-onboarding', 'api-matching', 'api-monitoring', 'matching-worker', 'exports-worker', 'newsletters-worker', 'schedule-monitoring-schedule']
    for (const fn of fns) {
      expect(named(`Errors-${fn}`)[0]).toMatchObject({ MetricName: 'Errors', Namespace: 'AWS/Lambda' })
      expect(named(`Throttles-${fn}`)[0]).toMatchObject({ MetricName: 'Throttles', Namespace: 'AWS/Lambda' })
    }
  })

  it('alarms when a day passes without a completed sweep, missing data counting as failure', () => {
    const [a] = named('SweepNotRun')
    expect(a).toMatchObject({
      MetricName: sweepCompletedMetric.name, Namespace: 'Binome', Period: 86400, Threshold: 1,
      ComparisonOperator: 'LessThanThreshold', TreatMissingData: 'breaching',
      Dimensions: [{ Name: 'service', Value: sweepCompletedMetric.service }],
    })
  })

  it('sends every alarm and its recovery to one encrypted topic that refuses plain HTTP', () => {
    const topics = Object.entries(resources()).filter(([, r]) => r.Type === 'AWS::SNS::Topic')
    expect(topics).toHaveLength(1)
    const [topicId, topic] = topics[0]!
    expect(JSON.stringify(topic.Properties.KmsMasterKeyId)).toContain('alias/aws/sns')
    for (const a of alarms()) {
      expect(a.AlarmActions).toEqual([{ Ref: topicId }])
      expect(a.OKActions).toEqual([{ Ref: topicId }])
    }
    const policies = Object.values(resources()).filter((r) => r.Type === 'AWS::SNS::TopicPolicy')
    expect(JSON.stringify(policies)).toContain('aws:SecureTransport')
  })

  it('e-mails the alarms only when an address is configured', () => {
    expect(Object.values(resources()).filter((r) => r.Type === 'AWS::SNS::Subscription')).toEqual([])
    const withEmail = synthesiseBinome({ context: { 'binome:alarmEmail': 'ops@binome.example.org' } })
    const subs = Object.values(withEmail.template(withEmail.stacks.operations).toJSON().Resources as Resources).filter((r) => r.Type === 'AWS::SNS::Subscription')
    expect(subs.map((s) => [s.Properties.Protocol, s.Properties.Endpoint])).toEqual([['email', 'ops@binome.example.org']])
  })
})
