import type { Context } from 'aws-lambda'
import { Hono } from 'hono'
import { beforeAll, describe, expect, it } from 'vitest'
import { originSecretHeader } from '@binome/contracts/security-headers'
import { throughEdge } from '../src/shared/origin-check'

/** Requests that go around CloudFront (and its WAF) to the HTTP API's execute-api address are refused. */
const context = {
  functionName: 'test', awsRequestId: 'req-1', invokedFunctionArn: 'arn:aws:lambda:eu-west-3:1:function:test',
  getRemainingTimeInMillis: () => 10_000, callbackWaitsForEmptyEventLoop: false,
} as unknown as Context

const event = (headers: Record<string, string>) => ({
  version: '2.0', routeKey: 'GET /api/health', rawPath: '/api/health', rawQueryString: '', headers: { host: 'abc.execute-api.eu-west-3.amazonaws.com', ...headers },
  requestContext: {
    accountId: '1', apiId: 'abc', domainName: 'abc.execute-api.eu-west-3.amazonaws.com', domainPrefix: 'abc', requestId: 'r1', routeKey: 'GET /api/health', stage: '$default',
    time: '01/Dec/2026:10:00:00 +0000', timeEpoch: 0, http: { method: 'GET', path: '/api/health', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'curl' },
  },
  isBase64Encoded: false,
})

beforeAll(() => {
  Object.assign(process.env, { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_TRACE_DISABLED: 'true', POWERTOOLS_METRICS_DISABLED: 'true', POWERTOOLS_METRICS_NAMESPACE: 'Binome' })
})

describe('the origin secret', () => {
  it('lets through only the secret CloudFront adds, and everything when none is configured (locally)', () => {
    expect(throughEdge({ [originSecretHeader]: 's3cr3t-value' }, 's3cr3t-value')).toBe(true)
    expect(throughEdge({ [originSecretHeader]: 's3cr3t-valuf' }, 's3cr3t-value')).toBe(false)
    expect(throughEdge({ [originSecretHeader]: '' }, 's3cr3t-value')).toBe(false)
    expect(throughEdge({}, 's3cr3t-value')).toBe(false)
    expect(throughEdge(undefined, 's3cr3t-value')).toBe(false)
    expect(throughEdge({}, undefined)).toBe(true)
  })

  it('refuses a request straight to the execute-api address with 403 before the app runs', async () => {
    const { httpHandler } = await import('../src/shared/lambda')
    let ran = 0
    const app = new Hono().get('/api/health', (c) => {
      ran++
      return c.json({ status: 'ok' })
    })
    const handler = httpHandler(app, 'the-origin-secret')
    const direct = await handler(event({}) as never, context)
    expect(direct.statusCode).toBe(403)
    expect(JSON.parse(direct.body!).error.reason).toBe('not-through-edge')
    const forged = await handler(event({ [originSecretHeader]: 'guess' }) as never, context)
    expect(forged.statusCode).toBe(403)
    expect(ran).toBe(0)
    const viaCloudFront = await handler(event({ [originSecretHeader]: 'the-origin-secret' }) as never, context)
    expect(viaCloudFront.statusCode).toBe(200)
    expect(ran).toBe(1)
  })
})
