import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { LayoutLoad } from './$types'

/**
 * The programme's current rules, which every page of the tab edits a part of; `app:rules` lets a page reload them
 * after a save (the header shows the new version).
 */
export const load: LayoutLoad = async ({ params, fetch, url, depends }) => {
  depends('app:rules')
  const current = await guard(api.getRules(params.orgId, params.programmeId, { fetch }), url)
  return { current }
}
