import { templateInvalid } from '@binome/documents/problems'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import { route } from '../../shared/routes'
import type { App } from '../../shared/app'

/** Document templates: the editor's preview with the kind's sample values (and the programme's own name). */
export function registerTemplates(app: App) {
  app.openapi(route(routes.previewTemplate), async (c) => {
    const { kind, body, subject, locale } = c.req.valid('json')
    const programme = await c.var.tenant.programmes.get(c.req.valid('param').programmeId) // 404 for another tenant's id
    const { previewTemplate } = await import('@binome/documents') // LiquidJS: loaded by the first preview, not at cold start
    const result = previewTemplate(kind, body, subject, {
      programme: { name: programme.name, description: programme.description },
      // The branch of `{% case locale %}` the editor's reader reads (only kinds that have the variable take it).
      ...(locale && { locale }),
    })
    if (!result.ok) throw templateInvalid(result.problems)
    return c.json({ rendered: result.rendered, ...(result.renderedSubject !== undefined && { renderedSubject: result.renderedSubject }) }, 200)
  })
}
