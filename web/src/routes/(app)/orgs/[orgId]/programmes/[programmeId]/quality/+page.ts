import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import type { PageLoad } from './$types'

const day = /^\d{4}-\d{2}-\d{2}$/

/** The programme's quality audit for the period in the URL (`?from&to`; the last twelve months without them). */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const from = url.searchParams.get('from') ?? ''
  const to = url.searchParams.get('to') ?? ''
  // A period the API would refuse (a bad day, an end before the start) falls back to the default one, said on screen.
  const valid = (!from || day.test(from)) && (!to || day.test(to)) && (!from || !to || from <= to)
  const period = valid ? { ...(from && { from }), ...(to && { to }) } : {}
  const audit = await guard(api.readQualityAudit(params.orgId, params.programmeId, period, { fetch }), url)
  return { audit, periodRefused: !valid }
}
