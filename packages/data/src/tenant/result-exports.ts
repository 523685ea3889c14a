import { exportJobDeleteAt, notFound, type ResultsExportJob } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import type { Store } from '../store'
import type { TenantContext } from './context'

/**
 * `ORG#<orgId>#RESULT-EXPORTS` / `JOB#<jobId>`: the results exports made in the background (a handful a month per
 * organisation), read by key while staff poll one.
 */
export const resultsExportJobEntity = defineTenantEntity({
  type: 'results-export-job',
  partition: () => 'RESULT-EXPORTS',
  sort: (jobId: string) => `JOB#${safe(jobId, 'jobId')}`,
  keyOf: (j: ResultsExportJob) => [[], [j.id]] as const,
  parse: (j: ResultsExportJob) => j,
  // The table's TTL attribute: DynamoDB deletes the job on AWS once past its retention and the days it answers 410.
  derived: { expiresAt: (j: ResultsExportJob) => exportJobDeleteAt(j) },
})

/** The organisation's results export jobs: created by the API, advanced by the exports worker at each version. */
export function resultExportsRepo(store: Store, ctx: TenantContext) {
  const jobs = resultsExportJobEntity.in(store, ctx.orgId)
  return {
    async get(jobId: string): Promise<ResultsExportJob> {
      const j = await jobs.get([], [jobId])
      if (!j) throw notFound('item')
      return j
    },
    create(j: ResultsExportJob): Promise<void> {
      return jobs.create(j, 'item')
    },
    /** Every job of the organisation (a handful a month; the sweep's retention reads them). */
    all(): Promise<ResultsExportJob[]> {
      return jobs.all([])
    },
    /** Deletes the job (retention); nothing when it is already gone. */
    delete(jobId: string): Promise<void> {
      return store.delete(resultsExportJobEntity.for(ctx.orgId).key([], [jobId]))
    },
    /** The job at its new version; 409 `stale-version` unless the stored one is the version before. */
    replace(j: ResultsExportJob): Promise<void> {
      return jobs.replace(j, 'item')
    },
  }
}
