import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/**
 * A session with its invitees. The people to invite are not loaded here: the page asks the programme's people search
 * (the indexed list) as the coordinator types.
 */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:session')
  const { orgId, programmeId, sessionId } = params
  const session = await guard(api.getSession(orgId, programmeId, sessionId, { fetch }), url)
  return { session, created: url.searchParams.has('created') }
}
