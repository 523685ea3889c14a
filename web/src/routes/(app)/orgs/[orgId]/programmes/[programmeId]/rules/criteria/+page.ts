import { api } from '$lib/api/endpoints'
import { settle } from '$lib/api/settle'
import type { PageLoad } from './$types'

/**
 * A first page of the programme's mentees and mentors, from which the criteria preview takes a few samples; when
 * they cannot be read the criteria can still be edited, and the preview says why it is empty.
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const [mentees, mentors] = await Promise.all([
    settle(api.listPeople(orgId, programmeId, { kind: 'mentee', limit: 50 }, { fetch }), url),
    settle(api.listPeople(orgId, programmeId, { kind: 'mentor', limit: 50 }, { fetch }), url),
  ])
  return { mentees, mentors }
}
