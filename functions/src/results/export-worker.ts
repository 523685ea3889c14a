import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch'
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda'
import * as z from 'zod'
import { applyExportJobEvent, exportFilesPrefix, exportJobProgress, type ResultsExportJob } from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { resultsFile } from './files'
import { exportsQueueSettings } from './queue-settings'

const Message = z.strictObject({ orgId: z.string().min(1), jobId: z.string().min(1) })

/**
 * Where a job's file is kept in the documents store: one key a job, so a redelivery overwrites, never doubles. Under
 * `results-exports/` first (then the organisation's id), unlike the duos' documents, so that the bucket's lifecycle
 * rule on that prefix deletes the files past their retention on AWS even if the sweep missed one.
 */
export const exportFileKey = (orgId: string, job: Pick<ResultsExportJob, 'id' | 'format'>) => `${exportFilesPrefix}${orgId}/${job.id}.${job.format}`

/**
 * Makes one queued export: takes the job (start), reads and writes the file with its progress on the job, stores it,
 * then names it on the job (finish). A job already done or failed is left as it is (a redelivered message); the last
 * failed attempt marks it failed, earlier ones throw so the queue delivers it again.
 *
 * @example
 * await processExport(deps, { orgId: 'org-1', jobId: 'job-1' }, 1)
 */
export async function processExport(deps: Pick<Deps, 'data' | 'now' | 'resultsFiles' | 'logger'>, msg: z.infer<typeof Message>, receiveCount: number) {
  const tenant: TenantData = deps.data.forTenant(systemContext(msg.orgId))
  let job = await tenant.resultExports.get(msg.jobId)
  if (job.state === 'done' || job.state === 'failed') return
  const save = async (next: ResultsExportJob) => {
    await tenant.resultExports.replace(next)
    job = next
  }
  try {
    await save(applyExportJobEvent(job, 'start', deps.now().toISOString()))
    const file = await resultsFile(
      tenant,
      { programmeId: job.programmeId, window: { basis: job.basis, from: job.from, to: job.to, asOf: job.asOf }, format: job.format, locale: job.locale },
      (percent) => save(exportJobProgress(job, 'writing', percent, deps.now().toISOString())),
    )
    await save(exportJobProgress(job, 'storing', 90, deps.now().toISOString()))
    const key = exportFileKey(msg.orgId, job)
    await deps.resultsFiles(msg.orgId).put(key, file.bytes, file.contentType)
    await save(applyExportJobEvent(job, 'finish', deps.now().toISOString(), {
      file: { key, filename: file.filename, contentType: file.contentType, size: file.bytes.length },
    }))
  } catch (error) {
    const last = receiveCount >= exportsQueueSettings.maxReceiveCount
    deps.logger.error('results export failed', { jobId: msg.jobId, receiveCount, last, error })
    if (!last) throw error
    // The job is read again: the failure may have been a stale version from a worker running beside this one.
    const latest = await tenant.resultExports.get(msg.jobId)
    if (latest.state === 'queued' || latest.state === 'running') {
      await tenant.resultExports.replace(applyExportJobEvent(latest, 'fail', deps.now().toISOString(), { error: error instanceof Error ? error.message : String(error) }))
    }
  }
}

/**
 * The exports SQS worker: each record is one job; failures are reported per record (ReportBatchItemFailures). The
 * same function runs on Lambda and locally.
 *
 * @example
 * export const handler = exportsWorker(deps)
 */
export function exportsWorker(deps: Pick<Deps, 'data' | 'now' | 'resultsFiles' | 'logger'>) {
  const processor = new BatchProcessor(EventType.SQS)
  const record = async (r: SQSRecord) => {
    await processExport(deps, Message.parse(JSON.parse(r.body)), Number(r.attributes.ApproximateReceiveCount ?? '1'))
  }
  return (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
    processPartialResponse(event, record, processor, { context, throwOnFullBatchFailure: false })
}
