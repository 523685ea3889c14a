import { redirect } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { readSession } from '$lib/auth'
import { loadAllMessages } from '$lib/i18n'
import type { LayoutLoad } from './$types'

/** Every screen in this group needs a signed-in user; `me` (memberships, operator flag) feeds the header. */
export const load: LayoutLoad = async ({ fetch, url, depends }) => {
  depends('app:me')
  if (!readSession()) redirect(307, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`)
  // The public pages carry only their own messages; the signed-in screens need the whole catalogue.
  const [me] = await Promise.all([guard(api.me({ fetch }), url), loadAllMessages()])
  return { me }
}
