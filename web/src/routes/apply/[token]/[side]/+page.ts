import { applicationApi } from '$lib/api/application-endpoints'
import { ApiError } from '$lib/api/errors'
import { loadAllMessages, setLocale } from '$lib/i18n'
import type { PageLoad } from './$types'

const sides = ['mentor', 'mentee'] as const
const langs = ['fr', 'en', 'nl'] as const

/**
 * A public application page: the programme's form for one side, read with the link's token, no account. A link may
 * carry `?lang=en` (a partner sharing it in English). The page itself says when the link leads nowhere or the side
 * is closed (in the reader's language), rather than the generic error page.
 */
export const load: PageLoad = async ({ params, url, fetch }) => {
  const lang = langs.find((l) => l === url.searchParams.get('lang'))
  if (lang) await setLocale(lang).catch(() => undefined)
  // The form's own words (choices, yes/no, language levels) are in the whole catalogue.
  await loadAllMessages()
  const side = sides.find((s) => s === params.side)
  if (!side) return { state: 'not-found' as const }
  try {
    const view = await applicationApi.applicationForm(params.token, { fetch })
    const form = view.forms[side]
    if (!form) return { state: 'closed' as const, view }
    return { state: 'open' as const, view, form, side, token: params.token }
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return { state: 'not-found' as const }
    if (e instanceof ApiError && e.status === 410) return { state: 'closed' as const }
    return { state: 'failed' as const }
  }
}
