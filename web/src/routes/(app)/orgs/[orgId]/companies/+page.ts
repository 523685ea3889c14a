import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** Every company of the organisation with its skills sponsorship up to today (the list and the export). */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'companies.read')) error(403, { message: 'Only staff see the companies', code: 'forbidden' })
  const report = await guard(api.sponsorshipReport(params.orgId, {}, { fetch }), url)
  return { report }
}
