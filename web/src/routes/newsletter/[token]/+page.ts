import { applicationApi } from '$lib/api/application-endpoints'
import { ApiError } from '$lib/api/errors'
import { loadAllMessages, setLocale } from '$lib/i18n'
import type { PageLoad } from './$types'

const langs = ['fr', 'en', 'nl'] as const

/**
 * A mentor's unsubscribe link (no account): one click in the newsletter unsubscribes. The page asks it from the
 * browser (a mail scanner that only fetches the address changes nothing), then confirms in the mentor's language
 * (the one the link was made in, unless `?lang=` says otherwise) and offers to subscribe again.
 */
export const load: PageLoad = async ({ params, url, fetch }) => {
  try {
    const before = await applicationApi.newsletterSubscription(params.token, { fetch })
    const lang = langs.find((l) => l === url.searchParams.get('lang')) ?? before.locale
    await setLocale(lang).catch(() => undefined)
    // The newsletter's words are not in the public part of the catalogue.
    await loadAllMessages()
    const view = before.subscribed ? await applicationApi.setNewsletterSubscription(params.token, false, { fetch }) : before
    return { state: 'found' as const, view, token: params.token }
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 400)) return { state: 'not-found' as const }
    return { state: 'failed' as const }
  }
}
