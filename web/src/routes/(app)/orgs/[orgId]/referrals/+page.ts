import { error } from '@sveltejs/kit'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/**
 * A partner user's home (design §6): for each current programme, the people its network partner referred and where
 * each stands, and the way to refer someone. The API answers only its own referrals, with only what partners may see.
 */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'referrals.partner')) error(403, { message: 'Only partner users refer people', code: 'forbidden' })
  const programmes = await guard(api.listProgrammes(params.orgId, { include: 'current', limit: 100 }, { fetch }), url)
  const open = programmes.items.filter((p) => p.status !== 'archived')
  const referred = await Promise.all(
    open.map(async (programme) => {
      // The form labels the answers the API lets the partner see (it sends only those).
      const [people, referral] = await Promise.all([
        guard(allItems((cursor) => api.listReferrals(params.orgId, programme.id, { cursor, limit: 100 }, { fetch })), url),
        guard(api.referralForm(params.orgId, programme.id, { fetch }), url),
      ])
      return { programme, people, form: referral.form }
    }),
  )
  return { referred }
}
