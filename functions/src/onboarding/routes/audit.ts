import { route } from '../../shared/routes'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'

/** The organisation's audit log, searchable by its admins (GDPR accountability: who read or changed whose data). */
export function registerAudit(app: App) {
  app.openapi(route(routes.searchAudit), async (c) => {
    const { cursor, limit, personId, ...filter } = c.req.valid('query')
    return c.json(await c.var.tenant.audit.search({ ...filter, subjectPersonId: personId }, { limit, cursor }), 200)
  })
}
