import { describe, expect, it } from 'vitest'
import { nextAlternatives, type CandidateMentor } from './next-alternatives'

const alts = ['m1', 'm2', 'm3', 'm4'].map((mentorId, i) => ({ mentorId, scoreLoss: i * 2 }))
const mentors = (over: Record<string, Partial<CandidateMentor>> = {}) =>
  new Map(['m1', 'm2', 'm3', 'm4'].map((id) => [id, { capacity: 1, ready: true, ...over[id] }]))
const base = { menteeId: 'e1', menteeReady: true, alternatives: alts, excludedPairs: new Set<string>() }

describe('the next alternatives after a duo ended before it started', () => {
  it('leaves out the pair that ended and offers the others in the run’s order, with the places left', () => {
    const out = nextAlternatives({ ...base, pool: { open: new Map(), endedPairs: new Set(['e1#m1']) }, mentors: mentors({ m3: { capacity: 3 } }) })
    expect(out.status).toBe('suggested')
    expect(out.alternatives).toEqual([
      { mentorId: 'm2', scoreLoss: 2, placesLeft: 1 }, { mentorId: 'm3', scoreLoss: 4, placesLeft: 3 }, { mentorId: 'm4', scoreLoss: 6, placesLeft: 1 },
    ])
  })

  it('leaves out excluded pairs, mentors who left the pool or the programme, and mentors with no place left', () => {
    const out = nextAlternatives({
      ...base, excludedPairs: new Set(['e1#m2']),
      pool: { open: new Map([['m4', 2]]), endedPairs: new Set(['e1#m1']) },
      mentors: new Map([['m1', { capacity: 1, ready: true }], ['m2', { capacity: 1, ready: true }], ['m4', { capacity: 3, ready: true }]]),
    })
    expect(out.alternatives.map((a) => [a.mentorId, a.placesLeft])).toEqual([['m4', 1]])
    const noPlace = nextAlternatives({ ...base, pool: { open: new Map([['m2', 1], ['m3', 1], ['m4', 1]]), endedPairs: new Set(['e1#m1']) }, mentors: mentors() })
    expect(noPlace).toEqual({ status: 'none-left', alternatives: [] })
    const gone = nextAlternatives({ ...base, pool: { open: new Map(), endedPairs: new Set(['e1#m1']) }, mentors: mentors({ m2: { ready: false }, m3: { ready: false }, m4: { ready: false } }) })
    expect(gone.status).toBe('none-left')
  })

  it('offers nothing to a mentee already proposed again or in a duo', () => {
    const out = nextAlternatives({ ...base, pool: { open: new Map([['e1', 1]]), endedPairs: new Set(['e1#m1']) }, mentors: mentors() })
    expect(out).toEqual({ status: 'mentee-in-open-duo', alternatives: [] })
    // Proposed again, the mentee is out of the pool too: the open duo is the reason given.
    expect(nextAlternatives({ ...base, menteeReady: false, pool: { open: new Map([['e1', 1]]), endedPairs: new Set() }, mentors: mentors() }).status).toBe('mentee-in-open-duo')
  })

  it('offers nothing to a mentee who left the pool (withdrawn, erased)', () => {
    expect(nextAlternatives({ ...base, menteeReady: false, pool: { open: new Map(), endedPairs: new Set(['e1#m1']) }, mentors: mentors() }))
      .toEqual({ status: 'mentee-not-ready', alternatives: [] })
  })

  it('another mentee’s ended pair with the same mentor does not count against this one', () => {
    const out = nextAlternatives({ ...base, pool: { open: new Map(), endedPairs: new Set(['e2#m1']) }, mentors: mentors() })
    expect(out.alternatives.map((a) => a.mentorId)).toEqual(['m1', 'm2', 'm3', 'm4'])
  })
})
