import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs'
import { mockClient } from 'aws-sdk-client-mock'
import { beforeEach, describe, expect, it } from 'vitest'
import { awsOperations, type AwsOperationsSettings } from '../src/shared/aws/operations'

// SQS and CloudWatch cannot run here; the local platform's probe reads the in-process queue instead.
const sqs = mockClient(SQSClient)
const cloudwatch = mockClient(CloudWatchClient)
beforeEach(() => {
  sqs.reset()
  cloudwatch.reset()
})

const settings: AwsOperationsSettings = {
  queue: { url: 'https://sqs/q', arn: 'arn:q', deadLetterUrl: 'https://sqs/dlq', deadLetterArn: 'arn:dlq' },
  functions: { 'api-onboarding': 'Binome-Api-Onboarding', 'matching-worker': 'Binome-Matching-Worker' },
  api: { id: 'abc123', stage: '$default' },
}
const ops = () => awsOperations(settings, new SQSClient({}), new CloudWatchClient({}))

describe('the operations probe on AWS', () => {
  it('reads the queue and its dead-letter queue’s depths', async () => {
    sqs.on(GetQueueAttributesCommand, { QueueUrl: 'https://sqs/q' }).resolves({
      Attributes: { ApproximateNumberOfMessages: '4', ApproximateNumberOfMessagesNotVisible: '2', ApproximateNumberOfMessagesDelayed: '1' },
    })
    sqs.on(GetQueueAttributesCommand, { QueueUrl: 'https://sqs/dlq' }).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } })
    expect(await ops().queues()).toEqual([{ name: 'matching', waiting: 5, inFlight: 2, deadLetters: 3 }])
  })

  it('redrives dead letters with a message move task into the queue, and starts none when there is nothing to move', async () => {
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } })
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 't1' })
    expect(await ops().redrive('matching')).toEqual({ moved: 3 })
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)[0]!.args[0].input).toEqual({ SourceArn: 'arn:dlq', DestinationArn: 'arn:q' })

    sqs.reset()
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: { ApproximateNumberOfMessages: '0' } })
    expect(await ops().redrive('matching')).toEqual({ moved: 0 })
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0)
  })

  it('sums each function’s Errors and the API’s 5xx over the window, by service', async () => {
    cloudwatch.on(GetMetricDataCommand).resolves({
      MetricDataResults: [{ Id: 'f0', Values: [2, 1] }, { Id: 'f1', Values: [] }, { Id: 'api', Values: [7] }],
    })
    const since = new Date('2026-11-29T10:00:00Z')
    const until = new Date('2026-11-30T10:00:00Z')
    expect(await ops().errorCounts(since, until)).toEqual({ 'api-onboarding': 3, 'matching-worker': 0, api: 7 })
    const input = cloudwatch.commandCalls(GetMetricDataCommand)[0]!.args[0].input
    expect(input.StartTime).toEqual(since)
    expect(input.MetricDataQueries?.map((q) => [q.Id, q.MetricStat?.Metric?.MetricName, q.MetricStat?.Period])).toEqual([
      ['f0', 'Errors', 86400], ['f1', 'Errors', 86400], ['api', '5xx', 86400],
    ])
  })
})
