import { Logger } from '@aws-lambda-powertools/logger'
import { defaultApplicationLimits, defaultUsageLimits, type UsageLimits } from '@binome/core'
import { createData, lambdaDataAccess } from '@binome/data'
import type { Deps } from './deps'
import type { DocumentStore, ResultsFiles } from './documents'
import type { IdentityDirectory } from './identity-directory'
import { newId } from './ids'
import { mappingErrorStacks } from './source-mapped-stacks'
import type { Mailer } from './mailer'
import type { ExportsQueue, MatchingQueue, NewslettersQueue } from './queue'
import type { PlatformOperations } from './operations'
import { jwtVerifier } from './tokens'

export const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const v = env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}

/** The functions' logger. The errors it logs name the source files and lines (see ./source-mapped-stacks). */
export const logger = new Logger({ jsonReplacerFn: mappingErrorStacks() })

/** The adapters to AWS services a function may be given; each function passes only the ones it uses. */
export type Adapters = Partial<Pick<Deps, 'mailer' | 'documents' | 'resultsFiles' | 'matchingQueue' | 'exportsQueue' | 'newslettersQueue' | 'directory' | 'operations'>>

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
    documents: adapters.documents ?? ({
      put: notWired('The documents bucket'), get: notWired('The documents bucket'), deleteUnder: notWired('The documents bucket'),
    } satisfies DocumentStore),
    resultsFiles: adapters.resultsFiles ?? ((() => ({ put: notWired('The results files'), get: notWired('The results files') })) satisfies ResultsFiles),
    matchingQueue: adapters.matchingQueue ?? ({ send: notWired('The matching queue') } satisfies MatchingQueue),
    exportsQueue: adapters.exportsQueue ?? ({ send: notWired('The exports queue') } satisfies ExportsQueue),
    newslettersQueue: adapters.newslettersQueue ?? ({ send: notWired('The newsletters queue') } satisfies NewslettersQueue),
    directory: adapters.directory ?? ({ ensureUser: notWired('The user directory'), removeUser: notWired('The user directory') } satisfies IdentityDirectory),
    operations: adapters.operations ?? ({
      queues: notWired('The operations probe'), redrive: notWired('The operations probe'), errorCounts: notWired('The operations probe'),
    } satisfies PlatformOperations),
    appUrl: required(env, 'APP_URL'),
    logger,
    usageLimits: usageLimitsFromEnv(env),
    applicationLimits: defaultApplicationLimits,
  }
}

/**
 * The per-minute usage limits, from `USAGE_LIMIT_ORGANISATION` and `USAGE_LIMIT_USER` when set (positive integers),
 * else the defaults.
 *
 * @example
 * usageLimitsFromEnv({ USAGE_LIMIT_USER: '60' }).perUserPerMinute // 60
 */
export function usageLimitsFromEnv(env: NodeJS.ProcessEnv): UsageLimits {
  const read = (name: string, fallback: number): number => {
    const v = env[name]
    if (v === undefined || v === '') return fallback
    const n = Number(v)
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got '${v}'`)
    return n
  }
  return {
    perOrganisationPerMinute: read('USAGE_LIMIT_ORGANISATION', defaultUsageLimits.perOrganisationPerMinute),
    perUserPerMinute: read('USAGE_LIMIT_USER', defaultUsageLimits.perUserPerMinute),
  }
}
