import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allItems, latestRun, stageTotal, waitingForDecision } from '$lib/day-work'
import { allowed } from '$lib/permissions'
import { personKinds, type PersonKind } from '@binome/contracts/vocabulary'
import type { PageLoad } from './$types'

/**
 * The overview: the programme (from the layout), and for staff its people counted by side and stage (the count route,
 * never the people themselves) and its latest matching run.
 */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  const { orgId, programmeId } = params
  const side = async (kind: PersonKind) => {
    const { counts } = await api.countPeopleByStage(orgId, programmeId, { kind }, { fetch })
    return { counts, total: stageTotal(counts), waiting: waitingForDecision(counts) }
  }
  const [people, runs] = await Promise.all([
    allowed(role, 'people.read')
      ? guard(Promise.all(personKinds.map(side)).then(([mentor, mentee]) => ({ mentor: mentor!, mentee: mentee! })), url)
      : null,
    allowed(role, 'matching.read')
      ? guard(allItems((cursor) => api.listRuns(orgId, programmeId, { cursor, limit: 100 }, { fetch })), url)
      : null,
  ])
  return {
    counts: people,
    matching: runs && { latest: latestRun(runs) ?? null },
    justCreated: url.searchParams.has('created'),
  }
}
