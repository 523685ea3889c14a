import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The newsletters the programme sent to its mentors, latest first. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const list = await guard(api.listNewsletters(params.orgId, params.programmeId, { fetch }), url)
  return { newsletters: list.items }
}
