import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import type { PageLoad } from './$types'

/** The organisation's home: current programmes for everyone, members and alerts for staff. */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  const [programmes, members, alerts] = await Promise.all([
    guard(api.listProgrammes(params.orgId, { include: 'current', limit: 6 }, { fetch }), url),
    allowed(role, 'members.read') ? guard(api.listMembers(params.orgId, { limit: 100 }, { fetch }), url) : null,
    allowed(role, 'monitoring.read') ? guard(api.listAlerts(params.orgId, { limit: 10 }, { fetch }), url) : null,
  ])
  return { programmes, members, alerts }
}
