import { error, redirect } from '@sveltejs/kit'
import { goto } from '$app/navigation'
import { get } from 'svelte/store'
import { _, locale } from '../i18n'
import { ApiError } from './errors'
import { errorSentence, fieldSentence, isStale } from './words'
import { clearSession } from '../auth/session'
import type { FieldErrors } from '../forms/validate'

function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(next)}`
}

/**
 * Runs an API call inside a load function: 401 sends the reader to sign-in, 403/404 and other failures show the
 * error page with the error's sentence in the reader's language.
 *
 * @example
 * export const load = async ({ params, url, fetch }) => ({ org: await guard(api.getOrganisation(params.orgId, { fetch }), url) })
 */
export async function guard<T>(call: Promise<T>, url: URL): Promise<T> {
  try {
    return await call
  } catch (e) {
    if (e instanceof ApiError) {
      if (e.status === 401) {
        clearSession()
        redirect(307, signInPath(url.pathname + url.search))
      }
      // The error page shows this sentence: the reader's words, not the server's English.
      error(e.status >= 400 ? e.status : 503, { message: errorSentence(e, get(_), get(locale)), code: e.code })
    }
    throw e
  }
}

/** A failed action, ready for the screen: one sentence for the form, and per-field errors when the API named fields. */
export interface ActionFailure {
  status: number
  code: string
  /** The API's stable reason, or null (network failure, an answer that is not the API's). */
  reason: string | null
  message: string
  fields: FieldErrors
  /** Someone else changed the thing since it was read: the screen offers a reload (and only then). */
  stale: boolean
}

/**
 * Explains a failed API call made by a button or form, in the reader's language, from the error's reason and
 * values. A 401 ends the session and goes to sign-in; only a stale version offers a reload: a rule that refuses
 * ("already invited", "last admin") says the rule, since reloading would not change it.
 *
 * @example
 * try { await api.createProgramme(orgId, body) } catch (e) { failure = describeFailure(e) }
 */
export function describeFailure(e: unknown): ActionFailure {
  const t = get(_)
  if (!(e instanceof ApiError)) {
    return { status: 0, code: 'unknown', reason: null, message: t('errors.unexpected'), fields: {}, stale: false }
  }
  if (e.status === 401) {
    const here = typeof location === 'undefined' ? '/' : location.pathname + location.search
    if (!here.startsWith('/signin')) {
      clearSession()
      void goto(signInPath(here))
    }
  }
  const lang = get(locale)
  const fields: FieldErrors = {}
  for (const issue of e.fieldIssues) fields[issue.path] ??= fieldSentence(issue, t, lang)
  return { status: e.status, code: e.code, reason: e.reason, message: errorSentence(e, t, lang), fields, stale: isStale(e) }
}
