import { route } from '../shared/routes'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { App } from '../shared/app'
import { today } from '../duo-life/routes'
import { resultsWindow } from './routes'

/**
 * A programme's results as a file for funders made in the request (issue 11): XLSX (./workbook), PDF or the
 * anonymised CSV (`format=xlsx|pdf|csv`, see ./files), in the language asked. Computing 10,000 duos' figures takes
 * well under the 2 s the issue allows (`pnpm bench:platform`); large programmes use the background exports (./jobs).
 */

export function registerResultsExport(app: App) {
  app.openapi(route(routes.exportProgrammeResults), async (c) => {
    const { programmeId } = c.req.valid('param')
    const { locale, format, ...query } = c.req.valid('query')
    const window = resultsWindow(query, today(c))
    // The files' words and makers load on this path only, not at the monitoring function's cold start (issue 13).
    const { resultsFile } = await import('./files')
    const file = await resultsFile(c.var.tenant, { programmeId, window, format, locale })
    return c.json({ filename: file.filename, contentType: file.contentType, base64: Buffer.from(file.bytes).toString('base64') }, 200)
  })
}
