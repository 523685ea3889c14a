import { route } from '../../shared/routes'
import { applyNewsletterEvent, DomainError, newNewsletter, notFound, setSubscribed, type Newsletter, type NewsletterSubscription } from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'

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

/**
 * Puts the recorded newsletter on the queue; if the queue refuses it, the newsletter is marked failed with the reason
 * (the coordinator sees it and may retry) and the error goes on to the caller as a 500.
 */
async function queue(deps: Deps, n: Newsletter) {
  try {
    await deps.newslettersQueue.send({ orgId: n.orgId, programmeId: n.programmeId, newsletterId: n.id })
  } catch (error) {
    deps.logger.error('newsletter not queued', { newsletterId: n.id, error })
    await deps.data.forTenant(systemContext(n.orgId)).newsletters.replace(applyNewsletterEvent(n, 'fail', deps.now().toISOString(), { reason: 'queue-unavailable' }))
    throw error
  }
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
 * The mentor community newsletter (issue 10): a coordinator writes a message to the programme's active mentors; the
 * newsletter is recorded queued and put on the newsletters queue, and the newsletters worker
 * (functions/src/newsletters/send-worker.ts) mails each mentor with their own unsubscribe link, page by page — a
 * thousand mentors take longer than an HTTP request may last. The page polls the newsletter until it is sent or
 * failed; a failed one may be queued again (nobody already mailed is mailed twice).
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
    const newsletter = newNewsletter(c.req.valid('json'), { id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, userId: user.id, now: deps.now().toISOString() })
    await tenant.newsletters.record(newsletter)
    await queue(deps, newsletter)
    return c.json(newsletter, 202)
  })

  app.openapi(route(routes.readNewsletter), async (c) => {
    const { programmeId, newsletterId } = c.req.valid('param')
    return c.json(await c.var.tenant.newsletters.get(programmeId, newsletterId), 200)
  })

  app.openapi(route(routes.retryNewsletter), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, newsletterId } = c.req.valid('param')
    const programme = await tenant.programmes.get(programmeId)
    if (programme.archivedAt) throw new DomainError('programme-archived', 'An archived programme sends no more newsletters')
    const again = applyNewsletterEvent(await tenant.newsletters.get(programmeId, newsletterId), 'retry', deps.now().toISOString())
    await tenant.newsletters.replace(again)
    await queue(deps, again)
    return c.json(again, 202)
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
