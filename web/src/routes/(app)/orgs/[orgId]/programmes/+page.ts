import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

export type ProgrammeFilter = 'current' | 'archived' | 'all'

export const load: PageLoad = async ({ params, fetch, url }) => {
  const raw = url.searchParams.get('include')
  const include: ProgrammeFilter = raw === 'archived' || raw === 'all' ? raw : 'current'
  const page = await guard(api.listProgrammes(params.orgId, { include, limit: PAGE_SIZE }, { fetch }), url)
  return { include, page }
}
