import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/**
 * A session with its invitees, and the programme's people to invite from (the first hundred of each kind, searched
 * on the page by name or e-mail).
 */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:session')
  const { orgId, programmeId, sessionId } = params
  const [session, mentors, mentees] = await Promise.all([
    guard(api.getSession(orgId, programmeId, sessionId, { fetch }), url),
    api.listPeople(orgId, programmeId, { kind: 'mentor', limit: 100 }, { fetch }).catch(() => null),
    api.listPeople(orgId, programmeId, { kind: 'mentee', limit: 100 }, { fetch }).catch(() => null),
  ])
  return { session, people: [...(mentors?.items ?? []), ...(mentees?.items ?? [])], created: url.searchParams.has('created') }
}
