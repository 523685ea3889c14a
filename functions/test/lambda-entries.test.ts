import type { Context, SQSEvent } from 'aws-lambda'
import { beforeAll, describe, expect, it } from 'vitest'

/** The Lambda entry points, invoked as API Gateway (HTTP API, payload 2.0) and SQS would invoke them. */
const context = {
  functionName: 'test', awsRequestId: 'req-1', invokedFunctionArn: 'arn:aws:lambda:eu-west-3:1:function:test',
  getRemainingTimeInMillis: () => 10_000, callbackWaitsForEmptyEventLoop: false,
} as unknown as Context

function httpEvent(method: string, path: string, headers: Record<string, string> = {}) {
  return {
    version: '2.0', routeKey: `${method} ${path}`, rawPath: path, rawQueryString: '', headers: { host: 'api.example', ...headers },
    requestContext: {
      accountId: '1', apiId: 'api', domainName: 'api.example', domainPrefix: 'api', requestId: 'r1', routeKey: `${method} ${path}`, stage: '$default',
      time: '21/Nov/2026:10:00:00 +0000', timeEpoch: 0, http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
    },
    isBase64Encoded: false,
  }
}

beforeAll(() => {
  Object.assign(process.env, {
    TABLE_NAME: 'binome-test', TENANT_DATA_ROLE_ARN: 'arn:aws:iam::1:role/tenant', PLATFORM_DATA_ROLE_ARN: 'arn:aws:iam::1:role/platform',
    MATCHING_QUEUE_ARN: 'arn:aws:sqs:eu-west-3:1:matching', MATCHING_DEAD_LETTER_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/1/matching-dlq',
    MATCHING_DEAD_LETTER_QUEUE_ARN: 'arn:aws:sqs:eu-west-3:1:matching-dlq', OPERATED_FUNCTIONS: '{"matching-worker":"worker"}',
    MAIL_FROM: 'no-reply@binome.example', APP_URL: 'https://binome.example',
    AUTH_ISSUER: 'https://cognito-idp.eu-west-3.amazonaws.com/pool', AUTH_AUDIENCE: 'client',
    AUTH_JWKS_URL: 'https://cognito-idp.eu-west-3.amazonaws.com/pool/.well-known/jwks.json',
    MATCHING_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/1/matching', NEWSLETTERS_QUEUE_URL: 'https://sqs.eu-west-3.amazonaws.com/1/newsletters', AWS_REGION: 'eu-west-3', DOCUMENTS_BUCKET: 'binome-documents-test',
    POWERTOOLS_METRICS_NAMESPACE: 'Binome', POWERTOOLS_SERVICE_NAME: 'test', POWERTOOLS_LOG_LEVEL: 'ERROR',
    POWERTOOLS_TRACE_DISABLED: 'true', POWERTOOLS_METRICS_DISABLED: 'true',
  })
})

describe('Lambda entry points', () => {
  it('onboarding answers the public health route and the API reference', async () => {
    const { handler } = await import('../src/onboarding/lambda')
    const health = await handler(httpEvent('GET', '/api/health') as never, context)
    expect(health.statusCode).toBe(200)
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' })
    const doc = await handler(httpEvent('GET', '/api/openapi.json') as never, context)
    expect(JSON.parse(doc.body).openapi).toBe('3.1.0')
  })

  it('an authorised route without a token gets 401 in the error shape, and other apps’ routes are not mounted', async () => {
    const { handler } = await import('../src/onboarding/lambda')
    const me = await handler(httpEvent('GET', '/api/onboarding/me') as never, context)
    expect(me.statusCode).toBe(401)
    expect(JSON.parse(me.body).error.code).toBe('unauthorized')
    const other = await handler(httpEvent('GET', '/api/matching/orgs/o1/programmes/p1/runs') as never, context)
    expect(other.statusCode).toBe(404)
  })

  it('the matching worker reports a malformed message as a batch item failure, not the whole batch', async () => {
    const { handler } = await import('../src/matching/worker')
    const record = (messageId: string, body: string) => ({
      messageId, receiptHandle: 'h', body, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:eu-west-3:1:matching', awsRegion: 'eu-west-3',
      attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 's', ApproximateFirstReceiveTimestamp: '0' }, messageAttributes: {},
    })
    const event = { Records: [record('bad-1', '{not json'), record('bad-2', JSON.stringify({ orgId: 'o1' }))] } as SQSEvent
    const out = await handler(event, context)
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad-1' }, { itemIdentifier: 'bad-2' }] })
  })
})
