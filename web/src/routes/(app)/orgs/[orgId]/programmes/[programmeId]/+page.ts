import { api } from '$lib/api/endpoints'
import { ApiError } from '$lib/api/errors'
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
  const [people, runs, publicForm] = await Promise.all([
    allowed(role, 'people.read')
      ? guard(Promise.all(personKinds.map(side)).then(([mentor, mentee]) => ({ mentor: mentor!, mentee: mentee! })), url)
      : null,
    allowed(role, 'matching.read')
      ? guard(allItems((cursor) => api.listRuns(orgId, programmeId, { cursor, limit: 100 }, { fetch })), url)
      : null,
    // The online applications: null until first published (404), left out for those who may not see them.
    allowed(role, 'applications.read')
      ? guard(api.getPublicForm(orgId, programmeId, { fetch }).catch((e: unknown) => {
          if (e instanceof ApiError && e.status === 404) return null
          throw e
        }), url).then((form) => ({ form }))
      : null,
  ])
  return {
    counts: people,
    matching: runs && { latest: latestRun(runs) ?? null },
    publicForm,
    justCreated: url.searchParams.has('created'),
  }
}
