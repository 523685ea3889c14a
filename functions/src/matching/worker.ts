import { withPowertools } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { matchingWorker } from './worker-handler'

/** The matching worker Lambda, fed by the matching queue's event source (ReportBatchItemFailures). */
export const handler = withPowertools(matchingWorker(depsFromEnv(process.env)))
