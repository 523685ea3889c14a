import { error } from '@sveltejs/kit'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** Only those who may onboard partners reach the form (the API refuses the others anyway). */
export const load: PageLoad = async ({ parent }) => {
  const { role } = await parent()
  if (!allowed(role, 'partners.write')) error(403, { message: 'Your role does not allow this', code: 'forbidden' })
  return {}
}
