import type { Reply, RequestBody } from '@binome/contracts/routes'
import { fillPath, onboardingEndpoints, onboardingPrefix } from '@binome/contracts/routes/endpoints'
import type { onboardingRoutes } from '@binome/contracts/routes/onboarding'
import { request } from './client'

/** What a public application page shows (type only: the page loads no schema). */
export type ApplicationFormView = Reply<typeof onboardingRoutes.readApplicationForm>
export type ApplicationInput = RequestBody<typeof onboardingRoutes.apply>
/** What a mentor's unsubscribe page shows. */
export type NewsletterSubscriptionView = Reply<typeof onboardingRoutes.readNewsletterSubscription>
const publicPath = (e: { path: string }, token: string) => onboardingPrefix.slice('/api'.length) + fillPath(e.path, { token })

type F = { fetch?: typeof fetch }

/**
 * The public application form's calls (no account). Apart from `publicApi` because they read the route table, which
 * the sign-in page — the first page everyone loads — must not carry.
 *
 * @example
 * await applicationApi.applicationForm(token)
 */
export const applicationApi = {
  /** A public application form, by its link's token. */
  applicationForm: (token: string, o: F = {}) =>
    request<ApplicationFormView>(publicPath(onboardingEndpoints.readApplicationForm, token), { auth: false, ...o }),
  apply: (token: string, body: ApplicationInput) =>
    request<{ received: true }>(publicPath(onboardingEndpoints.apply, token), { method: 'POST', body, auth: false }),
  /** A mentor's newsletter subscription, by their unsubscribe link's token. */
  newsletterSubscription: (token: string, o: F = {}) =>
    request<NewsletterSubscriptionView>(publicPath(onboardingEndpoints.readNewsletterSubscription, token), { auth: false, ...o }),
  setNewsletterSubscription: (token: string, subscribed: boolean, o: F = {}) =>
    request<NewsletterSubscriptionView>(publicPath(onboardingEndpoints.setNewsletterSubscription, token), { method: 'PUT', body: { subscribed }, auth: false, ...o }),
}
