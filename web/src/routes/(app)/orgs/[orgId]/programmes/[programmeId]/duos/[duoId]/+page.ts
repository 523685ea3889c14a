import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/**
 * A duo for staff: the duo with its people and the steps it may take, its newest 50 steps, the programme's rules in
 * force (the first meeting's place rule, the outcomes a closure chooses from) and, for the roles that read them, the
 * members (who did each step, and the staff member present on neutral ground); an active duo's check-ins with each
 * side's next due date.
 */
export const load: PageLoad = async ({ params, fetch, url, depends, parent }) => {
  depends('app:duo')
  const { role } = await parent()
  const { orgId, programmeId, duoId } = params
  const [duo, timeline, rules, members] = await Promise.all([
    guard(api.readDuo(orgId, programmeId, duoId, { fetch }), url),
    guard(api.readDuoTimeline(orgId, programmeId, duoId, { limit: 50 }, { fetch }), url),
    guard(api.getRules(orgId, programmeId, { fetch }), url),
    allowed(role, 'members.read') ? api.listMembers(orgId, { limit: 100 }, { fetch }).catch(() => null) : null,
  ])
  // An active duo's check-ins (the staff's contact with each side), for the section where they are recorded.
  const checkIns = duo.state === 'active' && allowed(role, 'duos.read') ? await guard(api.listCheckIns(orgId, programmeId, duoId, { fetch }), url) : null
  const staff = (members?.items ?? []).filter((m) => m.status === 'active' && (m.role === 'admin' || m.role === 'coordinator'))
  const names: Record<string, string> = Object.fromEntries((members?.items ?? []).map((m) => [m.userId, m.name || m.email]))
  return { duo, timeline: timeline.items, placeRule: rules.rules.cadences.firstMeetingPlace, outcomes: rules.rules.outcomes, staff, names, checkIns }
}
