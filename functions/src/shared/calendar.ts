import type { Organisation, Session, SessionInvitee } from '@binome/core'
import type { EventAttributes } from 'ics'

/**
 * A calendar file (.ics) of one event, as the bytes of a mail attachment. `ics` is loaded on the first calendar file
 * only: with its validation library (yup) it is ~70 KB of minified code that no request but an invitation needs, so
 * it sits in a lazy chunk of the function's bundle instead of its cold start.
 *
 * @example
 * const bytes = await calendarFile({ productId: 'binome/sessions', method: 'REQUEST', uid: `${id}@binome.sessions`,
 *   start: [2026, 12, 1, 9, 30], startInputType: 'utc', startOutputType: 'utc', duration: { minutes: 60 }, title: 'Séance' })
 */
export async function calendarFile(event: EventAttributes): Promise<Uint8Array> {
  const { createEvent } = await import('ics')
  const { error, value } = createEvent(event)
  if (error || !value) throw error ?? new Error('the calendar file could not be built')
  return new TextEncoder().encode(value)
}

/**
 * The calendar file of a session for one invitee: a REQUEST in UTC, with a stable UID so a changed session updates it.
 * The one builder of a session's file: the invitation mails attach it, the portal hands it out (./duos/portal).
 *
 * @example
 * const bytes = await sessionCalendar(session, invitee, org, 'Rencontre entre mentors')
 */
export function sessionCalendar(session: Session, invitee: SessionInvitee, org: Organisation, description: string): Promise<Uint8Array> {
  const start = new Date(session.startsAtUtc)
  return calendarFile({
    productId: 'binome/sessions',
    method: 'REQUEST',
    uid: `${session.id}@binome.sessions`,
    sequence: session.version,
    title: session.title,
    description,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: session.durationMinutes },
    ...(session.place && { location: session.place }),
    ...(session.videoLink && { url: session.videoLink }),
    status: session.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    ...(org.contactEmail && { organizer: { name: org.name, email: org.contactEmail } }),
    attendees: [{ name: `${invitee.firstName} ${invitee.lastName}`.trim(), email: invitee.email, rsvp: true, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' }],
  })
}
