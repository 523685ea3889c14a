import { route } from '../shared/routes'
import {
  DomainError, addMonths, dayAfter, evaluationFactsByDuo, programmeResults, resultFactsFrom, type ExitOutcome, type DuoResultFacts, type ResultsWindow,
} from '@binome/core'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { TenantData } from '@binome/data'
import type { App } from '../shared/app'
import { today } from '../duo-life/routes'
import { sponsorshipOf } from './sponsorship'

/**
 * The results dashboard (issue 11): a programme's or the organisation's figures for a period or a cohort, computed by
 * the core's `programmeResults` from each duo's compact facts (`tenant.results.facts`: one small item a duo, written
 * with its tracking line at every step, log entry and check-in, and one an evaluation, written with it), so 10,000
 * duos are a few queries of small items.
 */

/**
 * The window asked, or its defaults: up to today, from 12 months before (the day after, so a year exactly).
 *
 * @example
 * resultsWindow({ basis: 'period' }, '2027-06-30') // { basis: 'period', from: '2026-07-01', to: '2027-06-30', asOf: '2027-06-30' }
 */
export function resultsWindow(q: { basis: 'period' | 'cohort'; from?: string | undefined; to?: string | undefined }, day: string): Required<ResultsWindow> {
  const to = q.to ?? (q.from && q.from > day ? q.from : day)
  const from = q.from ?? dayAfter(addMonths(to, -12), 1)
  if (from > to) {
    throw new DomainError('validation', 'to must not be before from', { details: [{ path: 'to', reason: 'invalid', message: 'must not be before from' }] })
  }
  return { basis: q.basis, from, to, asOf: day }
}

/**
 * A programme's duos' facts with their evaluations (sent, answered, satisfaction), and the rules in force (for the
 * cadence and the outcomes' labels): the stored compact facts, judged on `day` against the cadence in force.
 */
export async function programmeFacts(tenant: TenantData, programmeId: string, day: string) {
  const [{ rules }, stored] = await Promise.all([tenant.rules.current(programmeId), tenant.results.facts(programmeId)])
  const evaluations = evaluationFactsByDuo(stored.evaluations)
  const facts = stored.duos.map((f) => resultFactsFrom(f, rules.cadences, day, evaluations.get(f.duoId)))
  return { rules, facts }
}

/**
 * The organisation's results for a window: every programme's duos together (their meetings against the programmes'
 * mean cadence, which may differ) and each programme apart, with the outcomes of every programme's rules (first wins
 * an id). The dashboard's route and the organisation's files read this one.
 *
 * @example
 * const { total, programmes, outcomes } = await organisationResults(tenant, window)
 */
export async function organisationResults(tenant: TenantData, window: Required<ResultsWindow>) {
  const programmes = await tenant.programmes.all()
  const each = await Promise.all(programmes.map(async (p) => ({ programme: p, ...(await programmeFacts(tenant, p.id, window.asOf)) })))
  const all: DuoResultFacts[] = each.flatMap((e) => e.facts)
  const cadence = each.length === 0 ? 0 : Math.round((each.reduce((n, e) => n + e.rules.cadences.meetingsPerMonth, 0) / each.length) * 10) / 10
  const outcomes = new Map<string, ExitOutcome>()
  for (const e of each) for (const o of e.rules.outcomes) if (!outcomes.has(o.id)) outcomes.set(o.id, o)
  return {
    total: programmeResults(all, window, { meetingsPerMonth: cadence }),
    programmes: each.map((e) => ({
      programmeId: e.programme.id, name: e.programme.name,
      results: programmeResults(e.facts, window, { meetingsPerMonth: e.rules.cadences.meetingsPerMonth }),
    })),
    outcomes: [...outcomes.values()],
  }
}

export function registerResults(app: App) {
  app.openapi(route(routes.readProgrammeResults), async (c) => {
    const { programmeId } = c.req.valid('param')
    const day = today(c)
    const window = resultsWindow(c.req.valid('query'), day)
    const [{ rules, facts }, sponsorship] = await Promise.all([programmeFacts(c.var.tenant, programmeId, day), sponsorshipOf(c.var.tenant, programmeId, window)])
    const results = programmeResults(facts, window, { meetingsPerMonth: rules.cadences.meetingsPerMonth })
    return c.json({ ...window, programmeId, results, outcomes: rules.outcomes, sponsorship }, 200)
  })

  app.openapi(route(routes.readOrganisationResults), async (c) => {
    const window = resultsWindow(c.req.valid('query'), today(c))
    return c.json({ ...window, ...(await organisationResults(c.var.tenant, window)) }, 200)
  })
}
