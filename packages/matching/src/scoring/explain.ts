import type { Contribution, ContributionFact, Criterion, ScoreExplanation } from '../model/types'
import type { EncodedCriterion, EncodedPeople } from './encode'
import { criterionCredit } from './evaluate'

const round1 = (x: number) => Math.round(x * 10) / 10

/**
 * Each criterion's contribution to a pair's score, with a readable detail ("same sector +18", "9.2 km +12",
 * "no common hobby 0"), plus the coordinator's adjustment. The points add up to the score before clamping.
 *
 * @example
 * explainPair(criteria, encoded, 0, 4, 'mentor-4', undefined).contributions[0] // { criterion: 'geo', points: 12.1, detail: '9.2 km' }
 */
export function explainPair(
  criteria: readonly Criterion[],
  encoded: EncodedPeople,
  mentee: number,
  mentor: number,
  mentorId: string,
  adjustment: { readonly delta: number; readonly note?: string } | undefined,
): ScoreExplanation {
  return new PairExplainer(criteria, encoded).explain(mentee, mentor, mentorId, adjustment)
}

/**
 * Explains many pairs of one encoded pool: the per-criterion constants are computed once, and contribution records
 * (points, detail, fact) are shared between pairs whose criterion reads the same (same value pair, same shared
 * values, same distance, same two ages), so explaining the top-k alternatives of a national pool allocates little
 * beyond each explanation's list and its free-text contributions. Records are read-only and may be shared.
 *
 * @example
 * const explainer = new PairExplainer(criteria, encoded)
 * explainer.explain(0, 4, 'mentor-4', undefined).score // 73.5
 */
export class PairExplainer {
  private readonly scaledWeights: Float64Array
  private readonly labels: readonly string[]
  /**
   * Per criterion except free text, the contribution of each distinct key — what both the credit and the detail
   * depend on (exact distance, value pair, shared values, the two numbers) — with its exact points, shared by every
   * pair with that key: explaining the top-k alternatives of a national pool then mostly reads these tables.
   */
  private readonly contributionsByKey: Array<Map<string | number, { readonly points: number; readonly contribution: Contribution }>>

  constructor(
    private readonly criteria: readonly Criterion[],
    private readonly encoded: EncodedPeople,
  ) {
    const weightSum = criteria.reduce((s, c) => s + c.weight, 0)
    const scale = weightSum > 0 ? 100 / weightSum : 0
    this.scaledWeights = Float64Array.from(criteria, (c) => c.weight * scale)
    this.labels = criteria.map((c) => c.label ?? c.id)
    this.contributionsByKey = criteria.map(() => new Map())
  }

  explain(mentee: number, mentor: number, mentorId: string, adjustment: { readonly delta: number; readonly note?: string } | undefined): ScoreExplanation {
    const encoded = this.encoded
    let distance = Infinity
    if (encoded.menteeHasLocation[mentee] === 1 && encoded.mentorHasLocation[mentor] === 1) {
      distance = Math.hypot((encoded.mentorX[mentor] as number) - (encoded.menteeX[mentee] as number), (encoded.mentorY[mentor] as number) - (encoded.menteeY[mentee] as number))
    }
    let total = 0
    const contributions: Contribution[] = new Array(this.criteria.length)
    for (let k = 0; k < this.criteria.length; k++) {
      const enc = encoded.criteria[k] as EncodedCriterion
      // Shared terms of two free texts are nearly unique to the pair: a table would only add a key per pair.
      if (enc.kind === 'text') {
        const { points, contribution } = this.contribution(k, enc, mentee, mentor, distance)
        total += points
        contributions[k] = contribution
        continue
      }
      const key = contributionKey(enc, mentee, mentor, distance)
      const table = this.contributionsByKey[k] as Map<string | number, { readonly points: number; readonly contribution: Contribution }>
      let entry = table.get(key)
      if (entry === undefined) {
        entry = this.contribution(k, enc, mentee, mentor, distance)
        table.set(key, entry)
      }
      total += entry.points
      contributions[k] = entry.contribution
    }
    const score = Math.min(100, Math.max(0, total + (adjustment?.delta ?? 0)))
    return { mentorId, score, contributions, ...(adjustment ? { adjustment: { delta: adjustment.delta, ...(adjustment.note !== undefined ? { note: adjustment.note } : {}) } } : {}) }
  }

  private contribution(k: number, enc: EncodedCriterion, i: number, j: number, distance: number): { readonly points: number; readonly contribution: Contribution } {
    const credit = criterionCredit(enc, i, j, distance)
    // Same product as the scorer (credit × scaled weight), so the points add up to the graph's score.
    const points = Math.max(0, credit) * (this.scaledWeights[k] as number)
    const { detail, fact } = describe(enc, i, j, distance, credit)
    return { points, contribution: { criterion: this.criteria[k]!.id, label: this.labels[k] as string, points: round1(points), detail, fact } }
  }
}

/**
 * What a criterion's credit and detail depend on, as a compact key (free text is not keyed). Geography keys on the
 * exact distance, as the credit does (linear decay, band edges); the detail reads its rounding.
 */
function contributionKey(enc: EncodedCriterion, i: number, j: number, distance: number): string | number {
  switch (enc.kind) {
    case 'geo':
      return distance === Infinity ? -1 : distance
    case 'categorical':
      // The text depends on the two values only (their credit follows from them): one number per value pair.
      return ((enc.mentee[i] as number) + 1) * (enc.values.length + 1) + ((enc.mentor[j] as number) + 1)
    case 'overlap': {
      if (enc.words === 1) return ((enc.mentee[i] as number) & (enc.mentor[j] as number)) >>> 0
      let key = ''
      for (let w = 0; w < enc.words; w++) key += `${((enc.mentee[i * enc.words + w] as number) & (enc.mentor[j * enc.words + w] as number)) >>> 0},`
      return key
    }
    case 'numeric':
      return `${enc.mentee[i]}:${enc.mentor[j]}`
    case 'text':
      return sharedTerms(enc, i, j).join(',')
  }
}

function sharedTerms(enc: EncodedCriterion & { kind: 'text' }, i: number, j: number): number[] {
  const shared: number[] = []
  let a = enc.menteeStart[i] as number
  let b = enc.mentorStart[j] as number
  const aEnd = enc.menteeStart[i + 1] as number
  const bEnd = enc.mentorStart[j + 1] as number
  // Both lists are sorted term ids; the mentor's order is kept in the text (it is sorted too).
  while (a < aEnd && b < bEnd) {
    const x = enc.menteeTerms[a] as number
    const y = enc.mentorTerms[b] as number
    if (x === y) {
      shared.push(x)
      a++
      b++
    } else if (x < y) a++
    else b++
  }
  return shared
}

interface Described {
  readonly detail: string
  readonly fact: ContributionFact
}

function describe(enc: EncodedCriterion, i: number, j: number, distance: number, credit: number): Described {
  switch (enc.kind) {
    case 'geo': {
      if (distance === Infinity) return { detail: 'unknown locality', fact: { kind: 'unknown-locality' } }
      const km = round1(distance)
      const maxKm = enc.criterion.maxKm
      return { detail: distance <= maxKm ? `${km} km` : `${km} km, beyond ${maxKm} km`, fact: { kind: 'distance', km, maxKm } }
    }
    case 'categorical': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      const field = enc.criterion.field
      if (a < 0 || b < 0) return { detail: `${field} not given`, fact: { kind: 'not-given' } }
      const mentee = enc.values[a] as string
      const mentor = enc.values[b] as string
      if (a === b) return { detail: `same ${field} (${mentee})`, fact: { kind: 'same', value: mentee } }
      return credit > 0
        ? { detail: `related ${field}: ${mentee} / ${mentor}`, fact: { kind: 'related', mentee, mentor } }
        : { detail: `different ${field}: ${mentee} / ${mentor}`, fact: { kind: 'different', mentee, mentor } }
    }
    case 'overlap': {
      const shared: string[] = []
      enc.values.forEach((value, c) => {
        const w = i * enc.words + (c >>> 5)
        const v = j * enc.words + (c >>> 5)
        if (((enc.mentee[w] as number) & (enc.mentor[v] as number) & (1 << (c & 31))) !== 0) shared.push(value)
      })
      return { detail: shared.length === 0 ? `no common ${enc.criterion.field}` : `common: ${shared.join(', ')}`, fact: { kind: 'common', values: shared } }
    }
    case 'numeric': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      const field = enc.criterion.field
      if (Number.isNaN(a) || Number.isNaN(b)) return { detail: `${field} not given`, fact: { kind: 'not-given' } }
      if (credit < 0) return { detail: `${field} ${a} / ${b}: direction not met`, fact: { kind: 'direction-not-met', mentee: a, mentor: b } }
      const value = round1(Math.abs(b - a))
      return { detail: `${field} difference ${value}`, fact: { kind: 'difference', value } }
    }
    case 'text': {
      const shared = sharedTerms(enc, i, j).map((t) => enc.terms[t] as string)
      return {
        detail: shared.length === 0 ? 'no shared terms' : `shared terms: ${shared.slice(0, 5).join(', ')}`,
        fact: { kind: 'shared-terms', terms: shared.slice(0, 5) },
      }
    }
  }
}
