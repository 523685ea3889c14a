import { DomainError, newExportJob, notFound } from '@binome/core'
import { exportJobView, type resultsContentTypes } from '@binome/contracts'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import { route } from '../shared/routes'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { today } from '../duo-life/routes'
import { resultsWindow } from './routes'

/**
 * The results exports made in the background (issue 11): the API records a queued job and sends it to the exports
 * queue; the exports worker (./export-worker) makes and stores the file; staff poll the job, then download the file.
 * This module imports neither ExcelJS nor pdf-lib: the HTTP function stays light.
 */
export function registerResultsJobs(app: App, deps: Pick<Deps, 'exportsQueue' | 'documents' | 'newId' | 'now'>) {
  app.openapi(route(routes.createResultsExport), async (c) => {
    const { tenant, user } = c.var
    const { orgId, programmeId } = c.req.valid('param')
    const { format, locale, ...query } = c.req.valid('json')
    // The programme first: another organisation's id is 404, not a job that fails later.
    const [, org] = await Promise.all([tenant.programmes.get(programmeId), tenant.organisation.get()])
    const window = resultsWindow(query, today(c))
    const job = newExportJob(
      { id: deps.newId(), programmeId, format, ...window, locale: locale ?? org.locale },
      { by: user.id, at: deps.now().toISOString() },
    )
    await tenant.resultExports.create(job)
    await deps.exportsQueue.send({ orgId, jobId: job.id })
    return c.json(exportJobView(job), 202)
  })

  /** The job of this programme (another programme's or organisation's is 404). */
  const jobOf = async (c: { var: { tenant: import('@binome/data').TenantData } }, programmeId: string, jobId: string) => {
    const job = await c.var.tenant.resultExports.get(jobId)
    if (job.programmeId !== programmeId) throw notFound('item')
    return job
  }

  app.openapi(route(routes.readResultsExport), async (c) => {
    const { programmeId, jobId } = c.req.valid('param')
    return c.json(exportJobView(await jobOf(c, programmeId, jobId)), 200)
  })

  app.openapi(route(routes.downloadResultsExport), async (c) => {
    const { programmeId, jobId } = c.req.valid('param')
    const job = await jobOf(c, programmeId, jobId)
    if (job.state !== 'done' || !job.file) {
      throw new DomainError('wrong-state', `The export is ${job.state}`, { values: { entity: 'item', state: job.state } })
    }
    const bytes = await deps.documents.get(job.file.key)
    if (!bytes) throw notFound('item')
    return c.json({ filename: job.file.filename, contentType: job.file.contentType as (typeof resultsContentTypes)[number], base64: Buffer.from(bytes).toString('base64') }, 200)
  })
}
