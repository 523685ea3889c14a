import { CloudWatchClient, GetMetricDataCommand, type MetricDataQuery } from '@aws-sdk/client-cloudwatch'
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs'
import type { PlatformOperations } from '../operations'

/** Where the operations probe looks, from the environment CDK sets (see `awsOperationsSettings`). */
export interface AwsOperationsSettings {
  queue: { url: string; arn: string; deadLetterUrl: string; deadLetterArn: string }
  /** Function names by service, whose `Errors` are counted. */
  functions: Record<string, string>
  /** The HTTP API and stage whose 5xx answers are counted as the service `api`. */
  api?: { id: string; stage: string }
}

const count = (attributes: Record<string, string> | undefined, name: string) => Number(attributes?.[name] ?? 0)

/**
 * The operations probe on AWS: queue depths from SQS, a redrive as an SQS message move task, failures from
 * CloudWatch (Lambda `Errors` per function, the API's `5xx`).
 *
 * @example
 * const ops = awsOperations(settings, new SQSClient({}), new CloudWatchClient({}))
 */
export function awsOperations(settings: AwsOperationsSettings, sqs: Pick<SQSClient, 'send'>, cloudwatch: Pick<CloudWatchClient, 'send'>): PlatformOperations {
  const attributes = async (url: string) =>
    (await sqs.send(new GetQueueAttributesCommand({
      QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }))).Attributes
  return {
    async queues() {
      const [queue, dead] = await Promise.all([attributes(settings.queue.url), attributes(settings.queue.deadLetterUrl)])
      return [{
        name: 'matching',
        waiting: count(queue, 'ApproximateNumberOfMessages') + count(queue, 'ApproximateNumberOfMessagesDelayed'),
        inFlight: count(queue, 'ApproximateNumberOfMessagesNotVisible'),
        deadLetters: count(dead, 'ApproximateNumberOfMessages'),
      }]
    },
    async redrive() {
      const waiting = count(await attributes(settings.queue.deadLetterUrl), 'ApproximateNumberOfMessages')
      if (waiting > 0) {
        await sqs.send(new StartMessageMoveTaskCommand({ SourceArn: settings.queue.deadLetterArn, DestinationArn: settings.queue.arn }))
      }
      return { moved: waiting }
    },
    async errorCounts(since, until) {
      const period = Math.max(60, Math.ceil((until.getTime() - since.getTime()) / 60_000) * 60)
      const services = Object.entries(settings.functions)
      const queries: MetricDataQuery[] = services.map(([, name], i) => ({
        Id: `f${i}`,
        MetricStat: { Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: name }] }, Period: period, Stat: 'Sum' },
      }))
      if (settings.api) {
        queries.push({
          Id: 'api',
          MetricStat: {
            Metric: { Namespace: 'AWS/ApiGateway', MetricName: '5xx', Dimensions: [{ Name: 'ApiId', Value: settings.api.id }, { Name: 'Stage', Value: settings.api.stage }] },
            Period: period, Stat: 'Sum',
          },
        })
      }
      const out = await cloudwatch.send(new GetMetricDataCommand({ StartTime: since, EndTime: until, MetricDataQueries: queries }))
      const sum = (id: string) => (out.MetricDataResults ?? []).filter((r) => r.Id === id).flatMap((r) => r.Values ?? []).reduce((a, b) => a + b, 0)
      const byService: Record<string, number> = {}
      services.forEach(([service], i) => { byService[service] = sum(`f${i}`) })
      if (settings.api) byService.api = sum('api')
      return byService
    },
  }
}

/** Loaded on the operator's first health request (see `../aws-adapters`). */
export const makeAwsOperations = (settings: AwsOperationsSettings): PlatformOperations =>
  awsOperations(settings, new SQSClient({}), new CloudWatchClient({}))
