import { get } from 'svelte/store'
import { api } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { locale } from '$lib/i18n'
import type { Locale } from '@binome/contracts'
import type { PageLoad } from './$types'

/** One of the reader's own duos (another person's is not found); the page the proposal e-mail links to. */
export const load: PageLoad = async ({ params, fetch, url, depends }) => {
  depends('app:portal-duo')
  return { duo: await guard(api.readMyDuo(params.orgId, params.duoId, get(locale) as Locale, { fetch }), url) }
}
