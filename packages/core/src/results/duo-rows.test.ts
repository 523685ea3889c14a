import { describe, expect, it } from 'vitest'
import { anonymisedDuoRows, toCsv, type DuoExportInput, type DuoResultFacts } from './index'

const facts = (id: string, startedAt: string | null, endedAt: string | null, more: Partial<DuoResultFacts> = {}): DuoResultFacts => ({
  id, startedAt, endedAt, outcome: null, earlyEnd: false, meetingsHeld: 0, monthsLived: 0,
  checkInsDue: 0, checkInsOnTime: 0, evaluationsSent: 0, evaluationsAnswered: 0, satisfaction: [], ...more,
})
const input = (f: DuoResultFacts, sector: string | null, state = f.endedAt ? 'closed' : 'active'): DuoExportInput => ({
  line: { state, startDate: f.startedAt?.slice(0, 10) ?? null, plannedEndDate: null }, facts: f,
  mentee: { ageBand: '26-35', sector, locality: 'Namur' },
})

// Six duos started in 2026: five mentees in care, one in logistics; one closed early; one never started; one in 2024.
const duos = [
  input(facts('z', '2026-03-01T10:00:00.000Z', '2026-05-30', { outcome: { id: 'dropout', class: 'negative', countsAsEmployment: false }, earlyEnd: true, meetingsHeld: 3, satisfaction: [4, 5] }), 'care'),
  input(facts('a', '2026-01-10T10:00:00.000Z', null, { meetingsHeld: 8, checkInsDue: 3, checkInsOnTime: 2, evaluationsSent: 2, evaluationsAnswered: 1 }), 'care'),
  input(facts('b', '2026-02-01T10:00:00.000Z', null), 'care'),
  input(facts('c', '2026-04-01T10:00:00.000Z', null), 'care'),
  input(facts('d', '2026-05-01T10:00:00.000Z', null), 'care'),
  input(facts('e', '2026-06-01T10:00:00.000Z', null), 'logistics'),
  input(facts('never', null, null), 'care', 'proposed'),
  input(facts('old', '2024-01-01T10:00:00.000Z', '2024-07-01'), 'care'),
]
const window = { basis: 'period' as const, from: '2026-01-01', to: '2026-12-31', asOf: '2026-12-31' }

describe('the anonymised duo rows', () => {
  it('keeps the duos the window counts, by start day, numbered from 1, with no id', () => {
    const rows = anonymisedDuoRows(duos, window)
    expect(rows.map((r) => [r.number, r.startDate])).toEqual([
      [1, '2026-01-10'], [2, '2026-02-01'], [3, '2026-03-01'], [4, '2026-04-01'], [5, '2026-05-01'], [6, '2026-06-01'],
    ])
    expect(JSON.stringify(rows)).not.toMatch(/"(a|b|z|never|old)"/)
    // Started Mar 1, ended May 30: 90 days, early, a dropout, satisfaction 4.5 rounded to one decimal.
    expect(rows[2]).toMatchObject({ state: 'closed', endDate: '2026-05-30', outcomeId: 'dropout', early: true, durationDays: 90, meetings: 3, satisfaction: 4.5 })
    // Running: days to the window's asOf (Jan 10 → Dec 31 = 355).
    expect(rows[0]).toMatchObject({ durationDays: 355, meetings: 8, checkInsDue: 3, checkInsOnTime: 2, evaluationsSent: 2, evaluationsAnswered: 1, satisfaction: null })
  })

  it('says a mentee group only when five or more exported mentees share it', () => {
    const rows = anonymisedDuoRows(duos, window)
    expect(rows.map((r) => r.sector)).toEqual(['care', 'care', 'care', 'care', 'care', '< 5'])
    expect(rows.every((r) => r.locality === 'Namur' && r.ageBand === '26-35')).toBe(true)
    // A cohort of the first quarter: three duos, every group under five.
    const q1 = anonymisedDuoRows(duos, { basis: 'cohort', from: '2026-01-01', to: '2026-03-31', asOf: '2026-12-31' })
    expect(q1.map((r) => [r.number, r.sector, r.locality])).toEqual([[1, '< 5', '< 5'], [2, '< 5', '< 5'], [3, '< 5', '< 5']])
  })
})

describe('CSV', () => {
  it('quotes what needs it, doubles quotes, defuses formulas, ends lines with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"'], [1, null, true], ['=SUM(A1)', 'line\nbreak', -3]]))
      .toBe('a,"b,c","say ""hi"""\r\n1,,true\r\n\'=SUM(A1),"line\nbreak",-3\r\n')
  })
})
