import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** A person, and the programme's form for their kind (rules in force) for the labels and the edit form. */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:person')
  const [person, rules] = await Promise.all([
    guard(api.getPerson(params.orgId, params.programmeId, params.personId, { fetch }), url),
    guard(api.getRules(params.orgId, params.programmeId, { fetch }), url),
  ])
  return { person, rules }
}
