import { api } from '$lib/api/endpoints'
import { base64Bytes, download } from '$lib/privacy'

/**
 * Hands the browser the calendar file (.ics) of a session the signed-in mentor or mentee is invited to: the portal's
 * « Ajouter à mon agenda », wherever the session is listed (their sessions, the mentors' peer meetings).
 *
 * @example
 * await saveMySessionCalendar('pls-mentoryou', sessionId)
 */
export async function saveMySessionCalendar(orgId: string, sessionId: string): Promise<void> {
  const file = await api.readMySessionCalendar(orgId, sessionId)
  download(file.filename, new Blob([base64Bytes(file.base64)], { type: file.contentType }))
}
