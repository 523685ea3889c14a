import { lazyS3Documents, lazySqsMatchingQueue } from '../shared/aws-adapters'
import { mountApps } from '../shared/http-api'
import { httpHandler } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { matchingApp, matchingPrefix } from './app'

const deps = depsFromEnv(process.env, { matchingQueue: lazySqsMatchingQueue(process.env), documents: lazyS3Documents(process.env) })

/** The matching function's HTTP side: start and follow runs; duos and their contracts. */
export const handler = httpHandler(mountApps([[matchingPrefix, matchingApp(deps)]]))
