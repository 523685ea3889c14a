import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The programme, and for staff its people and matching runs (others see the rules only). */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  const { orgId, programmeId } = params
  const seesPeople = allowed(role, 'people.read')
  const [programme, mentors, mentees, runs] = await Promise.all([
    guard(api.getProgramme(orgId, programmeId, { fetch }), url),
    seesPeople ? guard(api.listPeople(orgId, programmeId, { kind: 'mentor', limit: PAGE_SIZE }, { fetch }), url) : null,
    seesPeople ? guard(api.listPeople(orgId, programmeId, { kind: 'mentee', limit: PAGE_SIZE }, { fetch }), url) : null,
    allowed(role, 'matching.read') ? guard(api.listRuns(orgId, programmeId, { limit: 10 }, { fetch }), url) : null,
  ])
  return { programme, mentors, mentees, runs, justCreated: url.searchParams.has('created') }
}
