import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The members, and for admins the network partners a partner user may be invited for (those that refer people). */
export const load: PageLoad = async ({ params, fetch, url, parent }) => {
  const { role } = await parent()
  const [page, network] = await Promise.all([
    guard(api.listMembers(params.orgId, { limit: PAGE_SIZE }, { fetch }), url),
    allowed(role, 'members.invite') && allowed(role, 'network.read')
      ? guard(api.listNetworkPartners(params.orgId, { kind: 'refers', limit: 100 }, { fetch }), url)
      : null,
  ])
  return { page, referring: network?.items ?? [] }
}
