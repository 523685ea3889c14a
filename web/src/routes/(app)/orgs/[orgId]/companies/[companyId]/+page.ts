import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** A company with its mentors across programmes and its skills sponsorship up to today. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const detail = await guard(api.getCompany(params.orgId, params.companyId, {}, { fetch }), url)
  return { detail }
}
