import { describe, expect, it } from 'vitest'
import { ageBand, median, profileAnalysis, programmeResults, suppressSmall, type DuoResultFacts, type ProfileFacts } from './index'

const job = { id: 'job', class: 'positive' as const, countsAsEmployment: true }
const training = { id: 'training', class: 'positive' as const, countsAsEmployment: false }
const internship = { id: 'internship', class: 'positive' as const, countsAsEmployment: false }
const dropout = { id: 'dropout', class: 'negative' as const, countsAsEmployment: false }

const duo = (id: string, startedAt: string | null, endedAt: string | null, more: Partial<DuoResultFacts> = {}): DuoResultFacts => ({
  id, startedAt, endedAt, outcome: null, earlyEnd: false, meetingsHeld: 0, monthsLived: 0,
  checkInsDue: 0, checkInsOnTime: 0, evaluationsSent: 0, evaluationsAnswered: 0, satisfaction: [], ...more,
})

// Worked by hand in the comments; every figure below is read from them.
const duos: DuoResultFacts[] = [
  // 181 days (Nov 10 → May 10)
  duo('d1', '2025-11-10T10:00:00.000Z', '2026-05-10T10:00:00.000Z', { outcome: job, meetingsHeld: 12, monthsLived: 6, checkInsDue: 4, checkInsOnTime: 3, evaluationsSent: 2, evaluationsAnswered: 2, satisfaction: [4, 5] }),
  // 181 days (Jan 15 → Jul 15)
  duo('d2', '2026-01-15T10:00:00.000Z', '2026-07-15T10:00:00.000Z', { outcome: training, meetingsHeld: 11, monthsLived: 6, checkInsDue: 4, checkInsOnTime: 4, evaluationsSent: 2, evaluationsAnswered: 1, satisfaction: [3] }),
  // 59 days, ended early
  duo('d3', '2026-02-01T10:00:00.000Z', '2026-04-01T10:00:00.000Z', { outcome: dropout, earlyEnd: true, meetingsHeld: 2, monthsLived: 2, checkInsDue: 1, checkInsOnTime: 0, evaluationsSent: 2 }),
  // 184 days (Mar 1 → Sep 1)
  duo('d4', '2026-03-01T10:00:00.000Z', '2026-09-01T10:00:00.000Z', { outcome: job, meetingsHeld: 12, monthsLived: 6, checkInsDue: 4, checkInsOnTime: 4, evaluationsSent: 2, evaluationsAnswered: 2, satisfaction: [5, 4] }),
  duo('d5', '2026-06-01T10:00:00.000Z', null, { meetingsHeld: 14, monthsLived: 7, checkInsDue: 5, checkInsOnTime: 5 }),
  duo('d6', '2026-11-01T10:00:00.000Z', '2027-01-15T10:00:00.000Z', { outcome: internship, meetingsHeld: 3, monthsLived: 2, checkInsDue: 1, checkInsOnTime: 1 }),
  // Outside 2026 entirely, and a duo that never started.
  duo('d7', '2025-01-01T10:00:00.000Z', '2025-07-01T10:00:00.000Z', { outcome: job, meetingsHeld: 99, monthsLived: 6 }),
  duo('d8', null, null, { meetingsHeld: 50, monthsLived: 1 }),
]

describe('the results dashboard', () => {
  it('counts a period: started in it, active at its end, closed in it, with the rates over the closed', () => {
    const r = programmeResults(duos, { basis: 'period', from: '2026-01-01', to: '2026-12-31' }, { meetingsPerMonth: 2 })
    expect(r).toEqual({
      started: 5, // d2 d3 d4 d5 d6
      active: 2, // d5, and d6 which ends in 2027
      closed: 4, // d1 d2 d3 d4
      positiveExits: { count: 3, of: 4, percent: 75 },
      employment: { count: 2, of: 4, percent: 50 },
      exitsByOutcome: [
        { outcomeId: 'job', class: 'positive', count: 2 },
        { outcomeId: 'dropout', class: 'negative', count: 1 },
        { outcomeId: 'training', class: 'positive', count: 1 },
      ],
      earlyEnds: { count: 1, of: 4, percent: 25 },
      medianDurationDays: 181, // 59, 181, 181, 184
      meetingsPerMonth: { average: 1.9, cadence: 2 }, // 54 meetings over 29 months of d1–d6
      checkInsOnTime: { count: 17, of: 19, percent: 89 },
      evaluationResponses: { count: 5, of: 8, percent: 63 },
      satisfaction: 4.2, // (4 + 5 + 3 + 5 + 4) / 5
    })
  })

  it('follows a cohort (started in the window) to the day it is read', () => {
    const r = programmeResults(duos, { basis: 'cohort', from: '2026-01-01', to: '2026-12-31', asOf: '2027-03-01' }, { meetingsPerMonth: 2 })
    expect(r).toMatchObject({
      started: 5, active: 1, closed: 4, // d5 active; d2 d3 d4 d6 closed
      positiveExits: { count: 3, of: 4, percent: 75 },
      employment: { count: 1, of: 4, percent: 25 },
    })
  })

  it('says no rate rather than 0 % when nothing closed, and no median of nothing', () => {
    const r = programmeResults([duos[4]!], { basis: 'period', from: '2026-01-01', to: '2026-12-31' }, { meetingsPerMonth: 2 })
    expect(r.positiveExits).toEqual({ count: 0, of: 0, percent: null })
    expect(r.medianDurationDays).toBeNull()
    expect(r.satisfaction).toBeNull()
    expect(median([3, 1, 2, 10])).toBe(2.5)
    expect(median([7])).toBe(7)
  })
})

describe('the yearly profile analysis', () => {
  it('bands ages', () => {
    expect([17, 18, 25, 26, 45, 55, 56, undefined].map(ageBand)).toEqual([null, '18-25', '18-25', '26-35', '36-45', '46-55', '56+', null])
  })

  it('hides groups under five, and the next smallest when one hidden group could be found by subtraction', () => {
    expect(suppressSmall([{ value: 'a', n: 12 }, { value: 'b', n: 3 }, { value: 'c', n: 6 }, { value: 'd', n: 9 }], true)).toEqual([
      { value: 'a', count: 12 }, { value: 'b', count: '< 5' }, { value: 'c', count: 'hidden' }, { value: 'd', count: 9 },
    ])
    expect(suppressSmall([{ value: 'a', n: 12 }, { value: 'b', n: 3 }], false)).toEqual([{ value: 'a', count: 12 }, { value: 'b', count: '< 5' }])
    expect(suppressSmall([{ value: 'a', n: 2 }, { value: 'b', n: 3 }, { value: 'c', n: 0 }], true).map((r) => r.count)).toEqual(['< 5', '< 5', 0])
  })

  it('counts profiles per side and outcomes per group, never saying a rate for a small or hidden group', () => {
    const mentee = (sector: string, locality: string, outcome: ProfileFacts['outcome'], languages = ['fr']): ProfileFacts =>
      ({ kind: 'mentee', ageBand: '26-35', sector, languages, locality, referredBy: 'cpas', outcome })
    const people: ProfileFacts[] = [
      ...Array.from({ length: 6 }, (_, i) => mentee('care', 'Bruxelles', i < 4 ? job : dropout, ['fr', 'ar'])),
      ...Array.from({ length: 3 }, () => mentee('logistics', 'Namur', training)),
      ...Array.from({ length: 5 }, () => ({ kind: 'mentor' as const, ageBand: '46-55' as const, sector: 'finance', languages: ['fr', 'nl'], locality: 'Bruxelles', referredBy: null, outcome: null })),
    ]
    const a = profileAnalysis(people)
    const bigger = profileAnalysis([...people, ...Array.from({ length: 5 }, () => mentee('logistics', 'Liège', job))])
    expect(bigger.outcomes.sector).toEqual([
      { value: 'logistics', closed: 8, positivePercent: 100, employmentPercent: 63 },
      { value: 'care', closed: 6, positivePercent: 67, employmentPercent: 67 },
    ])
    expect(bigger.outcomes.locality.map((r) => r.closed)).toEqual([6, 'hidden', '< 5'])
    expect(a.people).toEqual({ mentor: 5, mentee: 9 })
    // Nine mentees are shown in all: care's 6 would give logistics' 3 away, so it is hidden too.
    expect(a.distributions.mentee.sector).toEqual([{ value: 'care', count: 'hidden' }, { value: 'logistics', count: '< 5' }])
    expect(a.distributions.mentee.language).toEqual([{ value: 'fr', count: 9 }, { value: 'ar', count: 6 }])
    expect(a.distributions.mentor.referredBy).toEqual([{ value: 'unknown', count: 5 }])
    expect(a.outcomes.sector).toEqual([
      { value: 'care', closed: 'hidden', positivePercent: null, employmentPercent: null },
      { value: 'logistics', closed: '< 5', positivePercent: null, employmentPercent: null },
    ])
  })
})
