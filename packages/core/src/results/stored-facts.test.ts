import { describe, expect, it } from 'vitest'
import { eraseTrackingLine } from '../duo-life/erasure'
import { withCheckIn, withLogEntry, type TrackingLine } from '../duo-life/tracking'
import { resultFactsFrom, resultFactsOf, storedResultFactsOf } from './facts'

const line = (more: Partial<TrackingLine> = {}): TrackingLine => ({
  programmeId: 'p', duoId: 'd1', state: 'active', menteeId: 'mentee-7', mentorId: 'mentor-3', menteeName: 'Amina Haddad', mentorName: 'Sophie Lambert',
  coordinatorId: 'staff-1', acceptedAt: null, firstMeetingAt: null, firstMeetingHeld: true, contractGeneratedAt: null, startDate: '2027-01-01',
  plannedEndDate: '2027-07-01', months: {}, lastActivity: null, checkIns: { mentor: null, mentee: null }, updatedAt: '2027-01-01T00:00:00.000Z', version: 1, ...more,
})

/** A closed duo with meetings in two months, a contact and check-ins on both sides, one late. */
function closedLine(): TrackingLine {
  let l = line()
  for (const date of ['2027-01-10', '2027-01-24', '2027-02-14']) l = withLogEntry(l, { kind: 'meeting', date, minutes: 60 }, date)
  l = withLogEntry(l, { kind: 'contact', date: '2027-02-20', minutes: null }, '2027-02-20')
  l = withCheckIn(l, { side: 'both', date: '2027-02-05', risk: 'none' }, '2027-02-05')
  l = withCheckIn(l, { side: 'mentor', date: '2027-01-20', risk: 'watch' }, '2027-01-20')
  return { ...l, state: 'closed', closure: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-03-31', early: true } }
}

describe('compact result facts of a tracking line', () => {
  it('keeps the start, the closure, the meetings counted by hand and each side\'s check-in days in order', () => {
    expect(storedResultFactsOf(closedLine())).toEqual({
      programmeId: 'p', duoId: 'd1', startDate: '2027-01-01',
      closure: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-03-31', early: true },
      // 3 meetings (the contact is not one); the mentor's January check-in sorts before February's.
      meetingsHeld: 3, checkInDays: { mentor: ['2027-01-20', '2027-02-05'], mentee: ['2027-02-05'] },
    })
  })

  it('keeps no closure unless the line says closed, and no check-in days on a line written before they were kept', () => {
    const l = line({ state: 'active', closure: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-03-31', early: false } })
    expect(storedResultFactsOf(l)).toMatchObject({ closure: null, meetingsHeld: 0, checkInDays: { mentor: [], mentee: [] } })
  })

  it('gives the same result facts as the whole line, on any day and cadence', () => {
    for (const l of [closedLine(), line(), line({ state: 'refused', startDate: null }), line({ state: 'paused' })]) {
      for (const [weeks, day] of [[6, '2027-06-30'], [4, '2027-02-15T09:00:00.000Z'], [2, '2027-12-31']] as const) {
        const evaluation = { sent: 2, answered: 1, satisfaction: [4] }
        expect(resultFactsFrom(storedResultFactsOf(l), { checkInEveryWeeks: weeks }, day, evaluation)).toEqual(resultFactsOf(l, { checkInEveryWeeks: weeks }, day, evaluation))
      }
    }
  })

  it('holds no personal data: no name or person id, and a person\'s erasure leaves it unchanged', () => {
    const l = closedLine()
    const stored = storedResultFactsOf(l)
    const text = JSON.stringify(stored)
    for (const personal of [l.menteeName, l.mentorName, l.menteeId, l.mentorId, l.coordinatorId]) expect(text).not.toContain(personal)
    expect(Object.keys(stored).sort()).toEqual(['checkInDays', 'closure', 'duoId', 'meetingsHeld', 'programmeId', 'startDate'])
    expect(storedResultFactsOf(eraseTrackingLine(l, 'mentee'))).toEqual(stored)
    expect(storedResultFactsOf(eraseTrackingLine(l, 'mentor'))).toEqual(stored)
  })
})
