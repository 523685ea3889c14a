import { error } from '@sveltejs/kit'
import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ parent, fetch, url }) => {
  const { me } = await parent()
  if (me.user.platformRole !== 'operator') error(403, { message: 'Operators only', code: 'forbidden' })
  const page = await guard(api.listOrganisations({ limit: PAGE_SIZE }, { fetch }), url)
  return { page }
}
