import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/**
 * The first page of mentors and of mentees (the API refuses roles that may not read people), and the programme's
 * rules in force for the labels of their answers (the lists still show when the rules cannot be read).
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const [mentors, mentees, rules] = await Promise.all([
    guard(api.listPeople(orgId, programmeId, { kind: 'mentor', limit: PAGE_SIZE }, { fetch }), url),
    guard(api.listPeople(orgId, programmeId, { kind: 'mentee', limit: PAGE_SIZE }, { fetch }), url),
    api.getRules(orgId, programmeId, { fetch }).catch(() => null),
  ])
  return { mentors, mentees, forms: rules?.rules.forms ?? null }
}
