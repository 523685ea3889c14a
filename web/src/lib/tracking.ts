import type { api, TrackingFilter } from '$lib/api/endpoints'

/**
 * The tracking table's screen state: its filters, sort and page in the URL (so that a view can be linked to and
 * survives a reload), and the order of its lines. The API sorts each page ascending on six columns; the screen sorts
 * the page it shows on every column, both ways, with the same rules.
 */

export type TrackingRow = Awaited<ReturnType<typeof api.readTracking>>['items'][number]

export const trackingColumns = ['mentee', 'mentor', 'attention', 'state', 'start', 'end', 'meetings', 'last-activity', 'next-check-in', 'risk'] as const
export type TrackingColumn = (typeof trackingColumns)[number]
export type SortDirection = 'ascending' | 'descending'

/** The columns the API sorts by itself (ascending): the export follows these. */
const apiSorts: readonly string[] = ['mentee', 'start', 'end', 'attention', 'last-activity', 'next-check-in']
export const attentionFilters = [
  'red', 'amber', 'check-in-overdue', 'check-in-due', 'behind-cadence', 'inactive', 'ending-soon', 'contract-unsigned', 'first-meeting-late', 'high-risk',
] as const

/** What the URL says the table shows. */
export interface TrackingView {
  coordinator: string | null
  state: string | null
  attention: string | null
  sort: TrackingColumn
  direction: SortDirection
  cursor: string | null
}

/**
 * The view a URL asks for; unknown values fall back to the default (all duos, most urgent first).
 *
 * @example
 * readTrackingView(new URL('https://x/t?attention=red&sort=mentee&dir=desc')) // { attention: 'red', sort: 'mentee', direction: 'descending', … }
 */
export function readTrackingView(url: URL): TrackingView {
  const q = url.searchParams
  const sort = q.get('sort')
  const attention = q.get('attention')
  const state = q.get('state')
  return {
    coordinator: q.get('coordinator') || null,
    state: state && /^[a-z-]{1,30}$/.test(state) ? state : null,
    attention: attention && (attentionFilters as readonly string[]).includes(attention) ? attention : null,
    sort: (trackingColumns as readonly string[]).includes(sort ?? '') ? (sort as TrackingColumn) : 'attention',
    direction: q.get('dir') === 'desc' ? 'descending' : 'ascending',
    cursor: q.get('cursor') || null,
  }
}

/**
 * The query string of a view (defaults left out), for links and `goto`.
 *
 * @example
 * trackingSearch({ ...view, sort: 'mentee', direction: 'descending' }) // '?sort=mentee&dir=desc'
 */
export function trackingSearch(view: TrackingView): string {
  const q = new URLSearchParams()
  if (view.coordinator) q.set('coordinator', view.coordinator)
  if (view.state) q.set('state', view.state)
  if (view.attention) q.set('attention', view.attention)
  if (view.sort !== 'attention') q.set('sort', view.sort)
  if (view.direction === 'descending') q.set('dir', 'desc')
  if (view.cursor) q.set('cursor', view.cursor)
  const s = q.toString()
  return s ? `?${s}` : ''
}

/** The API's filter for a view: its filters, and its sort when the API knows it. */
export function trackingFilter(view: TrackingView): TrackingFilter {
  return {
    ...(view.coordinator && { coordinator: view.coordinator }),
    ...(view.state && { state: view.state }),
    ...(view.attention && { attention: view.attention }),
    ...(apiSorts.includes(view.sort) && { sort: view.sort as TrackingFilter['sort'] }),
  }
}

const byColour = { red: 0, amber: 1, green: 2 } as const
const byRisk = { high: 0, watch: 1, none: 2 } as const
/** Missing dates sort last going up, as the API's sorts do. */
const date = (d: string | null) => d ?? '9999-12-31'
const compare: Record<TrackingColumn, (a: TrackingRow, b: TrackingRow) => number> = {
  mentee: (a, b) => a.menteeName.localeCompare(b.menteeName, 'fr'),
  mentor: (a, b) => a.mentorName.localeCompare(b.mentorName, 'fr'),
  state: (a, b) => a.state.localeCompare(b.state),
  start: (a, b) => date(a.startDate).localeCompare(date(b.startDate)),
  end: (a, b) => date(a.plannedEndDate).localeCompare(date(b.plannedEndDate)),
  meetings: (a, b) => (a.thisMonth?.meetings ?? -1) - (b.thisMonth?.meetings ?? -1),
  'last-activity': (a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? ''),
  'next-check-in': (a, b) => date(a.nextCheckIn).localeCompare(date(b.nextCheckIn)),
  risk: (a, b) => byRisk[a.risk] - byRisk[b.risk],
  attention: (a, b) => byColour[a.colour] - byColour[b.colour] || b.attention.length - a.attention.length,
}

/**
 * The lines in the view's order; ties keep the order they came in (the API's).
 *
 * @example
 * sortRows(rows, 'mentee', 'descending').map((r) => r.menteeName) // ['Zoé …', 'Amina …']
 */
export function sortRows(rows: readonly TrackingRow[], column: TrackingColumn, direction: SortDirection): TrackingRow[] {
  const sign = direction === 'ascending' ? 1 : -1
  return rows.map((r, i) => ({ r, i })).sort((x, y) => sign * compare[column](x.r, y.r) || x.i - y.i).map((x) => x.r)
}
