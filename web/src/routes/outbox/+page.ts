import { error } from '@sveltejs/kit'
import { publicApi } from '$lib/api/public-endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

export const load: PageLoad = async ({ parent, fetch, url }) => {
  const { config } = await parent()
  // The outbox exists only on the local platform, where mail is kept instead of sent.
  if (config.mode !== 'local') error(404, { message: 'The outbox exists in local mode only' })
  const { items } = await guard(publicApi.outbox({ fetch }), url)
  return { mails: [...items].sort((a, b) => b.sentAt.localeCompare(a.sentAt)) }
}
