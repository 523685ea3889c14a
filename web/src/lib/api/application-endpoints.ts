import type { Reply, RequestBody } from '@binome/contracts/routes'
import { fillPath, onboardingEndpoints, onboardingPrefix } from '@binome/contracts/routes/endpoints'
import type { onboardingRoutes } from '@binome/contracts/routes/onboarding'
import { request } from './client'

/** What a public application page shows (type only: the page loads no schema). */
export type ApplicationFormView = Reply<typeof onboardingRoutes.readApplicationForm>
export type ApplicationInput = RequestBody<typeof onboardingRoutes.apply>
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
}
