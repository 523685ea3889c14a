import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ params, fetch, url }) => {
  const page = await guard(api.listMembers(params.orgId, { limit: PAGE_SIZE }, { fetch }), url)
  return { page }
}
