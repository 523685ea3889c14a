import type { Contribution, Criterion, ScoreExplanation } from '../model/types'
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
  const weightSum = criteria.reduce((s, c) => s + c.weight, 0)
  const scale = weightSum > 0 ? 100 / weightSum : 0
  let distance = Infinity
  if (encoded.menteeHasLocation[mentee] === 1 && encoded.mentorHasLocation[mentor] === 1) {
    distance = Math.hypot((encoded.mentorX[mentor] as number) - (encoded.menteeX[mentee] as number), (encoded.mentorY[mentor] as number) - (encoded.menteeY[mentee] as number))
  }
  let total = 0
  const contributions: Contribution[] = criteria.map((criterion, k) => {
    const enc = encoded.criteria[k] as EncodedCriterion
    const credit = criterionCredit(enc, mentee, mentor, distance)
    const points = Math.max(0, credit) * criterion.weight * scale
    total += points
    return { criterion: criterion.id, label: criterion.label ?? criterion.id, points: round1(points), detail: describe(enc, mentee, mentor, distance, credit) }
  })
  const score = Math.min(100, Math.max(0, total + (adjustment?.delta ?? 0)))
  return { mentorId, score, contributions, ...(adjustment ? { adjustment: { delta: adjustment.delta, ...(adjustment.note !== undefined ? { note: adjustment.note } : {}) } } : {}) }
}

function describe(enc: EncodedCriterion, i: number, j: number, distance: number, credit: number): string {
  switch (enc.kind) {
    case 'geo':
      if (distance === Infinity) return 'unknown locality'
      return distance <= enc.criterion.maxKm ? `${round1(distance)} km` : `${round1(distance)} km, beyond ${enc.criterion.maxKm} km`
    case 'categorical': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      if (a < 0 || b < 0) return `${enc.criterion.field} not given`
      if (a === b) return `same ${enc.criterion.field} (${enc.values[a]})`
      return credit > 0 ? `related ${enc.criterion.field}: ${enc.values[a]} / ${enc.values[b]}` : `different ${enc.criterion.field}: ${enc.values[a]} / ${enc.values[b]}`
    }
    case 'overlap': {
      const shared: string[] = []
      enc.values.forEach((value, c) => {
        const w = i * enc.words + (c >>> 5)
        const v = j * enc.words + (c >>> 5)
        if (((enc.mentee[w] as number) & (enc.mentor[v] as number) & (1 << (c & 31))) !== 0) shared.push(value)
      })
      const singular = enc.criterion.field === 'hobbies' ? 'hobby' : 'language'
      return shared.length === 0 ? `no common ${singular}` : `common: ${shared.join(', ')}`
    }
    case 'numeric': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      if (Number.isNaN(a) || Number.isNaN(b)) return `${enc.criterion.field} not given`
      if (credit < 0) return `${enc.criterion.field} ${a} / ${b}: direction not met`
      return `${enc.criterion.field} difference ${round1(Math.abs(b - a))}`
    }
    case 'text': {
      const a = new Set(enc.menteeTerms.subarray(enc.menteeStart[i], enc.menteeStart[i + 1]))
      const shared = Array.from(enc.mentorTerms.subarray(enc.mentorStart[j], enc.mentorStart[j + 1])).filter((t) => a.has(t)).map((t) => enc.terms[t])
      return shared.length === 0 ? 'no shared terms' : `shared terms: ${shared.slice(0, 5).join(', ')}`
    }
  }
}
