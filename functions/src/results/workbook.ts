import type { ExitOutcome, Locale, ProgrammeResults, ProgrammeSponsorship } from '@binome/core'
import { resultsWords } from './words'

/**
 * The workbook of a programme's (or the organisation's, with a line per programme under the totals) results, as bytes: a sheet of figures (value, count, of), one of exits by outcome and
 * one of skills sponsorship per company (mentors, hours, value, and their total).
 *
 * @example
 * const bytes = await resultsWorkbook({ programme: 'MentorYou', basis: 'period', from: '2026-01-01', to: '2026-12-31', results, outcomes, sponsorship }, 'fr')
 */
export async function resultsWorkbook(
  r: {
    /** The programme's name, or null for the organisation's file (which has `organisation` and `programmes`). */
    programme: string | null; organisation?: string
    programmes?: readonly { name: string; results: ProgrammeResults }[]
    basis: 'period' | 'cohort'; from: string; to: string; results: ProgrammeResults; outcomes: readonly ExitOutcome[]
    sponsorship: ProgrammeSponsorship
  },
  locale: Locale,
): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const w = resultsWords[locale]
  const book = new ExcelJS.Workbook()
  const head = (sheet: import('exceljs').Worksheet, headers: readonly string[]) => {
    if (r.programme === null) sheet.addRow([w.pdf.organisation, r.organisation ?? ''])
    else sheet.addRow([w.programme, r.programme])
    sheet.addRow([w.window, `${r.from} – ${r.to} (${w.basis[r.basis]})`])
    sheet.addRow([])
    sheet.addRow([...headers]).font = { bold: true }
  }
  const figures = book.addWorksheet(w.figures)
  figures.columns = [{ width: 36 }, { width: 12 }, { width: 10 }, { width: 10 }]
  head(figures, w.headers)
  const x = r.results
  const rate = (name: keyof typeof w.rows, v: { count: number; of: number; percent: number | null }) => figures.addRow([w.rows[name], v.percent, v.count, v.of])
  figures.addRow([w.rows.started, x.started])
  figures.addRow([w.rows.active, x.active])
  figures.addRow([w.rows.closed, x.closed])
  rate('positiveExits', x.positiveExits)
  rate('employment', x.employment)
  rate('earlyEnds', x.earlyEnds)
  figures.addRow([w.rows.medianDurationDays, x.medianDurationDays])
  figures.addRow([w.rows.meetings, x.meetingsPerMonth.average])
  figures.addRow([w.rows.cadence, x.meetingsPerMonth.cadence])
  rate('checkInsOnTime', x.checkInsOnTime)
  rate('evaluationResponses', x.evaluationResponses)
  figures.addRow([w.rows.satisfaction, x.satisfaction])
  if (r.programmes) {
    // The organisation's file: each programme's own figures under the totals, the same sheet so they read together.
    figures.addRow([])
    figures.addRow([w.breakdown]).font = { bold: true }
    figures.addRow([...w.breakdownHeaders]).font = { bold: true }
    for (const p of r.programmes) {
      const y = p.results
      figures.addRow([p.name, y.started, y.active, y.closed, y.positiveExits.percent, y.employment.percent])
    }
  }
  const exits = book.addWorksheet(w.exits)
  exits.columns = [{ width: 36 }, { width: 12 }, { width: 10 }]
  head(exits, w.exitHeaders)
  const labels = new Map(r.outcomes.map((o) => [o.id, o.label[locale] || o.label.fr]))
  for (const e of x.exitsByOutcome) exits.addRow([labels.get(e.outcomeId) ?? e.outcomeId, w.classes[e.class], e.count])
  const sponsored = book.addWorksheet(w.sponsorship)
  sponsored.columns = [{ width: 36 }, { width: 10 }, { width: 10 }, { width: 12 }]
  head(sponsored, w.sponsorshipHeaders)
  for (const c of r.sponsorship.companies) sponsored.addRow([c.name, c.mentors, c.hours, c.value])
  const { totals } = r.sponsorship
  sponsored.addRow([w.total, totals.mentors, totals.hours, totals.value]).font = { bold: true }
  return new Uint8Array(await book.xlsx.writeBuffer())
}
