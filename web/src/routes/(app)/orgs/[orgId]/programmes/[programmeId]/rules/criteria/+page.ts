import type { Person, PersonKind } from '@binome/contracts'
import { api } from '$lib/api/endpoints'
import { settle } from '$lib/api/settle'
import type { PageLoad } from './$types'

/** How many people of each side the preview reads (it shows four; a few spare in case some answers are missing). */
const SAMPLE_READS = 6

/**
 * A few people of each side who are ready to be matched, read whole (the lists give no answers), from which the
 * criteria preview takes its samples: a handful of reads, never the whole programme. When they cannot be read the
 * criteria can still be edited, and the preview says why it is empty.
 */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const { orgId, programmeId } = params
  const ready = async (kind: PersonKind): Promise<Person[]> => {
    const page = await api.listPeople(orgId, programmeId, { stage: 'ready', kind, limit: SAMPLE_READS }, { fetch })
    return Promise.all(page.items.map((p) => api.getPerson(orgId, programmeId, p.id, { fetch })))
  }
  const [mentees, mentors] = await Promise.all([settle(ready('mentee'), url), settle(ready('mentor'), url)])
  return { mentees, mentors }
}
