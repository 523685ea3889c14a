import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The versions of the rules, newest first, a page at a time. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const versions = await guard(api.listRulesVersions(params.orgId, params.programmeId, { limit: 50 }, { fetch }), url)
  return { versions }
}
