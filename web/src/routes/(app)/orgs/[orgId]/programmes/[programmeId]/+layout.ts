import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { LayoutLoad } from './$types'

/** The programme every tab is about; `app:programme` lets a tab reload it after a change (a rename shows in the title). */
export const load: LayoutLoad = async ({ params, fetch, url, depends }) => {
  depends('app:programme')
  const programme = await guard(api.getProgramme(params.orgId, params.programmeId, { fetch }), url)
  return { programme }
}
