import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** One network partner, to read or change (staff). */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'network.read')) error(403, { message: 'Only staff see the network', code: 'forbidden' })
  const partner = await guard(api.getNetworkPartner(params.orgId, params.networkPartnerId, { fetch }), url)
  return { partner }
}
