import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import { readTrackingView, trackingFilter } from '$lib/tracking'
import type { PageLoad } from './$types'

/** Lines a page: the API's largest, so that a programme of up to 1,000 duos is filtered and sorted whole. */
const LINES = 1000

/**
 * The programme's tracking table as the URL asks for it (filters, sort, page), and the staff's names for the
 * coordinator filter (the table holds their ids).
 */
export const load: PageLoad = async ({ params, fetch, url, parent, depends }) => {
  depends('app:tracking')
  const { orgId, programmeId } = params
  const { role } = await parent()
  const view = readTrackingView(url)
  const [page, members] = await Promise.all([
    guard(api.readTracking(orgId, programmeId, { ...trackingFilter(view), limit: LINES, cursor: view.cursor }, { fetch }), url),
    allowed(role, 'members.read') ? guard(allItems((cursor) => api.listMembers(orgId, { cursor, limit: 100 }, { fetch })), url) : [],
  ])
  const coordinators = members.filter((m) => m.role === 'admin' || m.role === 'coordinator').map((m) => ({ id: m.userId, name: m.name }))
  return { page, view, coordinators }
}
