import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import {
  closingInterviewLifecycle, followUpAlerts, followUpsDue, holdClosingInterview, monthsAfter, newFollowUp, scheduleClosingInterview, type ClosingInterview,
} from './closing'

const at = '2027-06-20T09:00:00.000Z'
const who = { duoId: 'd1', programmeId: 'p1', by: 'u1', at }
const plan = { startsAt: '2027-06-30T10:00', minutes: 60, mode: 'in-person' as const, place: ' Rue Haute 1, Bruxelles ' }

const reasonOf = (f: () => unknown) => {
  try { f() } catch (e) { return e instanceof DomainError ? { reason: e.reason, fields: e.details?.map((d) => `${d.path}:${d.reason}`) ?? [], values: e.values } : e }
  return undefined
}

describe('closing interview lifecycle', () => {
  it('is scheduled, may move while scheduled, then held (and corrected while held)', () => {
    expect(closingInterviewLifecycle.eventsFrom('scheduled')).toEqual(['reschedule', 'hold'])
    expect(closingInterviewLifecycle.eventsFrom('held')).toEqual(['hold'])
  })

  it('schedules at version 1 with the place trimmed, and moves it one version up', () => {
    const first = scheduleClosingInterview(undefined, plan, who)
    expect(first).toMatchObject({ state: 'scheduled', version: 1, place: 'Rue Haute 1, Bruxelles', heldOn: null, notes: '', updatedBy: 'u1' })
    const moved = scheduleClosingInterview(first, { ...plan, mode: 'online', place: '', startsAt: '2027-07-01T14:30' }, { ...who, by: 'u2' })
    expect(moved).toMatchObject({ state: 'scheduled', version: 2, mode: 'online', place: null, startsAt: '2027-07-01T14:30', updatedBy: 'u2' })
  })

  it('refuses a bad time, length or mode naming each field', () => {
    expect(reasonOf(() => scheduleClosingInterview(undefined, { startsAt: '2027-02-30T10:00', minutes: 5, mode: 'phone' as never }, who)))
      .toMatchObject({ reason: 'validation', fields: ['startsAt:invalid', 'minutes:too-small', 'mode:not-a-choice'] })
    expect(reasonOf(() => scheduleClosingInterview(undefined, { ...plan, minutes: 600 }, who))).toMatchObject({ fields: ['minutes:too-big'] })
  })

  it('holds with its day and notes, not after today; a held one is not moved (409 with its state)', () => {
    const planned = scheduleClosingInterview(undefined, plan, who)
    const held = holdClosingInterview(planned, { heldOn: '2027-06-30', notes: 'Emploi trouvé' }, { by: 'u1', at, today: '2027-07-01' })
    expect(held).toMatchObject({ state: 'held', heldOn: '2027-06-30', notes: 'Emploi trouvé', version: 2 })
    expect(holdClosingInterview(held, { heldOn: '2027-06-30', notes: 'Corrigé' }, { by: 'u1', at, today: '2027-07-01' })).toMatchObject({ notes: 'Corrigé', version: 3 })
    expect(reasonOf(() => scheduleClosingInterview(held, plan, who))).toMatchObject({ reason: 'wrong-state', values: { entity: 'item', state: 'held' } })
    expect(reasonOf(() => holdClosingInterview(planned, { heldOn: '2027-07-02', notes: '' }, { by: 'u1', at, today: '2027-07-01' }))).toMatchObject({ fields: ['heldOn:too-big'] })
    expect(reasonOf(() => holdClosingInterview(planned, { heldOn: '2027-13-01', notes: '' }, { by: 'u1', at, today: '2027-07-01' }))).toMatchObject({ fields: ['heldOn:not-a-date'] })
  })

  it('keeps the notes when a scheduled interview moves', () => {
    const planned: ClosingInterview = { ...scheduleClosingInterview(undefined, plan, who), notes: 'à préparer' }
    expect(scheduleClosingInterview(planned, plan, who).notes).toBe('à préparer')
  })
})

describe('follow-up due dates', () => {
  it('falls on the same day of the month, or the last day of a shorter month', () => {
    expect(monthsAfter('2027-01-15', 3)).toBe('2027-04-15')
    expect(monthsAfter('2026-08-31', 6)).toBe('2027-02-28')
    expect(monthsAfter('2027-11-30', 3)).toBe('2028-02-29') // leap year
    expect(monthsAfter('2027-08-31', 6)).toBe('2028-02-29')
    expect(monthsAfter('2027-05-31', 3)).toBe('2027-08-31')
    expect(monthsAfter('2027-03-31', 3)).toBe('2027-06-30')
    expect(monthsAfter('2027-10-15', 3)).toBe('2028-01-15') // across the year
    expect(monthsAfter('2027-12-31', 6)).toBe('2028-06-30')
  })

  it('is upcoming before its day, due from it, recorded once written', () => {
    expect(followUpsDue('2027-03-31', [], '2027-06-29').map((f) => [f.months, f.dueDate, f.status])).toEqual([[3, '2027-06-30', 'upcoming'], [6, '2027-09-30', 'upcoming']])
    expect(followUpsDue('2027-03-31', [], '2027-06-30').map((f) => f.status)).toEqual(['due', 'upcoming'])
    const three = newFollowUp({ months: 3, date: '2027-07-02', situation: 'employed', note: 'CDD chez Colruyt' }, { duoId: 'd1', programmeId: 'p1', endDate: '2027-03-31', today: '2027-07-02', by: 'u1', byName: 'Julie', at })
    const now = followUpsDue('2027-03-31', [three], '2027-10-01')
    expect(now.map((f) => f.status)).toEqual(['recorded', 'due'])
    expect(now[0]!.recorded).toEqual(three)
  })

  it('records a situation between the end and today, naming each bad field', () => {
    const w = { duoId: 'd1', programmeId: 'p1', endDate: '2027-03-31', today: '2027-07-02', by: 'u1', byName: 'Julie', at }
    expect(newFollowUp({ months: 6, date: '2027-04-01', situation: 'training', note: '' }, w)).toMatchObject({ months: 6, situation: 'training', version: 1 })
    expect(reasonOf(() => newFollowUp({ months: 4 as never, date: '2027-03-30', situation: 'retired' as never, note: '' }, w)))
      .toMatchObject({ reason: 'validation', fields: ['months:not-a-choice', 'situation:not-a-choice', 'date:too-small'] })
    expect(reasonOf(() => newFollowUp({ months: 3, date: '2027-07-03', situation: 'other', note: '' }, w))).toMatchObject({ fields: ['date:too-big'] })
  })
})

describe('follow-up alerts (the daily sweep hands in its day)', () => {
  const duo = { programmeId: 'p1', duoId: 'd1', coordinatorId: 'u1', menteeName: 'Amina', mentorName: 'Sophie', endDate: '2027-03-31' }
  const recorded3 = newFollowUp({ months: 3, date: '2027-07-01', situation: 'employed', note: '' }, { ...who, endDate: '2027-03-31', today: '2027-07-01', byName: 'Julie' })
  const kinds = (today: string, recorded = [] as ReturnType<typeof newFollowUp>[]) => followUpAlerts(duo, recorded, today).map((a) => [a.subject, a.values.days])

  it('raises nothing before the 3 months’ day (30 June: 31 March + 3 months, the month’s last)', () => {
    expect(kinds('2027-06-29')).toEqual([])
  })

  it('raises the 3 months’ follow-up from its day, with the days since, for the duo’s coordinator', () => {
    const [alert] = followUpAlerts(duo, [], '2027-07-02')
    expect(alert).toEqual({
      kind: 'follow-up-due', programmeId: 'p1', duoId: 'd1', coordinatorId: 'u1', subject: 'd1-follow-up-due-m3',
      message: expect.stringContaining('3 months'),
      values: { months: 3, dueDate: '2027-06-30', days: 2, mentee: 'Amina', mentor: 'Sophie' },
    })
    expect(kinds('2027-06-30')).toEqual([['d1-follow-up-due-m3', 0]])
  })

  it('ends when it is recorded; the same id from day to day so a dismissal holds', () => {
    expect(kinds('2027-07-02', [recorded3])).toEqual([])
    expect(kinds('2027-08-15')).toEqual([['d1-follow-up-due-m3', 46]])
  })

  it('the 3 months’ gives way on the 6 months’ day (30 September), which lapses three months later (30 December)', () => {
    expect(kinds('2027-09-29')).toEqual([['d1-follow-up-due-m3', 91]])
    expect(kinds('2027-09-30')).toEqual([['d1-follow-up-due-m6', 0]])
    expect(kinds('2027-12-29')).toEqual([['d1-follow-up-due-m6', 90]])
    expect(kinds('2027-12-30')).toEqual([])
  })
})
