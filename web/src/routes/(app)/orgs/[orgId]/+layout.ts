import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { LayoutLoad } from './$types'

/** The organisation in the URL, and the user's role in it (which decides what every screen below shows). */
export const load: LayoutLoad = async ({ params, parent, fetch, url }) => {
  const { me } = await parent()
  const membership = me.memberships.find((m) => m.orgId === params.orgId)
  if (!membership) error(403, { message: 'Not a member of this organisation', code: 'forbidden' })
  if (membership.status !== 'active') {
    error(403, { message: 'Accept the invitation on the home page first', code: 'invitation_pending' })
  }
  const org = await guard(api.getOrganisation(params.orgId, { fetch }), url)
  return { org, role: membership.role }
}
