import type { IdentityDirectory } from './identity-directory'
import { tableBackedDirectory } from './identity-directory'
import type { Mailer } from './mailer'
import type { MatchingQueue } from './queue'
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
  return { ensureUser: async (email, name) => (await directory()).ensureUser(email, name) }
}

/** The SQS matching queue from `MATCHING_QUEUE_URL`. */
export function lazySqsMatchingQueue(env: NodeJS.ProcessEnv): MatchingQueue {
  const url = required(env, 'MATCHING_QUEUE_URL')
  const queue = once(async () => {
    return (await import('./aws/sqs')).makeSqsMatchingQueue(url)
  })
  return { send: async (message) => (await queue()).send(message) }
}
