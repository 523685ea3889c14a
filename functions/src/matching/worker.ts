import { withPowertools } from '../shared/lambda'
import { lazySqsMatchingQueue } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { matchingWorker } from './worker-handler'

/**
 * The matching worker Lambda, fed by the matching queue's event source (ReportBatchItemFailures). It sends to the
 * same queue the continuation of a run's alternatives when its time runs out.
 */
export const handler = withPowertools(matchingWorker(depsFromEnv(process.env, { matchingQueue: lazySqsMatchingQueue(process.env) })))
