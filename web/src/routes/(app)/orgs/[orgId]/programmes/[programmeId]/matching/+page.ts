import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The programme's matching runs (the API refuses roles that may not read them). */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const runs = await guard(api.listRuns(params.orgId, params.programmeId, { limit: 10 }, { fetch }), url)
  return { runs }
}
