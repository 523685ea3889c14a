import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { settle } from '$lib/api/settle'
import type { LayoutLoad } from './$types'

/**
 * The programme's current rules, which every page of the tab edits a part of (`app:rules` lets a page reload them
 * after a save: the header shows the new version); and the organisation's members, so that a version says who
 * saved it by name (when they cannot be read, the account is said instead).
 */
export const load: LayoutLoad = async ({ params, fetch, url, depends }) => {
  depends('app:rules')
  const [current, members] = await Promise.all([
    guard(api.getRules(params.orgId, params.programmeId, { fetch }), url),
    settle(api.listMembers(params.orgId, { limit: 100 }, { fetch }), url),
  ])
  const names: Record<string, string> = members.ok ? Object.fromEntries(members.value.items.map((m) => [m.userId, m.name])) : {}
  return { current, names }
}
