import type { Locale, Organisation, Session, SessionInvitee } from '@binome/core'

/** What a calendar file of Binôme invites to: a session of its kind, a duo's first meeting or its closing interview. */
export type CalendarEvent = Session['kind'] | 'first-meeting' | 'closing-interview'

/**
 * The name of a calendar file (without `.ics`), in the language of the mail or page that hands it out: the recipient
 * saves it under that name.
 *
 * @example
 * `${calendarFileNames.nl['first-meeting']}.ics` // 'eerste-ontmoeting.ics'
 */
export const calendarFileNames: Record<Locale, Record<CalendarEvent, string>> = {
  fr: {
    information: 'seance-information', training: 'formation-mentors', 'peer-meeting': 'rencontre-mentors',
    'first-meeting': 'premiere-rencontre', 'closing-interview': 'entretien-de-cloture',
  },
  en: {
    information: 'information-session', training: 'mentor-training', 'peer-meeting': 'mentors-peer-meeting',
    'first-meeting': 'first-meeting', 'closing-interview': 'closing-interview',
  },
  nl: {
    information: 'infosessie', training: 'mentoropleiding', 'peer-meeting': 'mentorenbijeenkomst',
    'first-meeting': 'eerste-ontmoeting', 'closing-interview': 'afsluitgesprek',
  },
}

/** Who an invitation is addressed to: one attendee per file, as each side gets their own mail. */
export interface Invitee { firstName: string; lastName: string; email: string }

/**
 * What every invitation of Binôme says, whatever it invites to (a session, a duo's first meeting, a closing
 * interview): the one shape the one builder below turns into a calendar file.
 */
export interface Invitation {
  /** Stable per event (`<id>@binome.<kind>`): a moved or cancelled event updates the invitation already in the calendar. */
  uid: string
  /** Grows with each change of the event (its record's version). */
  sequence: number
  productId: 'binome/sessions' | 'binome/duos'
  title: string
  description: string
  /** The instant it starts (ISO, UTC). A Brussels wall time is converted by the caller with core `brusselsToUtc`. */
  startsAtUtc: string
  minutes: number
  place?: string
  url?: string
  cancelled?: boolean
  org: Pick<Organisation, 'name' | 'contactEmail'>
  to: Invitee
}

/**
 * The calendar file (.ics) of one invitation, as the bytes of a mail attachment or of the portal's download: a REQUEST
 * in UTC (calendars show it in their own zone; an 18:30 Brussels meeting is DTSTART 16:30Z in summer, 17:30Z in winter),
 * with the organisation as organiser and the invitee as the one attendee. The one builder of Binôme's calendar files:
 * the sessions' invitations and the portal (shared/sessions), the first meeting (duos/mail) and the closing interview
 * (duo-life/closing-mail) all go through it.
 *
 * `ics` is loaded on the first calendar file only: with its validation library (yup) it is ~70 KB of minified code
 * that no request but an invitation needs, so it sits in a lazy chunk of the function's bundle instead of its cold start.
 *
 * @example
 * const bytes = await invitationCalendar({
 *   uid: `${session.id}@binome.sessions`, sequence: session.version, productId: 'binome/sessions',
 *   title: 'Rencontre entre mentors', description: 'Ordre du jour…', startsAtUtc: '2026-07-01T16:30:00.000Z', minutes: 90,
 *   place: 'Bureaux, rue Haute 12', org, to: { firstName: 'Ana', lastName: 'Lopes', email: 'ana@example.org' },
 * })
 */
export async function invitationCalendar(inv: Invitation): Promise<Uint8Array> {
  const start = new Date(inv.startsAtUtc)
  if (Number.isNaN(start.getTime())) throw new Error(`invitation ${inv.uid}: start '${inv.startsAtUtc}' is not an instant`)
  const { createEvent } = await import('ics')
  const { error, value } = createEvent({
    productId: inv.productId,
    method: 'REQUEST',
    uid: inv.uid,
    sequence: inv.sequence,
    title: inv.title,
    description: inv.description,
    start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: inv.minutes },
    ...(inv.place && { location: inv.place }),
    ...(inv.url && { url: inv.url }),
    status: inv.cancelled ? 'CANCELLED' : 'CONFIRMED',
    ...(inv.org.contactEmail && { organizer: { name: inv.org.name, email: inv.org.contactEmail } }),
    attendees: [{ name: `${inv.to.firstName} ${inv.to.lastName}`.trim(), email: inv.to.email, rsvp: true, role: 'REQ-PARTICIPANT', partstat: 'NEEDS-ACTION' }],
  })
  if (error || !value) throw error ?? new Error('the calendar file could not be built')
  return new TextEncoder().encode(value)
}

/**
 * A session's invitation for one invitee (what the session mails attach and the portal hands out): its UID is the
 * session's, its sequence the session's version, cancelled when the session is.
 *
 * @example
 * const bytes = await invitationCalendar(sessionInvitation(session, invitee, org, session.notes || session.title))
 */
export const sessionInvitation = (
  session: Session, invitee: SessionInvitee, org: Pick<Organisation, 'name' | 'contactEmail'>, description: string,
): Invitation => ({
  uid: `${session.id}@binome.sessions`, sequence: session.version, productId: 'binome/sessions',
  title: session.title, description, startsAtUtc: session.startsAtUtc, minutes: session.durationMinutes,
  ...(session.place && { place: session.place }), ...(session.videoLink && { url: session.videoLink }),
  cancelled: session.state === 'cancelled', org, to: invitee,
})
