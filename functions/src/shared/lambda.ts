import middy from '@middy/core'
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware'
import { Metrics } from '@aws-lambda-powertools/metrics'
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware'
import type { Context } from 'aws-lambda'
import type { Hono } from 'hono'
import { handle, type LambdaEvent } from 'hono/aws-lambda'
import { logger } from './lambda-deps'
import { notThroughEdge, throughEdge } from './origin-check'

export const metrics = new Metrics()

/**
 * Wraps a Lambda handler with Powertools (structured logs with the Lambda context, metrics) via middy.
 *
 * No Powertools Tracer: Lambda's active tracing (infra/lib/app-function.ts) already records each invocation in X-Ray
 * (initialisation, invocation, overhead), and the cold start is the `ColdStart` metric below. The Tracer added only a
 * handler subsegment with the same facts, at the price of aws-xray-sdk-core, semver and cls-hooked in every cold
 * start (~115 KB minified, ~35 KB gzip; issue 13).
 *
 * @example
 * export const handler = withPowertools(handle(app))
 */
export function withPowertools<E, R>(handler: (event: E, context: Context) => Promise<R>) {
  return middy(handler)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
}

/**
 * The Lambda handler of a hono app behind API Gateway, with Powertools. A request without CloudFront's origin secret
 * (`ORIGIN_SECRET`, see ./origin-check.ts) is refused before the app reads it: it went around the WAF.
 *
 * @example
 * export const handler = httpHandler(mountApps([[matchingPrefix, matchingApp(deps)]]))
 */
export function httpHandler(app: Hono<any, any, any>, originSecret = process.env.ORIGIN_SECRET) {
  const run = handle(app)
  return withPowertools(async (event: LambdaEvent, context: Context) =>
    throughEdge((event as { headers?: Record<string, string | undefined> }).headers, originSecret) ? run(event, context) : notThroughEdge)
}
