import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The partners the organisation onboards, with their progress. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const page = await guard(api.listPartners(params.orgId, { limit: PAGE_SIZE }, { fetch }), url)
  return { page }
}
