import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { settle } from '$lib/api/settle'
import type { PageLoad } from './$types'

/**
 * A partner with its checklist, and its configuration read through the partnership (loaded on its own: if it fails,
 * the checklist is still there and the page says what is missing).
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const [partnership, configuration] = await Promise.all([
    guard(api.getPartner(params.orgId, params.partnerId, { fetch }), url),
    settle(api.getPartnerConfiguration(params.orgId, params.partnerId, { fetch }), url),
  ])
  return { partnership, configuration }
}
