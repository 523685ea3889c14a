import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The first page of mentors and of mentees (the API refuses roles that may not read people). */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const [mentors, mentees] = await Promise.all([
    guard(api.listPeople(orgId, programmeId, { kind: 'mentor', limit: PAGE_SIZE }, { fetch }), url),
    guard(api.listPeople(orgId, programmeId, { kind: 'mentee', limit: PAGE_SIZE }, { fetch }), url),
  ])
  return { mentors, mentees }
}
