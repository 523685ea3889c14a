import { error } from '@sveltejs/kit'
import { api, PAGE_SIZE } from '$lib/api/endpoints'
import { guard } from '$lib/api/handling'
import { allowed } from '$lib/permissions'
import { readPrivacyQuery } from '$lib/privacy'
import type { PageLoad } from './$types'

/**
 * The personal-data page (admins), as its address asks: the retention dry run over the chosen period, the first page
 * of the audit log with its filters, and the organisation's members so that the log names who did what.
 */
export const load: PageLoad = async ({ params, parent, fetch, url }) => {
  const { role } = await parent()
  if (!allowed(role, 'audit.read')) error(403, { message: 'Only admins see the personal-data tools', code: 'forbidden' })
  const { orgId } = params
  const { within, filter } = readPrivacyQuery(url.searchParams)
  const [retention, audit, members] = await Promise.all([
    guard(api.previewRetention(orgId, within, { fetch }), url),
    guard(api.searchAudit(orgId, { ...filter, limit: PAGE_SIZE }, { fetch }), url),
    api.listMembers(orgId, { limit: 100 }, { fetch }).catch(() => null),
  ])
  const names: Record<string, string> = Object.fromEntries((members?.items ?? []).map((m) => [m.userId, m.name || m.email]))
  // The moment the dry run was read: rows due before it go at the next nightly run.
  return { within, filter, retention, audit, names, readAt: new Date().toISOString() }
}
