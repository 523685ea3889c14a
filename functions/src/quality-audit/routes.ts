import { route } from '../shared/routes'
import { auditFacts, auditProgramme, can, type AuditPeriod, type ProgrammeAudit } from '@binome/core'
import type { QualityAudit } from '@binome/contracts'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { Context } from 'hono'
import type { App } from '../shared/app'
import type { AppEnv } from '../shared/env'

/**
 * A programme's quality audit against Mentoring Belgium's criteria (seed 003): the rules in force and the records of
 * the period (five partition reads, `tenant.qualityAudit.records`), judged by the core. Staff see the people and duos
 * behind each gap; a trainer, who never sees people, gets the same verdicts and evidence without them.
 */

/** The period asked, or the twelve months up to today. */
export function auditPeriod(q: { from?: string | undefined; to?: string | undefined }, today: string): AuditPeriod {
  const to = q.to ?? (q.from && q.from > today ? q.from : today)
  if (q.from) return { from: q.from, to }
  const [y, m, d] = to.split('-').map(Number) as [number, number, number]
  const from = new Date(Date.UTC(y - 1, m - 1, d + 1)).toISOString().slice(0, 10)
  return { from, to }
}

/** The audit as the API answers it. */
export async function computeAudit(c: Context<AppEnv>, programmeId: string, q: { from?: string | undefined; to?: string | undefined }): Promise<QualityAudit> {
  const { tenant, role, deps } = c.var
  const now = deps.now().toISOString()
  const today = now.slice(0, 10)
  const period = auditPeriod(q, today)
  const [current, records] = await Promise.all([tenant.rules.current(programmeId), tenant.qualityAudit.records(programmeId)])
  const { facts, subjects } = auditFacts(records, period, current.rules.cadences, today)
  const audit: ProgrammeAudit = auditProgramme(current.rules, facts)
  const staff = can(role, 'people.read')
  const named = new Set<string>()
  const criteria = audit.criteria.map((cr) => {
    const strip = <P extends { subjects?: string[] } | null>(p: P): P => {
      if (!p) return p
      if (!staff) {
        const { subjects: _s, ...rest } = p
        return rest as P
      }
      for (const id of p.subjects ?? []) named.add(id)
      return p
    }
    return { ...cr, rules: strip(cr.rules), practice: strip(cr.practice) }
  })
  return {
    programmeId, period, rulesVersion: current.version, computedAt: now, criteria, byGroup: audit.byGroup, totals: audit.totals,
    subjects: [...named].flatMap((id) => (subjects[id] ? [{ id, ...subjects[id] }] : [])),
  }
}

export function registerQualityAudit(app: App) {
  app.openapi(route(routes.readQualityAudit), async (c) => {
    const { programmeId } = c.req.valid('param')
    return c.json(await computeAudit(c, programmeId, c.req.valid('query')), 200)
  })
  app.openapi(route(routes.qualityAuditPdf), async (c) => {
    const { programmeId } = c.req.valid('param')
    const { locale, ...q } = c.req.valid('query')
    const [audit, programme, org] = await Promise.all([
      computeAudit(c, programmeId, q), c.var.tenant.programmes.get(programmeId), c.var.tenant.organisation.get(),
    ])
    // The PDF's words (every criterion's evidence in three languages) and pdf-lib load on this path only (issue 13).
    const { qualityAuditPdfFile } = await import('./pdf')
    return c.json(await qualityAuditPdfFile(audit, { programme: programme.name, organisation: org.name, locale: locale ?? org.locale }), 200)
  })
}
