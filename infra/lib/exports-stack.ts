import type { StackProps } from 'aws-cdk-lib'
import type { Construct } from 'constructs'
import { exportsQueueSettings } from '../../functions/src/results/queue-settings'
import type { PlatformSettings } from './function-environment'
import { useResultsFiles } from './grants'
import { QueueWorkerStack } from './queue-worker-stack'

/**
 * The results exports made in the background (issue 11): the queue the monitoring API sends jobs to, its dead-letter
 * queue, and the worker that makes the files (XLSX, PDF, CSV) and stores them in the documents bucket (with the
 * organisation's tenant role credentials: the worker's own role has no S3 permission). ExcelJS and
 * pdf-lib are this worker's, not the HTTP function's concern.
 *
 * @example
 * const exports = new ExportsStack(app, 'Binome-Exports', { ...platform })
 * exports.queue.grantSendMessages(api.functions.monitoring.function)
 */
export class ExportsStack extends QueueWorkerStack {
  constructor(scope: Construct, id: string, props: StackProps & PlatformSettings) {
    super(scope, id, props, {
      description: 'Binôme results exports: queue, dead-letter queue and worker',
      settings: exportsQueueSettings,
      entry: 'results/worker',
      serviceName: 'exports-worker',
      workerDescription: 'Makes the results files for funders (SQS worker)',
      memorySize: 1024,
    })
    // The files are written with the organisation's tenant role credentials (results-exports/<orgId>/ only).
    useResultsFiles(this.worker, props.documentsBucket)
  }
}
