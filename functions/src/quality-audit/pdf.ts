import { auditCriteria, auditGroups, dayIn, type Locale } from '@binome/core'
import { auditEvidence, qualityAuditWords, type QualityAudit } from '@binome/contracts'
import type { Catalogue } from '../shared/words'

/** The PDF's own words (the criteria's are the shared audit words). */
const pageWordsFr = {
  title: 'Audit qualité — critères de Mentoring Belgium', file: 'audit-qualite', period: 'Période', rules: 'Règles', practice: 'Pratique',
  footer: (at: string, v: number) => `Calculé le ${at} par Binôme, sur les règles en vigueur (version ${v}) et les données enregistrées. Pratique respectée à 90 % ou plus, partiellement à 50 % ou plus.`,
} as const

const pageWords: Catalogue<typeof pageWordsFr> = {
  fr: pageWordsFr,
  en: {
    title: 'Quality audit — Mentoring Belgium’s criteria', file: 'quality-audit', period: 'Period', rules: 'Rules', practice: 'Practice',
    footer: (at: string, v: number) => `Computed on ${at} by Binôme, from the rules in force (version ${v}) and the recorded data. A practice is met at 90 % or more, partly at 50 % or more.`,
  },
  nl: {
    title: 'Kwaliteitsaudit — criteria van Mentoring Belgium', file: 'kwaliteitsaudit', period: 'Periode', rules: 'Regels', practice: 'Praktijk',
    footer: (at: string, v: number) => `Berekend op ${at} door Binôme, op de geldende regels (versie ${v}) en de geregistreerde gegevens. Een praktijk is voldaan vanaf 90 %, gedeeltelijk vanaf 50 %.`,
  },
}

/**
 * The audit's one page as the API hands it out (base64), in the language asked. pdf-lib is loaded here only, so it
 * stays out of every other request's cold start.
 *
 * @example
 * await qualityAuditPdfFile(audit, { programme: 'MentorYou', organisation: 'PLS', locale: 'fr' }) // { filename: 'audit-qualite-….pdf', … }
 */
export async function qualityAuditPdfFile(audit: QualityAudit, ctx: { programme: string; organisation: string; locale: Locale }) {
  const { qualityAuditPdf } = await import('@binome/documents/quality-audit-pdf')
  const { locale } = ctx
  const w = qualityAuditWords[locale]
  const p = pageWords[locale]
  const byId = new Map(audit.criteria.map((c) => [c.id, c]))
  const groups = auditGroups.map((g) => ({
    title: w.groups[g],
    rows: auditCriteria.filter((c) => c.group === g).map(({ id }) => {
      const cr = byId.get(id)!
      const parts = [
        cr.rules ? `${p.rules} : ${auditEvidence(locale, id, 'rules', cr.rules)}` : null,
        cr.practice ? `${p.practice} : ${auditEvidence(locale, id, 'practice', cr.practice)}` : null,
      ].filter((s): s is string => s !== null).map((s) => (locale === 'fr' ? s : s.replace(' : ', ': ')))
      return { verdict: cr.verdict, verdictLabel: w.verdicts[cr.verdict], title: w.criteria[id].title, evidence: parts.join(' · ') }
    }),
  }))
  const t = audit.totals
  const totals = (['met', 'partly', 'not-met', 'no-data'] as const).map((v) => `${w.verdicts[v]} : ${t[v]}`).join('   ·   ')
  const bytes = await qualityAuditPdf({
    title: p.title,
    subtitle: [ctx.organisation, ctx.programme, `${p.period} : ${dayIn(audit.period.from, locale)} – ${dayIn(audit.period.to, locale)}`]
      .map((s) => (locale === 'fr' ? s : s.replace(' : ', ': '))),
    groups,
    totals: locale === 'fr' ? totals : totals.replaceAll(' : ', ': '),
    footer: p.footer(dayIn(audit.computedAt.slice(0, 10), locale), audit.rulesVersion),
  })
  return {
    filename: `${p.file}-${audit.programmeId}-${audit.period.from}-${audit.period.to}.pdf`, contentType: 'application/pdf' as const,
    base64: Buffer.from(bytes).toString('base64'),
  }
}
