import { error } from '@sveltejs/kit'
import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The organisation's network partners (staff). */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'network.read')) error(403, { message: 'Only staff see the network', code: 'forbidden' })
  const page = await guard(api.listNetworkPartners(params.orgId, { limit: PAGE_SIZE }, { fetch }), url)
  return { page }
}
