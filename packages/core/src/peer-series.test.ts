import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { planPeerSeries, seriesDates } from './peer-series'
import { brusselsToUtc, type Invitable } from './sessions'

/** The fields a 400 names. */
function fieldsOf(f: () => unknown): string[] {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError)
    return ((e as DomainError).details ?? []).map((d) => d.path)
  }
  throw new Error('expected a DomainError')
}

describe('seriesDates', () => {
  it('every 8 weeks keeps the weekday and the Brussels time across daylight saving', () => {
    const dates = seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, count: 4 })
    expect(dates).toEqual(['2027-01-14T18:30', '2027-03-11T18:30', '2027-05-06T18:30', '2027-07-01T18:30'])
    // Winter 17:30 UTC, summer 16:30 UTC: the same wall-clock time for the mentors.
    expect(dates.map((d) => brusselsToUtc(d))).toEqual([
      '2027-01-14T17:30:00.000Z', '2027-03-11T17:30:00.000Z', '2027-05-06T16:30:00.000Z', '2027-07-01T16:30:00.000Z',
    ])
  })

  it('a six-month horizon by default: the meetings before the same day six months on', () => {
    expect(seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 } })).toEqual([
      '2027-01-14T18:30', '2027-03-11T18:30', '2027-05-06T18:30', '2027-07-01T18:30',
    ])
    // Exactly on the horizon's day is out (six months of meetings, not seven).
    expect(seriesDates({ firstStartsAt: '2027-01-01T18:00', every: { months: 2 }, horizonMonths: 6 })).toEqual([
      '2027-01-01T18:00', '2027-03-01T18:00', '2027-05-01T18:00',
    ])
  })

  it('monthly series keep the day of the month, or the month\'s last day when shorter (leap years too)', () => {
    expect(seriesDates({ firstStartsAt: '2027-01-31T18:30', every: { months: 1 }, count: 4 })).toEqual([
      '2027-01-31T18:30', '2027-02-28T18:30', '2027-03-31T18:30', '2027-04-30T18:30',
    ])
    expect(seriesDates({ firstStartsAt: '2027-12-31T18:30', every: { months: 2 }, count: 2 })).toEqual(['2027-12-31T18:30', '2028-02-29T18:30'])
  })

  it('weekly series cross month and year ends day by day', () => {
    expect(seriesDates({ firstStartsAt: '2027-12-30T12:00', every: { weeks: 1 }, count: 2 })).toEqual(['2027-12-30T12:00', '2028-01-06T12:00'])
    expect(seriesDates({ firstStartsAt: '2028-02-22T12:00', every: { weeks: 1 }, count: 2 })).toEqual(['2028-02-22T12:00', '2028-02-29T12:00'])
  })

  it('a meeting in the hour the clocks skip is refused by name, never moved or skipped', () => {
    // 28 March 2027 is the last Sunday of March: 02:30 does not exist in Brussels.
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-03-21T02:30', every: { weeks: 1 }, count: 3 }))).toEqual(['dates[1]'])
  })

  it('bad plans name their field', () => {
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-02-30T18:00', every: { weeks: 8 } }))).toEqual(['firstStartsAt'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 0 } }))).toEqual(['every.weeks'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { months: 13 } }))).toEqual(['every.months'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, count: 0 }))).toEqual(['count'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, count: 2, horizonMonths: 6 }))).toEqual(['count'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, horizonMonths: 13 }))).toEqual(['horizonMonths'])
    expect(fieldsOf(() => seriesDates({ firstStartsAt: '2027-01-14T18:30', every: { weeks: 1 }, horizonMonths: 12 }))).toEqual(['horizonMonths'])
  })
})

describe('planPeerSeries', () => {
  const mentors: Invitable[] = [
    { id: 'm1', kind: 'mentor', firstName: 'Marc', lastName: 'Dubois', email: 'marc@example.org' },
    { id: 'm2', kind: 'mentor', firstName: 'Sofia', lastName: 'Janssens', email: 'sofia@example.org' },
    { id: 'm3', kind: 'mentor', firstName: '', lastName: '', email: '', erasedAt: '2026-06-01T00:00:00.000Z' },
  ]
  let n = 0
  const ctx = { newId: () => `s${++n}`, orgId: 'o1', programmeId: 'p1', userId: 'u1', now: '2027-01-05T10:00:00.000Z' }
  const draft = {
    title: 'Rencontre entre mentors', firstStartsAt: '2027-01-14T18:30', every: { weeks: 8 }, durationMinutes: 90,
    place: 'Rue Coenraets 72, Saint-Gilles', capacity: 30, topics: ['experience-sharing' as const],
  }

  it('plans every meeting of the horizon with each active mentor invited once per meeting (erased ones left out)', () => {
    const { sessions, invitees } = planPeerSeries(draft, mentors, ctx)
    expect(sessions.map((s) => [s.kind, s.startsAt, s.invitedCount])).toEqual([
      ['peer-meeting', '2027-01-14T18:30', 2], ['peer-meeting', '2027-03-11T18:30', 2],
      ['peer-meeting', '2027-05-06T18:30', 2], ['peer-meeting', '2027-07-01T18:30', 2],
    ])
    expect(new Set(sessions.map((s) => s.id)).size).toBe(4)
    expect(invitees.map((i) => `${i.sessionId}:${i.personId}`)).toHaveLength(8)
    expect(invitees.every((i) => i.personId !== 'm3')).toBe(true)
  })

  it('refuses the whole plan when one meeting cannot hold everyone, or starts in the past, or lacks a place', () => {
    expect(() => planPeerSeries({ ...draft, capacity: 1 }, mentors, ctx)).toThrow(expect.objectContaining({ reason: 'session-full' }))
    expect(fieldsOf(() => planPeerSeries({ ...draft, firstStartsAt: '2027-01-04T18:30' }, mentors, ctx))).toEqual(['firstStartsAt'])
    expect(fieldsOf(() => planPeerSeries({ ...draft, place: null }, mentors, ctx))).toEqual(['place'])
  })

  it('a mentee among the invitees is refused by name', () => {
    const withMentee = [...mentors.slice(0, 2), { id: 'e1', kind: 'mentee' as const, firstName: 'Amina', lastName: 'B', email: 'a@example.org' }]
    expect(fieldsOf(() => planPeerSeries(draft, withMentee, ctx))).toEqual(['personIds[2]'])
  })
})
