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
