import { describe, expect, it } from 'vitest'
import type { Duo } from './duo'
import { partnerDuoOf, partnerDuoView, partnerMonthSummary, summaryMonth } from './partner-view'
import { defaultPartnerSharing } from './rules/programme-rules'

const base: Duo = {
  id: 'd1', programmeId: 'p1', menteeId: 'e1', mentorId: 'm1', state: 'active', runId: null, score: null,
  proposedAt: '2027-01-04T09:00:00.000Z', proposedBy: 'u', answerDeadline: '2027-01-11T09:00:00.000Z',
  answer: null, meeting: null, verdicts: { mentor: null, mentee: null }, contract: null, signatures: [],
  startDate: '2027-01-18', plannedEndDate: '2027-07-18', endedAt: null, endReason: null, closure: null, version: 4,
}
const closed: Duo = {
  ...base, id: 'd2', state: 'closed', closure: {
    outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-02-26', early: true,
    decidedBy: 'mentee', reason: 'Engagée', recordedAt: '2027-02-26T10:00:00.000Z', recordedBy: 'u',
  },
}
const line = { months: { '2027-01': { meetings: 2, minutes: 180, contacts: 1 }, '2027-02': { meetings: 3, minutes: 270, contacts: 0 } } }

describe("a partner's view of a referred person's duo", () => {
  it('shows the stage, the meetings count and the outcome by default, never the mentor', () => {
    const view = partnerDuoView(closed, line, defaultPartnerSharing)
    expect(view).toEqual({ stage: 'closed', meetings: 5, outcome: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-02-26' } })
    expect(JSON.stringify(view)).not.toContain('m1')
  })

  it('leaves out (absent, not null) each fact the programme does not share', () => {
    const view = partnerDuoView(closed, line, { stage: true, meetings: false, outcome: false })
    expect(view).toEqual({ stage: 'closed' })
    expect('meetings' in view).toBe(false)
    expect(partnerDuoView(base, line, { stage: false, meetings: true, outcome: true })).toEqual({ meetings: 5 })
  })

  it('tells of the latest duo that started or may still start, not of an ended proposal', () => {
    const refused = { ...base, id: 'd0', state: 'refused' as const, proposedAt: '2027-03-01T00:00:00.000Z' }
    expect(partnerDuoOf([refused, base])?.id).toBe('d1')
    expect(partnerDuoOf([refused])).toBeNull()
  })

  it("summarises the past month: new duos, meetings, closures and positive outcomes, only what is shared", () => {
    expect(summaryMonth('2027-03-01')).toBe('2027-02')
    expect(summaryMonth('2028-01-01')).toBe('2027-12')
    const people = [
      { person: { firstName: 'Amina', lastName: 'Haddad' }, duo: closed, line },
      { person: { firstName: 'Karim', lastName: 'B' }, duo: { ...base, startDate: '2027-02-03' }, line: { months: { '2027-02': { meetings: 1, minutes: 90, contacts: 0 } } } },
      { person: { firstName: 'Lea', lastName: 'V' }, duo: null },
    ]
    const s = partnerMonthSummary('2027-02', people, defaultPartnerSharing)
    expect(s).toMatchObject({ month: '2027-02', referred: 3, newDuos: 1, meetings: 4, closures: 1, positiveOutcomes: 1 })
    const narrow = partnerMonthSummary('2027-02', people, { stage: true, meetings: false, outcome: false })
    expect(narrow).not.toHaveProperty('meetings')
    expect(narrow).not.toHaveProperty('closures')
    expect(narrow.people[0]).toEqual({ firstName: 'Amina', lastName: 'Haddad', duo: { stage: 'closed' }, started: false, closedInMonth: false })
  })
})
