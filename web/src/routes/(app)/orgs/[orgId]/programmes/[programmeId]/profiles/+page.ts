import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

/** The year asked in the URL (`?year=2026`), this year in Brussels by default. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const asked = Number(url.searchParams.get('year'))
  const thisYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Brussels' }).slice(0, 4))
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear
  const analysis = await guard(api.readProfileAnalysis(params.orgId, params.programmeId, year, { fetch }), url)
  return { analysis, year, thisYear }
}
