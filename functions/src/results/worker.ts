import { withPowertools } from '../shared/lambda'
import { lazyTenantResultsFiles } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { exportsWorker } from './export-worker'

/**
 * The results exports worker Lambda, fed by the exports queue's event source (ReportBatchItemFailures). ExcelJS and
 * pdf-lib live in this bundle; the monitoring HTTP function only queues the job. The files are written with the
 * organisation's own credentials (the tenant data role), which reach only its `results-exports/<orgId>/`.
 */
export const handler = withPowertools(exportsWorker(depsFromEnv(process.env, { resultsFiles: lazyTenantResultsFiles(process.env) })))
