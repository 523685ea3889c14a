import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** Referring someone to a programme (`?programme=`): the programme's mentee form, as the API gives it to partners. */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'referrals.partner')) error(403, { message: 'Only partner users refer people', code: 'forbidden' })
  const programmeId = url.searchParams.get('programme')
  if (!programmeId) error(404, { message: 'No programme chosen', code: 'not_found' })
  const referral = await guard(api.referralForm(params.orgId, programmeId, { fetch }), url)
  return { referral }
}
