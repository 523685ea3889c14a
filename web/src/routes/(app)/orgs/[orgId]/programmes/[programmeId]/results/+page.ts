import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { readResultsView } from '$lib/results'
import type { PageLoad } from './$types'

/** A programme's results for the window the URL asks for (the last 12 months by period when it asks none). */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const view = readResultsView(url)
  const reply = await guard(api.readProgrammeResults(params.orgId, params.programmeId, { ...view }, { fetch }), url)
  return { view, reply }
}
