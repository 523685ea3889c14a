import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/**
 * The programme's matching runs (the API refuses roles that may not read them), and the rules in force for the
 * sectors a run may be limited to (the tab still shows when they cannot be read).
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const [runs, rules] = await Promise.all([
    guard(api.listRuns(params.orgId, params.programmeId, { limit: 10 }, { fetch }), url),
    api.getRules(params.orgId, params.programmeId, { fetch }).catch(() => null),
  ])
  return { runs, forms: rules?.rules.forms ?? null }
}
