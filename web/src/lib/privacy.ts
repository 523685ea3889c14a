/**
 * The personal-data screens' logic (GDPR; admins): the privacy page's address (the retention dry run's period and the
 * audit log's filters, kept in the query so that a filtered log can be shared or bookmarked), when the sweep will
 * anonymise someone, and the export's files. The filters are checked with the API's own `AuditQuery`, so a
 * hand-edited address drops what the API would refuse instead of showing an error page.
 */
import { AuditEntry, AuditQuery, type PersonalDataExport } from '@binome/contracts'
import type { AuditFilter } from './api/endpoints'

/** The periods the retention dry run offers, in days; the first screen shows the default. */
export const retentionWindows = [30, 60, 180, 365] as const
export const DEFAULT_WINDOW = 60

/** The actions the audit log records, in the core's order (the filter's choices). */
export const auditActionChoices: readonly AuditEntry['action'][] = AuditEntry.shape.action.options

/** The query keys of the audit filters the page offers, in the order the address shows them. */
export const auditFilterKeys = ['action', 'personId', 'from', 'to'] as const
type AuditFilterKey = (typeof auditFilterKeys)[number]

/**
 * The period and the audit filters an address asks for: 60 days unless one of the offered periods is named; blank
 * or malformed filters left out.
 *
 * @example
 * readPrivacyQuery(new URLSearchParams('within=365&action=person.erased&from=2026-13-01'))
 * // { within: 365, filter: { action: 'person.erased' } }
 */
export function readPrivacyQuery(params: URLSearchParams): { within: number; filter: AuditFilter } {
  const within = Number(params.get('within'))
  const filter: Record<string, string> = {}
  for (const key of auditFilterKeys) {
    const value = params.get(key)?.trim()
    if (value && AuditQuery.shape[key].safeParse(value).success) filter[key] = value
  }
  return {
    within: (retentionWindows as readonly number[]).includes(within) ? within : DEFAULT_WINDOW,
    filter: filter as AuditFilter,
  }
}

/**
 * The query of the page for a period and filters (blank ones and the default period left out).
 *
 * @example
 * privacyQuery(365, { action: 'person.erased', personId: '' }) // '?within=365&action=person.erased'
 */
export function privacyQuery(within: number, filter: Partial<Record<AuditFilterKey, string | undefined>>): string {
  const params = new URLSearchParams()
  if (within !== DEFAULT_WINDOW) params.set('within', String(within))
  for (const key of auditFilterKeys) {
    const value = filter[key]?.trim()
    if (value) params.set(key, value)
  }
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** Whether the audit log is filtered (the empty log then says that nothing matches, not that nothing happened). */
export function isAuditFiltered(filter: AuditFilter): boolean {
  return auditFilterKeys.some((k) => filter[k] !== undefined)
}

/**
 * Whether a person's anonymisation date has passed: the sweep runs once a night, so they go at the next run.
 *
 * @example
 * isOverdue('2026-11-30T00:00:00.000Z', new Date('2026-12-01T03:00:00Z')) // true
 */
export function isOverdue(dueAt: string, now: Date): boolean {
  return new Date(dueAt).getTime() <= now.getTime()
}

/** The bytes of a base64 text (the export's PDF). */
export function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * The export as the JSON file an admin downloads: everything but the PDF, which is the same data for a person to read
 * (and would double the file in base64).
 */
export function exportJson(exported: PersonalDataExport): string {
  const { pdf: _pdf, ...rest } = exported
  return JSON.stringify(rest, null, 2)
}

/** The JSON file's name: the PDF's, with its own extension. */
export function jsonFilename(exported: PersonalDataExport): string {
  return exported.pdf.filename.replace(/\.pdf$/i, '') + '.json'
}

/** Has the browser save `data` as `filename` (a temporary link on an object URL, released once clicked). */
export function download(filename: string, data: Blob): void {
  const url = URL.createObjectURL(data)
  const a = document.createElement('a')
  a.href = url
  a.download = filename
  document.body.append(a)
  a.click()
  a.remove()
  // The click starts the download synchronously; the URL can go on the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
