import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ parent, fetch, url }) => {
  const { me } = await parent()
  if (me.user.platformRole !== 'operator') error(403, { message: 'Operators only', code: 'forbidden' })
  return { health: await guard(api.platformHealth({ fetch }), url) }
}
