import type { Deps } from '../shared/deps'
import { createApp } from '../shared/app'
import { authenticate, guardOrganisationRoutes } from '../shared/auth'
import { registerImports } from './routes/imports'
import { registerApplications } from './routes/applications'
import { registerCompanies } from './routes/companies'
import { registerMe } from './routes/me'
import { registerMembers } from './routes/members'
import { registerNetwork } from './routes/network'
import { registerOrganisations } from './routes/organisations'
import { registerPartners } from './routes/partners'
import { registerPeople } from './routes/people'
import { registerAudit } from './routes/audit'
import { registerPersonalData } from './routes/personal-data'
import { registerProgrammes } from './routes/programmes'
import { registerRecovery } from './routes/recovery'
import { registerTemplates } from './routes/templates'
import { registerRules } from './routes/rules'
import { registerSessions } from './routes/sessions'
import { registerPeerSeries } from './routes/peer-series'
import { registerEvaluations } from '../evaluations/routes'
import { registerNewsletters } from './routes/newsletters'

export { onboardingPrefix } from '@binome/contracts/routes/onboarding'

/**
 * The onboarding app: the signed-in user, organisations, members and invitations, programmes and their rules, people,
 * template previews, partners.
 *
 * @example
 * new Hono().route(onboardingPrefix, onboardingApp(deps))
 */
export function onboardingApp(deps: Deps) {
  const app = createApp(deps)
  app.use('/me/*', authenticate)
  app.use('/recovery/*', authenticate)
  guardOrganisationRoutes(app)
  registerMe(app)
  registerOrganisations(app)
  registerMembers(app)
  registerProgrammes(app)
  registerRules(app)
  registerPeople(app)
  registerImports(app)
  registerAudit(app)
  registerPersonalData(app)
  registerTemplates(app)
  registerPartners(app)
  registerSessions(app)
  registerPeerSeries(app)
  registerNewsletters(app)
  registerCompanies(app)
  registerNetwork(app)
  registerRecovery(app)
  registerApplications(app)
  registerEvaluations(app)
  return app
}
