import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { readResultsView } from '$lib/results'
import type { PageLoad } from './$types'

/** The organisation's results, every programme together and each apart, for the window the URL asks for. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const view = readResultsView(url)
  const reply = await guard(api.readOrganisationResults(params.orgId, { ...view }, { fetch }), url)
  return { view, reply }
}
