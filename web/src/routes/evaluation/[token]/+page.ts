import { evaluationApi } from '$lib/api/evaluation-endpoints'
import { ApiError } from '$lib/api/errors'
import { loadAllMessages, setLocale } from '$lib/i18n'
import type { PageLoad } from './$types'

const langs = ['fr', 'en', 'nl'] as const

/**
 * A personal evaluation link (no account): the questionnaire of one side of one duo. `?lang=en` picks the language.
 * The page itself says when the link leads nowhere or has expired (in the reader's language), not the error page.
 */
export const load: PageLoad = async ({ params, url, fetch }) => {
  const lang = langs.find((l) => l === url.searchParams.get('lang'))
  if (lang) await setLocale(lang).catch(() => undefined)
  // The questionnaire's own words (yes/no, choices) are in the whole catalogue.
  await loadAllMessages()
  try {
    const view = await evaluationApi.read(params.token, { fetch })
    return { state: view.state === 'answered' ? ('answered' as const) : ('open' as const), view, token: params.token }
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return { state: 'not-found' as const }
    if (e instanceof ApiError && e.status === 410) return { state: 'expired' as const, expiresAt: String(e.values.expiresAt ?? '') }
    return { state: 'failed' as const }
  }
}
