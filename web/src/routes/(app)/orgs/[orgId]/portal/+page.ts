import { get } from 'svelte/store'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { locale } from '$lib/i18n'
import type { Locale } from '@binome/contracts'
import type { PageLoad } from './$types'

/** A mentor's or mentee's own duos, newest proposal first, with the mentee's sheet in the reader's language. */
export const load: PageLoad = async ({ params, fetch, url }) => {
  const duos = await guard(api.listMyDuos(params.orgId, get(locale) as Locale, { fetch }), url)
  return { duos: duos.items }
}
