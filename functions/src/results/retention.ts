import { exportJobDeleteAt, exportJobExpired } from '@binome/core'
import type { TenantData } from '@binome/data'
import type { DocumentStore } from '../shared/documents'

/**
 * The retention of the results exports (issue 11): a job's file is deleted once past its 7 days (the job then answers
 * 410), the job itself once past 30 more days. On AWS the table's TTL (`expiresAt`) and the documents bucket's
 * lifecycle rule on `results-exports/` do the same, but DynamoDB's TTL lags by up to days and dynalite has none: the
 * daily sweep calls this on every organisation, on AWS and locally alike, so both behave the same on the same clock.
 *
 * @example
 * await purgeExpiredExports(tenant, deps.documents, new Date()) // { files: 1, jobs: 0 }
 */
export async function purgeExpiredExports(tenant: TenantData, documents: DocumentStore, now: Date): Promise<{ files: number; jobs: number }> {
  let files = 0
  let jobs = 0
  for (const job of await tenant.resultExports.all()) {
    if (!exportJobExpired(job, now)) continue
    // The file's own key as the prefix: its stored versions go, nothing else starts with a job's id and format.
    if (job.file) files += await documents.deleteUnder(job.file.key)
    if (now.getTime() >= exportJobDeleteAt(job) * 1000) {
      await tenant.resultExports.delete(job.id)
      jobs++
    }
  }
  return { files, jobs }
}
