import type { ProgrammeResults } from '@binome/contracts'

/**
 * The results dashboard's window as the URL holds it (`?basis=cohort&from=2026-01-01&to=2026-12-31`), so a view can
 * be linked to and reloaded; what is left out the API fills in (the last 12 months, by period).
 */
export interface ResultsView {
  basis: 'period' | 'cohort'
  from?: string
  to?: string
}

const day = /^\d{4}-\d{2}-\d{2}$/

/**
 * The window a results page's URL asks for; anything not a day is left for the API's default.
 *
 * @example
 * readResultsView(new URL('https://x/r?basis=cohort&from=2026-01-01')) // { basis: 'cohort', from: '2026-01-01' }
 */
export function readResultsView(url: URL): ResultsView {
  const q = url.searchParams
  const from = q.get('from') ?? ''
  const to = q.get('to') ?? ''
  return {
    basis: q.get('basis') === 'cohort' ? 'cohort' : 'period',
    ...(day.test(from) ? { from } : {}),
    ...(day.test(to) ? { to } : {}),
  }
}

/**
 * The query string of a window, without what is the default.
 *
 * @example
 * resultsSearch({ basis: 'period', from: '2026-01-01', to: '2026-06-30' }) // '?from=2026-01-01&to=2026-06-30'
 */
export function resultsSearch(view: ResultsView): string {
  const q = new URLSearchParams()
  if (view.basis === 'cohort') q.set('basis', 'cohort')
  if (view.from) q.set('from', view.from)
  if (view.to) q.set('to', view.to)
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** The rates the rates chart shows, each with its catalogue key, in the order shown. */
export function rateRows(r: ProgrammeResults): { key: string; percent: number | null; count: number; of: number }[] {
  return [
    { key: 'positive', ...r.positiveExits },
    { key: 'employment', ...r.employment },
    { key: 'early', ...r.earlyEnds },
    { key: 'checkIns', ...r.checkInsOnTime },
    { key: 'evaluations', ...r.evaluationResponses },
  ]
}
