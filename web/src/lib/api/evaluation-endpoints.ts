import type { Reply, RequestBody } from '@binome/contracts/routes'
import { fillPath, onboardingEndpoints, onboardingPrefix } from '@binome/contracts/routes/endpoints'
import type { onboardingRoutes } from '@binome/contracts/routes/onboarding'
import { request } from './client'

/** What a personal evaluation link opens (type only: the page loads no schema). */
export type EvaluationView = Reply<typeof onboardingRoutes.readEvaluation>
export type EvaluationInput = RequestBody<typeof onboardingRoutes.answerEvaluation>
const publicPath = (e: { path: string }, token: string) => onboardingPrefix.slice('/api'.length) + fillPath(e.path, { token })

type F = { fetch?: typeof fetch }

/**
 * The evaluation questionnaire's calls, without an account: the personal link's token is the only key.
 *
 * @example
 * await evaluationApi.read(token)
 */
export const evaluationApi = {
  read: (token: string, o: F = {}) => request<EvaluationView>(publicPath(onboardingEndpoints.readEvaluation, token), { auth: false, ...o }),
  answer: (token: string, body: EvaluationInput) =>
    request<{ state: 'answered'; answeredAt: string }>(publicPath(onboardingEndpoints.answerEvaluation, token), { method: 'POST', body, auth: false }),
}
