import { setupI18n, waitLocale } from '$lib/i18n'
import { loadConfig } from '$lib/api/config'
import type { LayoutLoad } from './$types'

// A static single-page app: nothing renders on a server, nothing is prerendered.
export const ssr = false
export const prerender = false

export const load: LayoutLoad = async ({ fetch }) => {
  setupI18n()
  await waitLocale()
  const config = await loadConfig(fetch)
  return { config }
}
