import { get } from 'svelte/store'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { locale } from '$lib/i18n'
import { loadDuoLife } from '$lib/duo-life'
import type { Locale } from '@binome/contracts'
import type { PageLoad } from './$types'

/** The action plan, the in-take and the job search of the reader's own duo (its programme from the duo). */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:duo-life')
  const duo = await guard(api.readMyDuo(params.orgId, params.duoId, get(locale) as Locale, { fetch }), url)
  const ref = { orgId: params.orgId, programmeId: duo.programmeId, duoId: duo.id }
  return { duo, ref, life: await guard(loadDuoLife(ref, undefined, { fetch }), url) }
}
