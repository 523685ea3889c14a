import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** One network partner, to read or change, with the people it referred to each current programme (staff). */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'network.read')) error(403, { message: 'Only staff see the network', code: 'forbidden' })
  const [partner, programmes] = await Promise.all([
    guard(api.getNetworkPartner(params.orgId, params.networkPartnerId, { fetch }), url),
    guard(api.listProgrammes(params.orgId, { include: 'current', limit: 100 }, { fetch }), url),
  ])
  const referred = partner.kinds.includes('refers')
    ? await Promise.all(programmes.items.map(async (programme) => ({
        programme,
        referrals: await guard(
          allItems((cursor) => api.listPartnerReferrals(params.orgId, programme.id, partner.id, { cursor, limit: 100 }, { fetch })),
          url,
        ),
      })))
    : []
  return { partner, referred }
}
