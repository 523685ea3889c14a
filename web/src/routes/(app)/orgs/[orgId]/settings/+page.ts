import { error } from '@sveltejs/kit'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ parent }) => {
  const { role } = await parent()
  if (!allowed(role, 'organisation.update')) error(403, { message: 'Only admins change the settings', code: 'forbidden' })
  return {}
}
