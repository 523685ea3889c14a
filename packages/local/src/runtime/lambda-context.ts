/**
 * The Lambda `Context` handed to handlers run in-process, with the same fields Lambda provides,
 * and the local account and region used in every ARN the runtime makes up.
 */
import { randomUUID } from 'node:crypto'
import type { Context } from 'aws-lambda'
import { LOCAL_ACCOUNT_ID, LOCAL_AWS_REGION } from './local-aws'

export interface LambdaContextOptions {
  functionName: string
  /** The function's timeout; `getRemainingTimeInMillis()` counts down from it (default 900 s, Lambda's maximum). */
  timeoutMs?: number
  region?: string
  accountId?: string
}

/**
 * Builds a fresh context for one invocation.
 *
 * @example
 * const context = createLambdaContext({ functionName: 'matching-worker', timeoutMs: 120_000 })
 * await handler(event, context)
 */
export function createLambdaContext(options: LambdaContextOptions): Context {
  const { functionName, timeoutMs = 900_000, region = LOCAL_AWS_REGION, accountId = LOCAL_ACCOUNT_ID } = options
  const deadline = Date.now() + timeoutMs
  const requestId = randomUUID()
  const callbackStyle = () => {
    throw new Error(`${functionName}: callback-style done/fail/succeed are not supported locally; return a promise`)
  }
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/[$LATEST]${requestId.replaceAll('-', '')}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: callbackStyle,
    fail: callbackStyle,
    succeed: callbackStyle,
  }
}
