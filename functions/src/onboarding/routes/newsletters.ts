import { randomBytes } from 'node:crypto'
import { route } from '../../shared/routes'
import {
  DomainError, newNewsletter, newsletterAudience, newsletterBatchSize, notFound, setSubscribed, type NewsletterSubscription,
} from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'
import { sendProgrammeEmail } from '../../shared/programme-email'
import { activeMentors } from './peer-series'

const newToken = () => randomBytes(24).toString('base64url')

/** The mentor's unsubscribe page in the web app (no account). */
export const unsubscribeLink = (appUrl: string, token: string) => `${appUrl.replace(/\/$/, '')}/newsletter/${encodeURIComponent(token)}`

/**
 * The subscription an unsubscribe token leads to, read with the organisation's own credentials once the platform
 * link named it: 404 for a token nobody made, or whose subscription names another token.
 */
async function subscriptionOf(deps: Deps, token: string): Promise<{ tenant: TenantData; subscription: NewsletterSubscription }> {
  const link = await deps.data.newsletterLinks.resolve(token)
  if (!link) throw notFound('item')
  const tenant = deps.data.forTenant(systemContext(link.orgId))
  const subscription = await tenant.newsletters.subscription(link.programmeId, link.personId)
  if (subscription.token !== token) throw notFound('item')
  return { tenant, subscription }
}

async function view(tenant: TenantData, s: NewsletterSubscription) {
  const [org, programme, person] = await Promise.all([
    tenant.organisation.get(), tenant.programmes.get(s.programmeId), tenant.people.find(s.programmeId, s.personId).catch(() => undefined),
  ])
  return {
    organisation: { name: org.name }, programme: { name: programme.name }, firstName: person?.firstName ?? '',
    locale: s.locale, subscribed: s.optedOutAt === null,
  }
}

/**
 * The mentor community newsletter (issue 10): a coordinator sends a message to the programme's active mentors; each
 * mail carries the mentor's own unsubscribe link (a random token made at their first newsletter, the same ever
 * after); a mentor who opted out is skipped and counted. Mails go out in batches of {@link newsletterBatchSize}
 * through the programme's e-mail port (the outbox locally, SES on AWS).
 */
export function registerNewsletters(app: App) {
  app.openapi(route(routes.listNewsletters), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    return c.json({ items: await c.var.tenant.newsletters.all(programmeId) }, 200)
  })

  app.openapi(route(routes.sendNewsletter), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.archivedAt) throw new DomainError('programme-archived', 'An archived programme sends no more newsletters')
    const now = deps.now().toISOString()
    const newsletter = newNewsletter(c.req.valid('json'), { id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, userId: user.id, now })
    const [org, current, mentors, subscriptions] = await Promise.all([
      tenant.organisation.get(), tenant.rules.current(programmeId), activeMentors(tenant, programmeId), tenant.newsletters.subscriptions(programmeId),
    ])
    const audience = newsletterAudience(mentors, subscriptions, { orgId: tenant.ctx.orgId, programmeId, locale: org.locale, now, newToken })
    // The links first: a link whose subscription was never written leads nowhere (404), never to the wrong person.
    await deps.data.newsletterLinks.link(audience.created.map((s) => ({ token: s.token, orgId: s.orgId, programmeId, personId: s.personId })))
    await tenant.newsletters.addSubscriptions(audience.created)
    let sent = 0
    for (let start = 0; start < audience.send.length; start += newsletterBatchSize) {
      const batch = audience.send.slice(start, start + newsletterBatchSize)
      const results = await Promise.all(batch.map(({ mentor, subscription }) => sendProgrammeEmail(deps, tenant, {
        kind: 'email-newsletter', programmeId, rules: current.rules, person: mentor, subject: newsletter.subject,
        variables: {
          locale: org.locale,
          newsletter: { subject: newsletter.subject, body: newsletter.body },
          unsubscribe: { link: unsubscribeLink(deps.appUrl, subscription.token) },
        },
      })))
      sent += results.filter(Boolean).length
    }
    const recorded = { ...newsletter, recipientsCount: sent, skippedCount: audience.skipped, failedCount: audience.send.length - sent }
    await tenant.newsletters.record(recorded)
    return c.json(recorded, 201)
  })

  app.openapi(route(routes.readNewsletterSubscription), async (c) => {
    const { tenant, subscription } = await subscriptionOf(c.var.deps, c.req.valid('param').token)
    return c.json(await view(tenant, subscription), 200)
  })

  app.openapi(route(routes.setNewsletterSubscription), async (c) => {
    const { deps } = c.var
    const { tenant, subscription } = await subscriptionOf(deps, c.req.valid('param').token)
    const next = setSubscribed(subscription, c.req.valid('json').subscribed, deps.now().toISOString())
    if (next !== subscription) await tenant.newsletters.replaceSubscription(next)
    return c.json(await view(tenant, next), 200)
  })
}
