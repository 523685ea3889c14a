import middy from '@middy/core'
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware'
import { Metrics } from '@aws-lambda-powertools/metrics'
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware'
import { Tracer } from '@aws-lambda-powertools/tracer'
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware'
import type { Context } from 'aws-lambda'
import type { Hono } from 'hono'
import { handle, type LambdaEvent } from 'hono/aws-lambda'
import { logger } from './lambda-deps'

export const metrics = new Metrics()
export const tracer = new Tracer()

/**
 * Wraps a Lambda handler with Powertools (structured logs with the Lambda context, metrics, X-Ray tracing) via middy.
 *
 * @example
 * export const handler = withPowertools(handle(app))
 */
export function withPowertools<E, R>(handler: (event: E, context: Context) => Promise<R>) {
  return middy(handler)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(captureLambdaHandler(tracer))
    .use(logMetrics(metrics, { captureColdStartMetric: true }))
}

/**
 * The Lambda handler of a hono app behind API Gateway, with Powertools.
 *
 * @example
 * export const handler = httpHandler(mountApps([[matchingPrefix, matchingApp(deps)]]))
 */
export function httpHandler(app: Hono<any, any, any>) {
  const run = handle(app)
  return withPowertools((event: LambdaEvent, context: Context) => run(event, context))
}
