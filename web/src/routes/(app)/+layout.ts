import { redirect } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { readSession } from '$lib/auth'
import type { LayoutLoad } from './$types'

/** Every screen in this group needs a signed-in user; `me` (memberships, operator flag) feeds the header. */
export const load: LayoutLoad = async ({ fetch, url, depends }) => {
  depends('app:me')
  if (!readSession()) redirect(307, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`)
  const me = await guard(api.me({ fetch }), url)
  return { me }
}
