import { route } from '../../shared/routes'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'

/** The people of a programme, as screened by the coordinators. */
export function registerPeople(app: App) {
  app.openapi(route(routes.listPeople), async (c) => {
    const { programmeId } = c.req.valid('param')
    const q = c.req.valid('query')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    return c.json(await c.var.tenant.people.page(programmeId, q), 200)
  })
}
