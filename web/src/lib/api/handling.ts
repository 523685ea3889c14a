import { error, redirect } from '@sveltejs/kit'
import { goto } from '$app/navigation'
import { get } from 'svelte/store'
import { _ } from '../i18n'
import { ApiError } from './errors'
import { clearSession } from '../auth/session'
import type { FieldErrors } from '../forms/validate'

function signInPath(next: string): string {
  return `/signin?next=${encodeURIComponent(next)}`
}

/**
 * Runs an API call inside a load function: 401 sends the reader to sign-in, 403/404 and other failures show the
 * error page with the API's code.
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
      error(e.status >= 400 ? e.status : 503, { message: e.message, code: e.code })
    }
    throw e
  }
}

/** A failed action, ready for the screen: one sentence for the form, and per-field errors when the API named fields. */
export interface ActionFailure {
  status: number
  code: string
  message: string
  fields: FieldErrors
}

/**
 * Explains a failed API call made by a button or form, in the reader's language. A 401 ends the session and goes
 * to sign-in; a 409 says someone else changed the thing (the screen offers a reload).
 *
 * @example
 * try { await api.createProgramme(orgId, body) } catch (e) { failure = describeFailure(e) }
 */
export function describeFailure(e: unknown): ActionFailure {
  const t = get(_)
  if (!(e instanceof ApiError)) {
    return { status: 0, code: 'unknown', message: t('errors.unexpected'), fields: {} }
  }
  if (e.status === 401) {
    const here = typeof location === 'undefined' ? '/' : location.pathname + location.search
    if (!here.startsWith('/signin')) {
      clearSession()
      void goto(signInPath(here))
    }
  }
  const fields: FieldErrors = {}
  for (const issue of e.fieldIssues) fields[issue.path] ??= issue.message
  const byStatus: Record<number, string> = {
    0: t('errors.network'),
    401: t('errors.unauthorized'),
    403: t('errors.forbidden'),
    404: t('errors.notFound'),
    409: t('errors.conflict'),
    429: t('errors.rateLimited'),
  }
  let message = byStatus[e.status]
  if (!message) {
    if (e.code === 'validation_failed' || e.status === 400) message = t('errors.validation', { values: { detail: e.message } })
    else message = t('errors.server', { values: { detail: e.message } })
  }
  return { status: e.status, code: e.code, message, fields }
}
