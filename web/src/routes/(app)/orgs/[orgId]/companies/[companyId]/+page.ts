import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/**
 * A company with its mentors across programmes and its skills sponsorship up to today, or up to the day the list was
 * showing (`?until=YYYY-MM-DD`, so that both pages give the same figures).
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const until = url.searchParams.get('until')
  const q = until && /^\d{4}-\d{2}-\d{2}$/.test(until) ? { until } : {}
  const detail = await guard(api.getCompany(params.orgId, params.companyId, q, { fetch }), url)
  return { detail }
}
