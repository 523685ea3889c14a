import { error } from '@sveltejs/kit'
import { personKinds } from '@binome/contracts/vocabulary'
import type { PersonKind } from '@binome/contracts'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** A new mentor or mentee (`?kind=`): the programme's form for that kind, from the rules in force. */
export const load: PageLoad = async ({ params, fetch, url, parent }) => {
  const { role } = await parent()
  if (!allowed(role, 'people.write')) error(403, { message: 'Only staff enter people', code: 'forbidden' })
  const asked = url.searchParams.get('kind')
  const kind: PersonKind = (personKinds as readonly string[]).includes(asked ?? '') ? (asked as PersonKind) : 'mentee'
  const rules = await guard(api.getRules(params.orgId, params.programmeId, { fetch }), url)
  return { kind, form: rules.rules.forms[kind] }
}
