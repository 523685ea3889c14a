import { Logger } from '@aws-lambda-powertools/logger'
import { createData, lambdaDataAccess } from '@binome/data'
import type { Deps } from './deps'
import type { IdentityDirectory } from './identity-directory'
import { newId } from './ids'
import type { Mailer } from './mailer'
import type { MatchingQueue } from './queue'
import { jwtVerifier } from './tokens'

export const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const v = env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}

export const logger = new Logger()

/** The adapters to AWS services a function may be given; each function passes only the ones it uses. */
export type Adapters = Partial<Pick<Deps, 'mailer' | 'matchingQueue' | 'directory'>>

// A function that reaches for an adapter it was not given is miswired: it fails loudly instead of sending anything.
const notWired = (what: string) => () => Promise.reject(new Error(`${what} is not wired for this function`))

/**
 * The dependencies of a handler on Lambda, from the environment CDK sets. Built once per cold start. Only the
 * adapters handed in are wired (see `./aws-adapters`), so a function's bundle holds only the AWS clients it uses.
 *
 * @example
 * const deps = depsFromEnv(process.env, { matchingQueue: lazySqsMatchingQueue(process.env) })
 */
export function depsFromEnv(env: NodeJS.ProcessEnv, adapters: Adapters = {}): Deps {
  return {
    data: createData(lambdaDataAccess(env)),
    now: () => new Date(),
    newId,
    mailer: adapters.mailer ?? ({ send: notWired('The mailer') } satisfies Mailer),
    tokens: jwtVerifier({
      issuer: required(env, 'AUTH_ISSUER'),
      audience: required(env, 'AUTH_AUDIENCE'),
      jwks: new URL(required(env, 'AUTH_JWKS_URL')),
    }),
    matchingQueue: adapters.matchingQueue ?? ({ send: notWired('The matching queue') } satisfies MatchingQueue),
    directory: adapters.directory ?? ({ ensureUser: notWired('The user directory') } satisfies IdentityDirectory),
    appUrl: required(env, 'APP_URL'),
    logger,
  }
}
