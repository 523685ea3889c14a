import {
  DomainError, answerEvaluation, evaluationForm, linkExpired, notFound, overallSatisfaction,
  type IntakeForm,
} from '@binome/core'
import { answersSchema } from '@binome/contracts'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import { evaluationTokenHash, systemContext, type EvaluationRecord, type TenantData } from '@binome/data'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { zodIssues } from '../shared/errors'
import { route } from '../shared/routes'

/**
 * The questionnaire a personal link names, read with its organisation's own confined credentials once the platform
 * link named it: 404 for a token nobody was given (or whose evaluation does not hold its hash), 410 `link-expired`
 * past its date (even before the sweep marks it). The token names one evaluation: another's link opens another's
 * questionnaire, never a list or a neighbour.
 */
async function openEvaluation(deps: Deps, token: string): Promise<{ tenant: TenantData; e: EvaluationRecord }> {
  const link = await deps.data.evaluationLinks.resolve(token)
  if (!link) throw notFound('evaluation')
  const tenant = deps.data.forTenant(systemContext(link.orgId))
  const e = await tenant.evaluations.get(link.programmeId, link.duoId, link.moment, link.side)
  if (!e || !e.tokenHashes.includes(evaluationTokenHash(token))) throw notFound('evaluation')
  if (e.state !== 'answered' && linkExpired(e, deps.now().toISOString())) {
    throw new DomainError('link-expired', 'This evaluation link has expired', { values: { expiresAt: e.expiresAt.slice(0, 10) } })
  }
  return { tenant, e }
}

/** The questionnaire an evaluation was sent with: its rules version's, for its side. */
async function formOf(tenant: TenantData, e: Pick<EvaluationRecord, 'programmeId' | 'rulesVersion' | 'side'>): Promise<IntakeForm> {
  return evaluationForm((await tenant.rules.get(e.programmeId, e.rulesVersion)).rules, e.side)
}

/**
 * The electronic evaluation's routes (issue 11): staff read a duo's questionnaires with their answers and a
 * programme's response rate; each side opens and answers its own from its personal link, without an account.
 */
export function registerEvaluations(app: App) {
  app.openapi(route(routes.listDuoEvaluations), async (c) => {
    const { tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    await tenant.duos.get(programmeId, duoId) // 404 for another tenant's or an unknown duo
    const forms = new Map<string, IntakeForm>()
    const items = []
    for (const e of await tenant.evaluations.byDuo(programmeId, duoId)) {
      const key = `${e.rulesVersion}/${e.side}`
      if (!forms.has(key)) forms.set(key, await formOf(tenant, e))
      const form = forms.get(key)!
      const { tokenHashes: _t, programmeId: _p, version: _v, ...shown } = e
      items.push({ ...shown, satisfaction: overallSatisfaction(e.answers, form) ?? null, form })
    }
    const order = { start: 0, midterm: 1, end: 2, 'after-3-months': 3 } as const
    items.sort((a, b) => order[a.moment] - order[b.moment] || a.side.localeCompare(b.side))
    return c.json({ items }, 200)
  })

  app.openapi(route(routes.evaluationResponseRate), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    return c.json({ programmeId, ...(await c.var.tenant.evaluations.responseRate(programmeId)) }, 200)
  })

  app.openapi(route(routes.readEvaluation), async (c) => {
    const { deps } = c.var
    const { tenant, e } = await openEvaluation(deps, c.req.valid('param').token)
    const [org, programme, duo, form] = await Promise.all([
      tenant.organisation.get(), tenant.programmes.get(e.programmeId), tenant.duos.get(e.programmeId, e.duoId), formOf(tenant, e),
    ])
    const [mentor, mentee] = await Promise.all([
      tenant.people.get(e.programmeId, 'mentor', duo.mentorId).catch(() => undefined),
      tenant.people.get(e.programmeId, 'mentee', duo.menteeId).catch(() => undefined),
    ])
    return c.json({
      organisation: { name: org.name }, programme: { name: programme.name }, side: e.side, moment: e.moment,
      mentorFirstName: mentor?.firstName ?? '', menteeFirstName: mentee?.firstName ?? '', form, expiresAt: e.expiresAt, state: e.state,
    }, 200)
  })

  app.openapi(route(routes.answerEvaluation), async (c) => {
    const { deps } = c.var
    const { tenant, e } = await openEvaluation(deps, c.req.valid('param').token)
    if (e.state === 'answered') throw new DomainError('already-answered', 'This questionnaire has already been answered')
    const body = c.req.valid('json')
    // Against the questionnaire of the version it was sent under, whatever the rules say today.
    const checked = answersSchema(await formOf(tenant, e)).safeParse(body.answers)
    if (!checked.success) {
      const details = zodIssues(checked.error, body.answers).map((issue) => ({ ...issue, path: issue.path === '(body)' ? 'answers' : `answers.${issue.path}` }))
      throw new DomainError('validation', 'The answers do not fit the questionnaire', { details })
    }
    const now = deps.now().toISOString()
    const answered = answerEvaluation(e, checked.data, now)
    await tenant.evaluations.save({ ...answered, tokenHashes: e.tokenHashes })
    return c.json({ state: 'answered' as const, answeredAt: now }, 200)
  })
}
