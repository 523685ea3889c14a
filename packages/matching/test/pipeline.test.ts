import { describe, expect, it } from 'vitest'
import { alternativeLosses, forgetAlternativeLossCaches, loadBelgianGazetteer, MatchingInputError, runMatching, type Criterion, type MatchingInput } from '../src'
import { plsCriteria, syntheticPeople } from '../bench/synthetic'

const brussels = { lat: 50.8467, lon: 4.3525 }
const antwerp = { lat: 51.2194, lon: 4.4025 }
const geoAndSector: Criterion[] = [
  { id: 'geo', kind: 'geo', weight: 5, mandatory: true, maxKm: 15 },
  { id: 'sector', kind: 'categorical', field: 'sector', weight: 5, similarity: { healthcare: { 'social work': 0.5 } } },
  { id: 'hobbies', kind: 'overlap', field: 'hobbies', weight: 0 },
]

describe('runMatching', () => {
  it('explains each criterion, honours the geographic hard constraint and reports why people stay unmatched', () => {
    const result = runMatching({
      criteria: geoAndSector,
      mentees: [
        { id: 'a', location: brussels, values: { sector: 'healthcare', hobbies: ['chess'] } },
        { id: 'b', location: antwerp, values: { sector: 'IT' } },
        { id: 'c', location: null, locality: 'Atlantis', values: { sector: 'IT' } },
      ],
      mentors: [{ id: 'm1', location: { lat: 50.88, lon: 4.4 }, values: { sector: 'social work', hobbies: ['music'] } }],
    })
    expect(result.assignments).toHaveLength(1)
    const a = result.assignments[0]!
    expect(a).toMatchObject({ menteeId: 'a', mentorId: 'm1', locked: false })
    expect(a.contributions.map((c) => c.criterion)).toEqual(['geo', 'sector', 'hobbies'])
    expect(a.contributions[1]!.detail).toBe('related sector: healthcare / social work')
    expect(a.contributions[1]!.points).toBe(25)
    expect(a.contributions[2]!.detail).toBe('no common hobbies')
    expect(a.contributions[0]!.detail).toMatch(/^5(\.\d)? km$/)
    expect(a.score).toBeCloseTo(a.contributions.reduce((s, c) => s + c.points, 0), 0)
    const reasons = Object.fromEntries(result.unmatched.map((u) => [u.menteeId, u]))
    expect(reasons.b).toMatchObject({ reason: 'mandatory-criteria', excludedBy: { geo: 1 } })
    expect(reasons.c!.reason).toBe('unknown-locality')
    expect(reasons.c!.message).toContain('Atlantis')
  })

  it('applies exclusions, adjustments and locks', () => {
    const people: MatchingInput = {
      criteria: geoAndSector,
      mentees: [
        { id: 'a', location: brussels, values: { sector: 'IT' } },
        { id: 'b', location: brussels, values: { sector: 'IT' } },
      ],
      mentors: [
        { id: 'm1', location: brussels, values: { sector: 'IT' } },
        { id: 'm2', location: brussels, values: { sector: 'retail' } },
      ],
    }
    const excluded = runMatching({ ...people, exclusions: [{ menteeId: 'a', mentorId: 'm1' }] })
    expect(excluded.assignments.find((x) => x.menteeId === 'a')!.mentorId).toBe('m2')
    const adjusted = runMatching({ ...people, adjustments: [{ menteeId: 'b', mentorId: 'm2', delta: 60, note: 'met at info session' }] })
    const b = adjusted.assignments.find((x) => x.menteeId === 'b')!
    expect(b.mentorId).toBe('m2')
    expect(b.adjustment).toEqual({ delta: 60, note: 'met at info session' })
    const locked = runMatching({ ...people, locks: [{ menteeId: 'a', mentorId: 'm2' }] })
    expect(locked.assignments.find((x) => x.menteeId === 'a')).toMatchObject({ mentorId: 'm2', locked: true })
    expect(locked.assignments.find((x) => x.menteeId === 'b')!.mentorId).toBe('m1')
  })

  it('rejects bad input with the field named', () => {
    expect(() => runMatching({ criteria: [{ id: 'g', kind: 'geo', weight: 12, maxKm: 5 }], mentees: [], mentors: [] })).toThrow(/criteria\[0\]\.weight/)
    expect(() => runMatching({ criteria: [], mentees: [{ id: 'a' }, { id: 'a' }], mentors: [] })).toThrow(MatchingInputError)
    expect(() => runMatching({ criteria: [], mentees: [{ id: 'a' }], mentors: [{ id: 'm' }], locks: [{ menteeId: 'a', mentorId: 'x' }] })).toThrow(/locks\[0\]\.mentorId/)
  })

  it('is deterministic whatever the order of people in the input', async () => {
    const gazetteer = await loadBelgianGazetteer()
    const { mentees, mentors } = syntheticPeople(gazetteer.localities, 150, 130, 3)
    const input = { criteria: plsCriteria(), mentees, mentors, minScore: 20 }
    const a = runMatching(input)
    const b = runMatching({ ...input, mentees: [...mentees].reverse(), mentors: [...mentors].reverse() })
    expect(b.assignments.map((x) => [x.menteeId, x.mentorId])).toEqual(a.assignments.map((x) => [x.menteeId, x.mentorId]))
  })

  for (const objective of ['max-score', 'max-matched'] as const) {
    it(`gives exact alternative losses, equal to re-solving with the pair locked (${objective})`, async () => {
      const gazetteer = await loadBelgianGazetteer()
      const { mentees, mentors } = syntheticPeople(gazetteer.localities, 120, 100, 11)
      const input: MatchingInput = { criteria: plsCriteria(), mentees, mentors, objective, minScore: 25, topK: 5 }
      const base = runMatching(input)
      const matchedOf = (r: typeof base) => r.assignments.length
      let checked = 0
      for (const mentee of mentees.slice(0, 25)) {
        const losses = alternativeLosses(base, mentee.id)
        for (const loss of losses) {
          const forced = runMatching({ ...input, locks: [{ menteeId: mentee.id, mentorId: loss.mentorId }] })
          // Under max-score the number matched is not part of the objective (zero-gain pairs are ties).
          if (objective === 'max-matched') expect(loss.matchedLoss).toBe(matchedOf(base) - matchedOf(forced))
          else expect(loss.matchedLoss).toBe(0)
          expect(loss.scoreLoss).toBeCloseTo(exactTotal(base) - exactTotal(forced), 6)
          checked++
        }
      }
      expect(checked).toBeGreaterThan(40)
    })

    it(`gives the same losses with the index prepared by the solver (default), on first and later calls (${objective})`, async () => {
      const gazetteer = await loadBelgianGazetteer()
      const { mentees, mentors } = syntheticPeople(gazetteer.localities, 200, 170, 5)
      const input: MatchingInput = { criteria: plsCriteria(), mentees, mentors, objective, minScore: 25, topK: 5 }
      const plain = runMatching({ ...input, prepareLosses: false })
      const prepared = runMatching(input)
      const explicit = runMatching({ ...input, prepareLosses: true })
      expect(prepared.assignments).toEqual(explicit.assignments)
      expect(prepared.alternatives).toEqual(explicit.alternatives)
      expect(prepared.assignments).toEqual(plain.assignments)
      for (const mentee of mentees.slice(0, 40)) {
        // Each mentee's request is the first one on `prepared` after forgetting: the solver's index serves it.
        forgetAlternativeLossCaches(prepared)
        forgetAlternativeLossCaches(plain)
        const first = alternativeLosses(prepared, mentee.id)
        expect(first).toEqual(alternativeLosses(plain, mentee.id))
        expect(alternativeLosses(prepared, mentee.id)).toEqual(first)
      }
      expect(() => runMatching({ ...input, prepareLosses: 'yes' as unknown as boolean })).toThrow('prepareLosses: must be a boolean')
    })
  }
})

/** Sum of the (unrounded) scores of all assigned pairs, locked ones included. */
function exactTotal(result: ReturnType<typeof runMatching>): number {
  return result.assignments.reduce((s, a) => s + a.score, 0)
}
