import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems, countPeople, latestRun } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/**
 * The overview: the programme (from the layout), and for staff its people counted by side and status and its
 * latest matching run. There is no count route yet, so the lists are read whole (they are a programme's size).
 */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  const { orgId, programmeId } = params
  const [people, runs] = await Promise.all([
    allowed(role, 'people.read')
      ? guard(allItems((cursor) => api.listPeople(orgId, programmeId, { cursor, limit: 100 }, { fetch })), url)
      : null,
    allowed(role, 'matching.read')
      ? guard(allItems((cursor) => api.listRuns(orgId, programmeId, { cursor, limit: 100 }, { fetch })), url)
      : null,
  ])
  return {
    counts: people && countPeople(people),
    matching: runs && { latest: latestRun(runs) ?? null },
    justCreated: url.searchParams.has('created'),
  }
}
