import type { EncodedCriterion } from './encode'

/**
 * Credit in [0, 1] that one criterion gives the pair (mentee i, mentor j), or −1 when the pair fails it outright
 * (missing data, wrong direction, beyond the maximum distance). A mandatory criterion fails the pair when the
 * result is ≤ 0 — for geography, only beyond the maximum (a pair at exactly the limit passes with 0 credit).
 *
 * @example
 * criterionCredit(encoded.criteria[0], 0, 3, 9.2)
 */
export function criterionCredit(enc: EncodedCriterion, i: number, j: number, distanceKm: number): number {
  switch (enc.kind) {
    case 'geo': {
      const c = enc.criterion
      if (!(distanceKm <= c.maxKm)) return -1
      if (c.bands && c.bands.length > 0) {
        for (const band of c.bands) if (distanceKm <= band.maxKm) return band.credit
        return 0
      }
      return 1 - distanceKm / c.maxKm
    }
    case 'categorical': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      if (a < 0 || b < 0) return -1
      if (a === b) return 1
      return enc.similarity[a * enc.values.length + b] as number
    }
    case 'overlap': {
      const words = enc.words
      let shared = 0
      for (let w = 0; w < words; w++) shared += popcount((enc.mentee[i * words + w] as number) & (enc.mentor[j * words + w] as number))
      return Math.min(1, shared / (enc.criterion.fullCreditAt ?? 1))
    }
    case 'numeric': {
      const a = enc.mentee[i] as number
      const b = enc.mentor[j] as number
      if (Number.isNaN(a) || Number.isNaN(b)) return -1
      const direction = enc.criterion.direction ?? 'any'
      if ((direction === 'mentor-older' && !(b > a)) || (direction === 'mentor-younger' && !(b < a))) return -1
      const tolerance = enc.criterion.tolerance
      if (tolerance === undefined) return 1
      return Math.max(0, 1 - Math.abs(b - a) / tolerance)
    }
    case 'text': {
      const shared = sortedIntersectionSize(enc.menteeTerms, enc.menteeStart[i] as number, enc.menteeStart[i + 1] as number, enc.mentorTerms, enc.mentorStart[j] as number, enc.mentorStart[j + 1] as number)
      return Math.min(1, shared / (enc.criterion.fullCreditAt ?? 3))
    }
  }
}

/** Does the pair satisfy this criterion as a hard constraint? */
export function passesMandatory(enc: EncodedCriterion, credit: number): boolean {
  return enc.kind === 'geo' || enc.kind === 'numeric' ? credit >= 0 : credit > 0
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function sortedIntersectionSize(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  let count = 0
  while (aFrom < aTo && bFrom < bTo) {
    const x = a[aFrom] as number
    const y = b[bFrom] as number
    if (x === y) {
      count++
      aFrom++
      bFrom++
    } else if (x < y) aFrom++
    else bFrom++
  }
  return count
}
