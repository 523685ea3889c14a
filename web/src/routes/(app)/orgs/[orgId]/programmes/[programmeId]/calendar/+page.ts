import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The programme's sessions: those to come (soonest first) and those past (latest first). */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const [upcoming, past] = await Promise.all([
    guard(api.listSessions(orgId, programmeId, { when: 'upcoming' }, { fetch }), url),
    guard(api.listSessions(orgId, programmeId, { when: 'past' }, { fetch }), url),
  ])
  return { upcoming: upcoming.items, past: past.items }
}
