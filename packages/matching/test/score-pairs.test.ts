import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { explainPair, scorePairs, type Criterion, type MenteeProfile, type MentorProfile } from '../src'
import { PairExplainer } from '../src/scoring/explain'
import { encodePeople } from '../src/scoring/encode'
import { criterionCredit, passesMandatory } from '../src/scoring/evaluate'
import { seededRandom } from '../bench/synthetic'

/**
 * The reference scorer: every pair, every criterion, one `criterionCredit` call at a time — the definition the
 * batched scorer must reproduce exactly (same pairs, same scores, same exclusion counts).
 */
function referenceScores(criteria: readonly Criterion[], mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[], exclusions: ReadonlySet<number>, adjustments: ReadonlyMap<number, { delta: number }>) {
  const encoded = encodePeople(criteria, mentees, mentors)
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0)
  const scale = weightSum > 0 ? 100 / weightSum : 0
  const order = criteria.map((_, k) => k).sort((a, b) => Number(!criteria[b]!.mandatory) - Number(!criteria[a]!.mandatory) || a - b)
  const pairs = new Map<string, number>()
  const mandatory = criteria.filter((c) => c.mandatory)
  const excludedBy = new Int32Array(mentees.length * mandatory.length)
  for (let i = 0; i < mentees.length; i++) {
    for (let j = 0; j < mentors.length; j++) {
      let distance = Infinity
      if (encoded.menteeHasLocation[i] === 1 && encoded.mentorHasLocation[j] === 1) {
        distance = Math.sqrt(((encoded.mentorX[j] as number) - (encoded.menteeX[i] as number)) ** 2 + ((encoded.mentorY[j] as number) - (encoded.menteeY[i] as number)) ** 2)
      }
      let score = 0
      let failed = -1
      for (const k of order) {
        const credit = criterionCredit(encoded.criteria[k]!, i, j, distance)
        if (criteria[k]!.mandatory && !passesMandatory(encoded.criteria[k]!, credit)) {
          failed = mandatory.indexOf(criteria[k]!)
          break
        }
        if (credit > 0) score += credit * (criteria[k]!.weight * scale)
      }
      if (failed >= 0) {
        excludedBy[i * mandatory.length + failed]!++
        continue
      }
      const key = i * mentors.length + j
      if (exclusions.has(key)) continue
      score += adjustments.get(key)?.delta ?? 0
      pairs.set(`${i}:${j}`, Math.min(100, Math.max(0, score)))
    }
  }
  return { pairs, excludedBy }
}

const SHARED_PLACES = [
  { lat: 50.8467, lon: 4.3525 },
  { lat: 50.8333, lon: 4.3667 },
  { lat: 50.87, lon: 4.6 },
  { lat: 51.05, lon: 4.45 },
  { lat: 50.95, lon: 4.33 },
]

const WORDS = Array.from({ length: 400 }, (_, k) => `terme${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}x`)

function people(seed: number, count: number, vocabulary: number, idPrefix: string): MentorProfile[] {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T
  const some = <T>(list: readonly T[], max: number) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => pick(list))
  return Array.from({ length: count }, (_, k) => ({
    id: `${idPrefix}${k}`,
    // Most people share a few locality points (as the gazetteer places them), some have their own, a few none.
    location: random() < 0.9 ? (random() < 0.7 ? pick(SHARED_PLACES) : { lat: 50.8 + random() * 0.3, lon: 4.3 + random() * 0.4 }) : null,
    values: {
      ...(random() < 0.9 ? { sector: pick(['it', 'health', 'social', 'retail', 'finance']) } : {}),
      languages: some(['fr', 'nl', 'en', 'ar', 'de'], 3),
      hobbies: some(Array.from({ length: 40 }, (_, h) => `hobby${h}`), 4),
      ...(random() < 0.9 ? { age: 20 + Math.floor(random() * 45) } : {}),
      a: some(WORDS.slice(0, vocabulary), 6).join(' '), b: some(WORDS.slice(0, vocabulary), 6).join(' '),
    },
  }))
}

/** `optional`: only geography stays mandatory (and none at all with 'none'), so every kind is also scored as points. */
const criteriaFor = (mandatoryText: boolean, optional: 'strict' | 'geo-only' | 'none' = 'strict'): Criterion[] => [
  { id: 'geo', kind: 'geo', weight: 8, mandatory: optional !== 'none', maxKm: 12, bands: [{ maxKm: 4, credit: 1 }, { maxKm: 8, credit: 0.5 }] },
  { id: 'sector', kind: 'categorical', field: 'sector', weight: 6, mandatory: optional === 'strict', similarity: { it: { finance: 0.4 }, health: { social: 0.7 } } },
  { id: 'language', kind: 'overlap', field: 'languages', weight: 5, mandatory: optional === 'strict' },
  { id: 'hobbies', kind: 'overlap', field: 'hobbies', weight: 2, fullCreditAt: 2 },
  { id: 'age', kind: 'numeric', field: 'age', weight: 3, tolerance: 20, direction: 'mentor-older', mandatory: optional === 'strict' },
  { id: 'age-close', kind: 'numeric', field: 'age', weight: 1, tolerance: 10 },
  { id: 'text', kind: 'text', field: 'a', mentorField: 'b', weight: 4, mandatory: mandatoryText, fullCreditAt: 2 },
  { id: 'text2', kind: 'text', field: 'b', weight: 1 },
  { id: 'weightless', kind: 'numeric', field: 'age', weight: 0, tolerance: 5 },
]

describe('scorePairs (batched, criterion by criterion) against the pair-by-pair definition', () => {
  it('gives the same pairs, scores and exclusion counts, with small and large text vocabularies', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(20, 50, 400), fc.boolean(), fc.constantFrom('strict' as const, 'geo-only' as const, 'none' as const), (seed, vocabulary, mandatoryText, optional) => {
        const mentees = people(seed, 25, vocabulary, 'e')
        const mentors = people(seed + 1, 30, vocabulary, 'm')
        const criteria = criteriaFor(mandatoryText && optional === 'strict', optional)
        const m = mentors.length
        const exclusions = new Set([3 * m + 4, 7 * m + 1, 0])
        const adjustments = new Map([[3 * m + 4, { delta: 9 }], [5 * m + 2, { delta: -30 }], [6 * m + 6, { delta: 25 }]])
        const scored = scorePairs(criteria, mentees, mentors, exclusions, adjustments)
        const expected = referenceScores(criteria, mentees, mentors, exclusions, adjustments)
        const got = new Map<string, number>()
        for (let i = 0; i < mentees.length; i++) {
          for (let e = scored.graph.rowStart[i]!; e < scored.graph.rowStart[i + 1]!; e++) got.set(`${i}:${scored.mentorOfCol[scored.graph.col[e]!]}`, scored.graph.weight[e]!)
        }
        expect(got).toEqual(expected.pairs)
        expect(Array.from(scored.excludedBy)).toEqual(Array.from(expected.excludedBy))
      }),
      { numRuns: 60 },
    )
  })

  it('explains pairs with shared detail texts exactly as a fresh explanation of each pair does', () => {
    const mentees = people(11, 12, 50, 'e')
    const mentors = people(12, 15, 50, 'm')
    const criteria = criteriaFor(false)
    const encoded = encodePeople(criteria, mentees, mentors)
    const shared = new PairExplainer(criteria, encoded)
    for (let i = 0; i < mentees.length; i++) {
      for (let j = 0; j < mentors.length; j++) {
        expect(shared.explain(i, j, mentors[j]!.id, undefined)).toEqual(explainPair(criteria, encoded, i, j, mentors[j]!.id, undefined))
      }
    }
  })
})
