import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import { TIMELINE_PAGE } from '$lib/people/timeline'
import type { PageLoad } from './$types'

/**
 * A person, the programme's rules in force (the form for the labels and the edit form, the eligibility checklist for
 * the interview), the newest entries of their timeline, and — for the roles that may read them — the organisation's
 * members, so that the timeline names who did what (otherwise it says "a member"), and the organisation's network
 * partners: those that receive people are offered when a mentee is refused, and every one names a past referral.
 */
export const load: PageLoad = async ({ params, fetch, url, depends, parent }) => {
  depends('app:person')
  const { role } = await parent()
  const { orgId, programmeId, personId } = params
  const [person, rules, timeline, members, network] = await Promise.all([
    guard(api.getPerson(orgId, programmeId, personId, { fetch }), url),
    guard(api.getRules(orgId, programmeId, { fetch }), url),
    guard(api.readTimeline(orgId, programmeId, personId, { limit: TIMELINE_PAGE }, { fetch }), url),
    allowed(role, 'members.read') ? api.listMembers(orgId, { limit: 100 }, { fetch }).catch(() => null) : null,
    // A network is tens of partners: one page holds them all.
    allowed(role, 'network.read') ? api.listNetworkPartners(orgId, { limit: 100 }, { fetch }).catch(() => null) : null,
  ])
  const names: Record<string, string> = Object.fromEntries((members?.items ?? []).map((m) => [m.userId, m.name || m.email]))
  const partners = network?.items.filter((np) => np.active && np.kinds.includes('receives')).map(({ id, name }) => ({ id, name }))
  const partnerNames: Record<string, string> = Object.fromEntries((network?.items ?? []).map((np) => [np.id, np.name]))
  // The mentor or mentee account tied to this person (their portal), when the members could be read.
  const portalAccount = members ? (members.items.find((m) => m.personId === personId && m.programmeId === programmeId) ?? null) : undefined
  return { person, rules, timeline, names, partners, partnerNames, portalAccount }
}
