import { withPowertools } from '../shared/lambda'
import { lazyS3Documents } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { exportsWorker } from './export-worker'

/**
 * The results exports worker Lambda, fed by the exports queue's event source (ReportBatchItemFailures). ExcelJS and
 * pdf-lib live in this bundle; the monitoring HTTP function only queues the job.
 */
export const handler = withPowertools(exportsWorker(depsFromEnv(process.env, { documents: lazyS3Documents(process.env) })))
