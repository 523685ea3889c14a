import { Logger } from '@aws-lambda-powertools/logger'
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { SESv2Client } from '@aws-sdk/client-sesv2'
import { SQSClient } from '@aws-sdk/client-sqs'
import { createData, dataConfigFromEnv } from '@binome/data'
import type { Deps } from './deps'
import { cognitoDirectory, tableBackedDirectory } from './directory'
import { newId } from './ids'
import { sesMailer } from './mailer'
import { sqsMatchingQueue } from './queue'
import { jwtVerifier } from './tokens'

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const v = env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}

export const logger = new Logger()

/**
 * The dependencies of a handler on Lambda, from the environment CDK sets. Built once per cold start.
 *
 * @example
 * const deps = depsFromEnv(process.env)
 */
export function depsFromEnv(env: NodeJS.ProcessEnv): Deps {
  return {
    data: createData(dataConfigFromEnv(env)),
    now: () => new Date(),
    newId,
    mailer: sesMailer(new SESv2Client({}), required(env, 'MAIL_FROM')),
    tokens: jwtVerifier({
      issuer: required(env, 'AUTH_ISSUER'),
      audience: required(env, 'AUTH_AUDIENCE'),
      jwks: new URL(required(env, 'AUTH_JWKS_URL')),
    }),
    // Only the matching function is given the queue; any other function that tried to send would be miswired.
    matchingQueue: env.MATCHING_QUEUE_URL
      ? sqsMatchingQueue(new SQSClient({}), env.MATCHING_QUEUE_URL)
      : { send: () => Promise.reject(new Error('MATCHING_QUEUE_URL is not set for this function')) },
    directory: env.USER_POOL_ID ? cognitoDirectory(new CognitoIdentityProviderClient({}), env.USER_POOL_ID) : tableBackedDirectory,
    appUrl: required(env, 'APP_URL'),
    logger,
  }
}
