import { DomainError, exportFilesPrefix, exportJobAvailableUntil, exportJobExpired, newExportJob, notFound, type ExportFormat, type Locale } from '@binome/core'
import type { TenantData } from '@binome/data'
import { exportJobView, type resultsContentTypes } from '@binome/contracts'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import { route } from '../shared/routes'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { today } from '../duo-life/routes'
import { resultsWindow } from './routes'

type ResultsWindowQuery = Parameters<typeof resultsWindow>[0]

/**
 * The results exports made in the background (issue 11): the API records a queued job and sends it to the exports
 * queue — for a programme, or for the whole organisation (`programmeId` null); the exports worker (./export-worker)
 * makes and stores the file; staff poll the job, then download the file.
 * This module imports neither ExcelJS nor pdf-lib: the HTTP function stays light.
 */
export function registerResultsJobs(app: App, deps: Pick<Deps, 'exportsQueue' | 'resultsFiles' | 'newId' | 'now'>) {
  type Ctx = { var: { tenant: TenantData; user: { id: string } } }
  /** Records the queued job (of a programme, or of the organisation with null) and sends it to the exports queue. */
  const queue = async (c: Ctx, orgId: string, programmeId: string | null, body: { format: ExportFormat; locale?: Locale | undefined } & ResultsWindowQuery, day: string) => {
    const { tenant, user } = c.var
    const { format, locale, ...query } = body
    // The programme first: another organisation's id is 404, not a job that fails later.
    const [, org] = await Promise.all([programmeId === null ? null : tenant.programmes.get(programmeId), tenant.organisation.get()])
    const window = resultsWindow(query, day)
    const job = newExportJob(
      { id: deps.newId(), programmeId, format, ...window, locale: locale ?? org.locale },
      { by: user.id, at: deps.now().toISOString() },
    )
    await tenant.resultExports.create(job)
    await deps.exportsQueue.send({ orgId, jobId: job.id })
    return exportJobView(job)
  }

  /**
   * The job of this programme, or of the organisation with null (another's, or another organisation's, is 404); 410
   * `export-expired` once past its retention (core `exportJobExpired`, on the clock handed in).
   */
  const jobOf = async (c: Ctx, programmeId: string | null, jobId: string) => {
    const job = await c.var.tenant.resultExports.get(jobId)
    if (job.programmeId !== programmeId) throw notFound('item')
    // Past its retention the file is gone (or going): 410 with the day, never a broken download.
    if (exportJobExpired(job, deps.now())) {
      const expiredAt = exportJobAvailableUntil(job)
      throw new DomainError('export-expired', `The export expired at ${expiredAt}`, { values: { expiredAt } })
    }
    return job
  }

  const fileOf = async (c: Ctx, programmeId: string | null, jobId: string) => {
    const job = await jobOf(c, programmeId, jobId)
    if (job.state !== 'done' || !job.file) {
      throw new DomainError('wrong-state', `The export is ${job.state}`, { values: { entity: 'item', state: job.state } })
    }
    // Read with this organisation's own credentials (on AWS the tenant data role, whose policy reaches only
    // results-exports/<orgId>/): a key of another organisation's could not be read; it is refused as not found first.
    const orgId = c.var.tenant.ctx.orgId
    if (!job.file.key.startsWith(`${exportFilesPrefix}${orgId}/`)) throw notFound('item')
    const bytes = await deps.resultsFiles(orgId).get(job.file.key)
    if (!bytes) throw notFound('item')
    return { filename: job.file.filename, contentType: job.file.contentType as (typeof resultsContentTypes)[number], base64: Buffer.from(bytes).toString('base64') }
  }

  app.openapi(route(routes.createResultsExport), async (c) => {
    const { orgId, programmeId } = c.req.valid('param')
    return c.json(await queue(c, orgId, programmeId, c.req.valid('json'), today(c)), 202)
  })
  app.openapi(route(routes.readResultsExport), async (c) => {
    const { programmeId, jobId } = c.req.valid('param')
    return c.json(exportJobView(await jobOf(c, programmeId, jobId)), 200)
  })
  app.openapi(route(routes.downloadResultsExport), async (c) => {
    const { programmeId, jobId } = c.req.valid('param')
    return c.json(await fileOf(c, programmeId, jobId), 200)
  })

  app.openapi(route(routes.createOrganisationResultsExport), async (c) => {
    const { orgId } = c.req.valid('param')
    return c.json(await queue(c, orgId, null, c.req.valid('json'), today(c)), 202)
  })
  app.openapi(route(routes.readOrganisationResultsExport), async (c) => {
    return c.json(exportJobView(await jobOf(c, null, c.req.valid('param').jobId)), 200)
  })
  app.openapi(route(routes.downloadOrganisationResultsExport), async (c) => {
    return c.json(await fileOf(c, null, c.req.valid('param').jobId), 200)
  })
}
