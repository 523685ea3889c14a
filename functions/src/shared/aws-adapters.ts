import { lambdaTenantCredentials } from '@binome/data'
import type { DocumentStore, ResultsFiles } from './documents'
import type { IdentityDirectory } from './identity-directory'
import { tableBackedDirectory } from './identity-directory'
import type { Mailer } from './mailer'
import type { ExportsQueue, MatchingQueue, NewslettersQueue } from './queue'
import type { AwsOperationsSettings } from './aws/operations'
import type { PlatformOperations } from './operations'
import { required } from './lambda-deps'

/**
 * The AWS adapters of the functions, each built on first use: SES and Cognito serve invitations only, SQS only
 * starting a run, so a cold start does not pay for loading their clients (esbuild keeps them in the bundle of the
 * functions that import this, evaluated lazily). Each loads a module of ours that imports the client statically:
 * a dynamic import of the SDK package itself would keep every command of the service.
 */
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined
  return () => (made ??= make())
}

/** SES mailer from `MAIL_FROM` (checked at cold start, loaded at the first e-mail). */
export function lazySesMailer(env: NodeJS.ProcessEnv): Mailer {
  const from = required(env, 'MAIL_FROM')
  const mailer = once(async () => {
    return (await import('./aws/ses')).makeSesMailer(from)
  })
  return { send: async (mail) => (await mailer()).send(mail) }
}

/** The Cognito user directory when `USER_POOL_ID` is set, else the table-backed one. */
export function lazyCognitoDirectory(env: NodeJS.ProcessEnv): IdentityDirectory {
  const poolId = env.USER_POOL_ID
  if (!poolId) return tableBackedDirectory
  const directory = once(async () => {
    return (await import('./aws/cognito')).makeCognitoDirectory(poolId)
  })
  return {
    ensureUser: async (email, name) => (await directory()).ensureUser(email, name),
    removeUser: async (email) => (await directory()).removeUser(email),
  }
}

/** The documents bucket from `DOCUMENTS_BUCKET` (checked at cold start, loaded at the first document). */
export function lazyS3Documents(env: NodeJS.ProcessEnv): DocumentStore {
  const bucket = required(env, 'DOCUMENTS_BUCKET')
  const store = once(async () => (await import('./aws/s3')).makeS3DocumentStore(bucket))
  return {
    put: async (key, bytes, contentType) => (await store()).put(key, bytes, contentType),
    get: async (key) => (await store()).get(key),
    deleteUnder: async (prefix) => (await store()).deleteUnder(prefix),
  }
}

/**
 * The results files from `DOCUMENTS_BUCKET`, each organisation's read and written with that organisation's tenant
 * role credentials (`TENANT_DATA_ROLE_ARN`); the S3 client and STS are loaded at the first file.
 */
export function lazyTenantResultsFiles(env: NodeJS.ProcessEnv): ResultsFiles {
  const bucket = required(env, 'DOCUMENTS_BUCKET')
  required(env, 'TENANT_DATA_ROLE_ARN')
  const files = once(async () => {
    return (await import('./aws/results-files')).makeTenantResultsFiles(bucket, lambdaTenantCredentials(env))
  })
  return (orgId) => ({
    put: async (key, bytes, contentType) => (await files())(orgId).put(key, bytes, contentType),
    get: async (key) => (await files())(orgId).get(key),
  })
}

/** The SQS matching queue from `MATCHING_QUEUE_URL`. */
export function lazySqsMatchingQueue(env: NodeJS.ProcessEnv): MatchingQueue {
  const url = required(env, 'MATCHING_QUEUE_URL')
  const queue = once(async () => {
    return (await import('./aws/sqs')).makeSqsMatchingQueue(url)
  })
  return { send: async (message) => (await queue()).send(message) }
}

/** The results exports queue from `EXPORTS_QUEUE_URL`; the SQS client is loaded at the first export asked for. */
export function lazySqsExportsQueue(env: NodeJS.ProcessEnv): ExportsQueue {
  const url = required(env, 'EXPORTS_QUEUE_URL')
  const queue = once(async () => (await import('./aws/sqs')).makeSqsExportsQueue(url))
  return { send: async (message) => (await queue()).send(message) }
}

/** The newsletters queue from `NEWSLETTERS_QUEUE_URL`; the SQS client is loaded at the first newsletter sent. */
export function lazySqsNewslettersQueue(env: NodeJS.ProcessEnv): NewslettersQueue {
  const url = required(env, 'NEWSLETTERS_QUEUE_URL')
  const queue = once(async () => (await import('./aws/sqs')).makeSqsNewslettersQueue(url))
  return { send: async (message) => (await queue()).send(message) }
}

/**
 * The operations probe from `MATCHING_QUEUE_URL`/`_ARN`, `MATCHING_DEAD_LETTER_QUEUE_URL`/`_ARN`,
 * `OPERATED_FUNCTIONS` (JSON: service → function name; this function adds itself) and `HTTP_API_ID`/`HTTP_API_STAGE`.
 */
export function lazyAwsOperations(env: NodeJS.ProcessEnv): PlatformOperations {
  const settings: AwsOperationsSettings = {
    queue: {
      url: required(env, 'MATCHING_QUEUE_URL'), arn: required(env, 'MATCHING_QUEUE_ARN'),
      deadLetterUrl: required(env, 'MATCHING_DEAD_LETTER_QUEUE_URL'), deadLetterArn: required(env, 'MATCHING_DEAD_LETTER_QUEUE_ARN'),
    },
    functions: {
      ...(JSON.parse(required(env, 'OPERATED_FUNCTIONS')) as Record<string, string>),
      ...(env.AWS_LAMBDA_FUNCTION_NAME && { 'api-monitoring': env.AWS_LAMBDA_FUNCTION_NAME }),
    },
    ...(env.HTTP_API_ID && env.HTTP_API_STAGE && { api: { id: env.HTTP_API_ID, stage: env.HTTP_API_STAGE } }),
  }
  const ops = once(async () => (await import('./aws/operations')).makeAwsOperations(settings))
  return {
    queues: async () => (await ops()).queues(),
    redrive: async (queue) => (await ops()).redrive(queue),
    errorCounts: async (since, until) => (await ops()).errorCounts(since, until),
  }
}
