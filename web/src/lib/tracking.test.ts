import { describe, expect, it } from 'vitest'
import { readTrackingView, sortRows, trackingFilter, trackingSearch, type TrackingRow } from './tracking'

const row = (over: Partial<TrackingRow>): TrackingRow => ({
  duoId: 'd', state: 'active', menteeId: 'e', menteeName: 'Amina Haddad', mentorId: 'm', mentorName: 'Sophie Lambert', coordinatorId: 'c',
  startDate: '2027-01-10', plannedEndDate: '2027-12-10', thisMonth: null, lastMonth: null, lastActivity: null, nextCheckIn: null,
  risk: 'none', attention: [], colour: 'green', ...over,
})

describe('the tracking table’s view in the URL', () => {
  it('reads filters, sort and page, and falls back on what it does not know', () => {
    expect(readTrackingView(new URL('https://x/t?attention=red&sort=mentee&dir=desc&coordinator=u1&cursor=abc'))).toEqual({
      coordinator: 'u1', state: null, attention: 'red', sort: 'mentee', direction: 'descending', cursor: 'abc',
    })
    expect(readTrackingView(new URL('https://x/t?attention=purple&sort=shoe&state=A%20B'))).toEqual({
      coordinator: null, state: null, attention: null, sort: 'attention', direction: 'ascending', cursor: null,
    })
  })

  it('writes the same view back, defaults left out, and asks the API for the sorts it knows', () => {
    const view = readTrackingView(new URL('https://x/t?state=active&sort=risk&dir=desc'))
    expect(trackingSearch(view)).toBe('?state=active&sort=risk&dir=desc')
    expect(trackingSearch(readTrackingView(new URL('https://x/t')))).toBe('')
    expect(trackingFilter(view)).toEqual({ state: 'active' })
    expect(trackingFilter({ ...view, sort: 'mentee' })).toEqual({ state: 'active', sort: 'mentee' })
  })
})

describe('the order of the lines', () => {
  const a = row({ duoId: 'a', menteeName: 'Zoé', colour: 'green', nextCheckIn: '2027-03-01' })
  const b = row({ duoId: 'b', menteeName: 'Amina', colour: 'red', attention: [{ kind: 'inactive', level: 'urgent', values: {} }], nextCheckIn: null })
  const c = row({ duoId: 'c', menteeName: 'Élise', colour: 'amber', nextCheckIn: '2027-02-01' })

  it('sorts by a column both ways, missing dates last going up', () => {
    expect(sortRows([a, b, c], 'mentee', 'ascending').map((r) => r.duoId)).toEqual(['b', 'c', 'a'])
    expect(sortRows([a, b, c], 'mentee', 'descending').map((r) => r.duoId)).toEqual(['a', 'c', 'b'])
    expect(sortRows([a, b, c], 'next-check-in', 'ascending').map((r) => r.duoId)).toEqual(['c', 'a', 'b'])
  })

  it('puts the most urgent first by attention, ties in the order given', () => {
    const d = row({ duoId: 'd', colour: 'green' })
    expect(sortRows([a, b, d, c], 'attention', 'ascending').map((r) => r.duoId)).toEqual(['b', 'c', 'a', 'd'])
  })
})
