import { error } from '@sveltejs/kit'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The import screen: staff who may enter people only (the API refuses the others too). */
export const load: PageLoad = async ({ parent }) => {
  const { role } = await parent()
  if (!allowed(role, 'people.write')) error(403, { message: 'Only staff import people', code: 'forbidden' })
  return {}
}
