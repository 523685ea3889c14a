import type { Session } from '@binome/contracts'
import { topicsByKind, type SessionKindName, type SessionTopicName } from '@binome/contracts/vocabulary'
import { formatDateTime } from './format'
import { programmePath } from './programme-tabs'

/** What the session form edits, as typed: the date (YYYY-MM-DD from the date field) and the time apart. */
export interface SessionFormValues {
  kind: SessionKindName
  title: string
  date: string
  time: string
  durationMinutes: number
  place: string
  videoLink: string
  capacity: number
  topics: SessionTopicName[]
  notes: string
}

/**
 * Defaults from the seeds: an information session lasts an hour (seed 001), a training three hours (seed 000), a
 * mentors' peer meeting an hour and a half in the evening (seed 004).
 */
const defaults: Record<SessionKindName, { time: string; durationMinutes: number; capacity: number }> = {
  information: { time: '18:00', durationMinutes: 60, capacity: 20 },
  training: { time: '09:00', durationMinutes: 180, capacity: 12 },
  'peer-meeting': { time: '18:30', durationMinutes: 90, capacity: 30 },
}


export function sessionFormValues(kind: SessionKindName, s?: Session): SessionFormValues {
  if (s) {
    return {
      kind: s.kind, title: s.title, date: s.startsAt.slice(0, 10), time: s.startsAt.slice(11, 16), durationMinutes: s.durationMinutes,
      place: s.place ?? '', videoLink: s.videoLink ?? '', capacity: s.capacity, topics: [...s.topics], notes: s.notes,
    }
  }
  return {
    kind, title: '', date: '', ...defaults[kind], place: '', videoLink: '', topics: [...topicsByKind[kind]], notes: '',
  }
}

/**
 * A typed time as `HH:mm` (24 h, as Belgian readers write it: 18:30, 18h30, 9.00), or the text itself when it is not
 * one, so the form's check refuses it.
 *
 * @example normaliseTime('18h30') // '18:30'
 * @example normaliseTime('9:05') // '09:05'
 */
export function normaliseTime(text: string): string {
  const m = /^\s*(\d{1,2})\s*[:hH.]\s*(\d{2})\s*$/.exec(text) ?? /^\s*(\d{1,2})\s*[hH]\s*$/.exec(text)
  if (!m) return text
  const [h, min] = [Number(m[1]), Number(m[2] ?? '0')]
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : text
}

/** Whether a typed time reads as one. */
export const isTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(normaliseTime(text))

/** The request body: a date and time in Brussels, an empty place or link as none. */
export function sessionInput(v: SessionFormValues) {
  return {
    title: v.title,
    startsAt: `${v.date}T${normaliseTime(v.time)}`,
    durationMinutes: Number(v.durationMinutes),
    place: v.place.trim() === '' ? null : v.place,
    videoLink: v.videoLink.trim() === '' ? null : v.videoLink,
    capacity: Number(v.capacity),
    topics: v.topics,
    notes: v.notes,
  }
}

/**
 * A session's Brussels wall-clock time as dd/mm/yyyy HH:mm (sessions happen in Belgium; the time shown is the one
 * the invitation gives, whatever the reader's own zone).
 *
 * @example sessionWhen('2027-01-14T18:00') // '14/01/2027 18:00'
 */
export const sessionWhen = (startsAt: string): string => formatDateTime(startsAt)

export const calendarPath = (orgId: string, programmeId: string, sessionId?: string) =>
  programmePath(orgId, programmeId, sessionId ? `calendar/${encodeURIComponent(sessionId)}` : 'calendar')
