import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems } from '$lib/day-work'
import type { PageLoad } from './$types'

/**
 * The programme's duos from the proposal to their start, all of them (a programme holds hundreds at most, read by
 * pages of 100): the tab counts them by state and lists the state asked for (`?state=`).
 */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:duos')
  const { orgId, programmeId } = params
  const duos = await guard(allItems((cursor) => api.listDuos(orgId, programmeId, { cursor, limit: 100 }, { fetch })), url)
  return { duos, state: url.searchParams.get('state') }
}
