import {
  ageBand, ageOn, anonymisedDuoRows, programmeResults, resultFactsOf, toCsv,
  type ExitOutcome, type Locale, type ProgrammeResults, type ProgrammeSponsorship, type ResultsWindow,
} from '@binome/core'
import { resultsFormats } from '@binome/contracts'
import { percentSign } from '@binome/contracts/vocabulary'
import type { TenantData } from '@binome/data'
import { resultsWorkbook } from './workbook'
import { organisationResults, programmeFacts } from './routes'
import { sponsorshipOf } from './sponsorship'
import { dayIn, resultsWords } from './words'
import { duoStateWords, wordOf } from '@binome/documents/code-words'

/**
 * The three results files for funders (issue 11) — the dashboard as XLSX or PDF, the duos anonymised as CSV — made
 * from one read of the programme (rules, tracking lines, evaluations; the people too for the CSV's groups). The HTTP
 * export and the exports worker both call {@link resultsFile}; ExcelJS and pdf-lib are loaded with `import()` only
 * when their format is asked.
 */

export type ResultsFormat = (typeof resultsFormats)[number]

export const contentTypes = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf', csv: 'text/csv; charset=utf-8',
} as const satisfies Record<ResultsFormat, string>

export interface ResultsFile {
  filename: string
  contentType: (typeof contentTypes)[ResultsFormat]
  bytes: Uint8Array
}

type Window = Required<ResultsWindow>

const rateText = (r: { count: number; of: number; percent: number | null }, locale: Locale) =>
  (r.percent === null ? '–' : `${r.percent}${percentSign(locale)} (${r.count}/${r.of})`)

/** The dashboard on A4 pages: the figures, then the rates, the exits by outcome and the meetings as bars. */
async function pdfOf(
  r: {
    organisation: string; programme: string | null; window: Window; results: ProgrammeResults; outcomes: readonly ExitOutcome[]; sponsorship: ProgrammeSponsorship
    programmes?: readonly { name: string; results: ProgrammeResults }[]
  },
  locale: Locale,
) {
  const { resultsPdf } = await import('@binome/documents/results-pdf')
  const w = resultsWords[locale]
  const x = r.results
  const colon = locale === 'fr' ? ' : ' : ': '
  const n = (v: number | null) => (v === null ? '–' : String(v))
  const labels = new Map(r.outcomes.map((o) => [o.id, o.label[locale] || o.label.fr]))
  const rates = (['positiveExits', 'employment', 'earlyEnds', 'checkInsOnTime', 'evaluationResponses'] as const)
    .filter((k) => x[k].percent !== null)
    .map((k) => ({ label: w.rows[k].replace(' (%)', ''), value: x[k].percent!, text: rateText(x[k], locale) }))
  return resultsPdf({
    title: w.pdf.title,
    subtitle: [
      `${w.pdf.organisation}${colon}${r.organisation}`, ...(r.programme === null ? [] : [`${w.programme}${colon}${r.programme}`]),
      `${w.window}${colon}${dayIn(r.window.from, locale)} – ${dayIn(r.window.to, locale)} (${w.basis[r.window.basis]})`,
      `${w.pdf.generated} ${dayIn(r.window.asOf, locale)}`,
    ],
    figures: {
      title: w.figures,
      rows: [
        [w.rows.started, String(x.started)], [w.rows.active, String(x.active)], [w.rows.closed, String(x.closed)],
        [w.rows.positiveExits, rateText(x.positiveExits, locale)], [w.rows.employment, rateText(x.employment, locale)], [w.rows.earlyEnds, rateText(x.earlyEnds, locale)],
        [w.rows.medianDurationDays, n(x.medianDurationDays)], [w.rows.meetings, n(x.meetingsPerMonth.average)], [w.rows.cadence, n(x.meetingsPerMonth.cadence)],
        [w.rows.checkInsOnTime, rateText(x.checkInsOnTime, locale)], [w.rows.evaluationResponses, rateText(x.evaluationResponses, locale)], [w.rows.satisfaction, n(x.satisfaction)],
      ],
    },
    ...(r.programmes && {
      breakdown: {
        title: w.breakdown, headers: [...w.breakdownHeaders],
        rows: r.programmes.map((p) => [p.name, String(p.results.started), String(p.results.active), String(p.results.closed), rateText(p.results.positiveExits, locale), rateText(p.results.employment, locale)]),
      },
    }),
    charts: [
      { title: w.pdf.rates, max: 100, bars: rates, empty: w.pdf.none },
      {
        title: w.exits, empty: w.pdf.none,
        bars: x.exitsByOutcome.map((e) => ({ label: `${labels.get(e.outcomeId) ?? e.outcomeId} (${w.classes[e.class]})`, value: e.count, text: String(e.count) })),
      },
      {
        title: w.pdf.meetings, empty: w.pdf.none,
        bars: x.meetingsPerMonth.average === null ? [] : [
          { label: w.pdf.meetingsDone, value: x.meetingsPerMonth.average, text: String(x.meetingsPerMonth.average) },
          { label: w.pdf.cadence, value: x.meetingsPerMonth.cadence, text: String(x.meetingsPerMonth.cadence) },
        ],
      },
      {
        title: w.sponsoredHours, empty: w.pdf.none,
        bars: r.sponsorship.companies.filter((c) => c.hours > 0).map((c) => ({
          label: c.name, value: c.hours, text: c.value === null ? `${c.hours} h` : `${c.hours} h, ${c.value} €`,
        })),
      },
    ],
    footer: w.pdf.footer,
  })
}

/**
 * One results file of a programme, or of the whole organisation (`programmeId` null: the figures of every programme
 * together with a line per programme under them; the CSV's duos of every programme), for the window, in the language
 * asked. `progress` is told how far it got (0–100) between the reads and the writing, for the background exports.
 *
 * @example
 * const file = await resultsFile(tenant, { programmeId: 'prog-1', window, format: 'csv', locale: 'fr' })
 * // { filename: 'binomes-anonymises-prog-1-2026-01-01-2026-12-31.csv', contentType: 'text/csv; charset=utf-8', bytes }
 */
export async function resultsFile(
  tenant: TenantData,
  q: { programmeId: string | null; window: Window; format: ResultsFormat; locale?: Locale | undefined },
  progress: (percent: number) => Promise<void> = async () => {},
): Promise<ResultsFile> {
  const { programmeId, window, format } = q
  const [programme, org] = await Promise.all([programmeId === null ? null : tenant.programmes.get(programmeId), tenant.organisation.get()])
  const locale = q.locale ?? org.locale
  const w = resultsWords[locale]
  const base = `${programmeId ?? w.whole}-${window.from}-${window.to}`
  if (format !== 'csv') {
    let bytes: Uint8Array
    if (programme) {
      // The dashboard's own read: the compact facts, one small item a duo.
      const [{ rules, facts }, sponsorship] = await Promise.all([programmeFacts(tenant, programme.id, window.asOf), sponsorshipOf(tenant, programme.id, window)])
      await progress(50)
      const results = programmeResults(facts, window, { meetingsPerMonth: rules.cadences.meetingsPerMonth })
      bytes = format === 'pdf'
        ? await pdfOf({ organisation: org.name, programme: programme.name, window, results, outcomes: rules.outcomes, sponsorship }, locale)
        : await resultsWorkbook({ programme: programme.name, ...window, results, outcomes: rules.outcomes, sponsorship }, locale)
    } else {
      const [{ total, programmes, outcomes }, sponsorship] = await Promise.all([organisationResults(tenant, window), sponsorshipOf(tenant, null, window)])
      await progress(50)
      const named = programmes.map((p) => ({ name: p.name, results: p.results }))
      bytes = format === 'pdf'
        ? await pdfOf({ organisation: org.name, programme: null, window, results: total, outcomes, sponsorship, programmes: named }, locale)
        : await resultsWorkbook({ programme: null, organisation: org.name, programmes: named, ...window, results: total, outcomes, sponsorship }, locale)
    }
    return { filename: `${w.file}-${base}.${format}`, contentType: contentTypes[format], bytes }
  }
  // The CSV needs each duo's state, planned end and mentee: the tracking lines whole, and the mentees' groups.
  const programmes = programme ? [programme] : await tenant.programmes.all()
  const each = await Promise.all(programmes.map(async (p) => {
    const [{ rules }, lines, evaluations, people] = await Promise.all([
      tenant.rules.current(p.id), tenant.tracking.all(p.id), tenant.evaluations.factsByDuo(p.id), tenant.people.all(p.id, 'mentee'),
    ])
    const byId = new Map(people.map((m) => [m.id, m]))
    return { programme: p, rules, inputs: lines.map((line) => {
      const m = byId.get(line.menteeId)
      const known = m && !m.erasedAt
      return {
        line, facts: resultFactsOf(line, rules.cadences, window.asOf, evaluations.get(line.duoId)), programme: p.name,
        mentee: {
          ageBand: known && line.startDate ? ageBand(ageOn(m.birthDate, new Date(`${line.startDate}T12:00:00.000Z`))) : null,
          sector: (known && m.facets.sector) || null, locality: (known && m.facets.locality) || null,
        },
      }
    }) }
  }))
  await progress(50)
  // One numbering and one small-group count over the whole file, so an organisation's file singles no one out either.
  const rows = anonymisedDuoRows(each.flatMap((e) => e.inputs), window)
  const labels = new Map<string, string>()
  for (const e of each) for (const o of e.rules.outcomes) if (!labels.has(o.id)) labels.set(o.id, o.label[locale] || o.label.fr)
  const text = toCsv([w.csv, ...rows.map((r) => [
    r.number, r.programme, wordOf(duoStateWords[locale], r.state), r.startDate, r.plannedEndDate, r.endDate, r.outcomeId && (labels.get(r.outcomeId) ?? r.outcomeId),
    r.endDate ? (r.early ? w.yes : w.no) : null, r.durationDays, r.meetings, r.checkInsDue, r.checkInsOnTime,
    r.evaluationsSent, r.evaluationsAnswered, r.satisfaction, r.ageBand, r.sector, r.locality,
    r.state, r.outcomeId,
  ])])
  // A byte-order mark so spreadsheets read the accents as UTF-8.
  return { filename: `${w.csvFile}-${base}.csv`, contentType: contentTypes.csv, bytes: new TextEncoder().encode(`\uFEFF${text}`) }
}
