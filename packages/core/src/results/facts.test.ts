import { describe, expect, it } from 'vitest'
import type { TrackingLine } from '../duo-life/tracking'
import { withCheckIn, withLogEntry } from '../duo-life/tracking'
import { checkInRegularity, resultFactsOf } from './facts'

const line = (more: Partial<TrackingLine> = {}): TrackingLine => ({
  programmeId: 'p', duoId: 'd1', state: 'active', menteeId: 'e', mentorId: 'm', menteeName: 'E', mentorName: 'M', coordinatorId: 'c',
  acceptedAt: null, firstMeetingAt: null, firstMeetingHeld: true, contractGeneratedAt: null, startDate: '2027-01-01', plannedEndDate: '2027-07-01',
  months: {}, lastActivity: null, checkIns: { mentor: null, mentee: null }, updatedAt: '2027-01-01T00:00:00.000Z', version: 1, ...more,
})

describe('check-in regularity', () => {
  it('counts held check-ins, those within the interval, and each whole interval missed since the last', () => {
    // 40 days (on time), 69 days (late), then 11 days to the end: nothing more due.
    expect(checkInRegularity(['2027-04-20', '2027-02-10'], '2027-01-01', '2027-05-01', 6)).toEqual({ due: 2, onTime: 1 })
    // None held in 90 days at 6 weeks: two intervals due, both missed.
    expect(checkInRegularity([], '2027-01-01', '2027-04-01', 6)).toEqual({ due: 2, onTime: 0 })
    // A check-in after the end is not counted.
    expect(checkInRegularity(['2027-03-01'], '2027-01-01', '2027-02-01', 6)).toEqual({ due: 0, onTime: 0 })
  })
})

describe('result facts from a tracking line', () => {
  it('reads a closed duo: outcome, early end, meetings, months lived, check-ins of both sides', () => {
    let l = line()
    for (const date of ['2027-01-10', '2027-01-24', '2027-02-14']) l = withLogEntry(l, { kind: 'meeting', date, minutes: 60 }, date)
    l = withLogEntry(l, { kind: 'contact', date: '2027-02-20', minutes: null }, '2027-02-20')
    l = withCheckIn(l, { side: 'both', date: '2027-02-05', risk: 'none' }, '2027-02-05')
    l = { ...l, state: 'closed', closure: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-03-31', early: true } }
    const facts = resultFactsOf(l, { checkInEveryWeeks: 6 }, '2027-06-30')
    expect(facts).toEqual({
      id: 'd1', startedAt: '2027-01-01', endedAt: '2027-03-31', outcome: { id: 'job', class: 'positive', countsAsEmployment: true }, earlyEnd: true,
      // Jan, Feb, Mar; each side: Feb 5 on time (35 days), then 54 days to Mar 31: one interval missed.
      meetingsHeld: 3, monthsLived: 3, checkInsDue: 4, checkInsOnTime: 2, evaluationsSent: 0, evaluationsAnswered: 0, satisfaction: [],
    })
  })

  it('reads an active duo up to today, and a duo that never started as not started', () => {
    expect(resultFactsOf(line(), { checkInEveryWeeks: 4 }, '2027-02-15T09:00:00.000Z')).toMatchObject({ startedAt: '2027-01-01', endedAt: null, monthsLived: 2, checkInsDue: 2, checkInsOnTime: 0 })
    expect(resultFactsOf(line({ state: 'refused', startDate: null }), { checkInEveryWeeks: 4 }, '2027-02-15')).toMatchObject({ startedAt: null, monthsLived: 0, checkInsDue: 0 })
    // A paused duo is still a started one.
    expect(resultFactsOf(line({ state: 'paused' }), { checkInEveryWeeks: 4 }, '2027-02-15')).toMatchObject({ startedAt: '2027-01-01', endedAt: null })
  })
})
