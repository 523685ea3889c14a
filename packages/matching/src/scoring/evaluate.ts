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

/** A criterion's credit function specialised to one encoded criterion (same contract as {@link criterionCredit}). */
export type CreditFunction = (i: number, j: number, distanceKm: number) => number

/**
 * Specialises {@link criterionCredit} for one criterion, so that the hot scoring loop calls small monomorphic
 * closures over typed arrays instead of one generic switch over differently shaped objects (about 5× faster).
 *
 * @example
 * const credit = compileCredit(encoded.criteria[0]); credit(0, 3, 9.2)
 */
export function compileCredit(enc: EncodedCriterion): CreditFunction {
  switch (enc.kind) {
    case 'geo': {
      const maxKm = enc.criterion.maxKm
      const bandMax = Float64Array.from(enc.criterion.bands ?? [], (b) => b.maxKm)
      const bandCredit = Float64Array.from(enc.criterion.bands ?? [], (b) => b.credit)
      const bands = bandMax.length
      return (_i, _j, d) => {
        if (!(d <= maxKm)) return -1
        if (bands === 0) return 1 - d / maxKm
        for (let b = 0; b < bands; b++) if (d <= (bandMax[b] as number)) return bandCredit[b] as number
        return 0
      }
    }
    case 'categorical': {
      const { mentee, mentor, similarity } = enc
      const k = enc.values.length
      return (i, j) => {
        const a = mentee[i] as number
        const b = mentor[j] as number
        if (a < 0 || b < 0) return -1
        return a === b ? 1 : (similarity[a * k + b] as number)
      }
    }
    case 'overlap': {
      const { mentee, mentor, words } = enc
      const full = enc.criterion.fullCreditAt ?? 1
      if (words === 1) return (i, j) => Math.min(1, popcount((mentee[i] as number) & (mentor[j] as number)) / full)
      return (i, j) => {
        let shared = 0
        for (let w = 0; w < words; w++) shared += popcount((mentee[i * words + w] as number) & (mentor[j * words + w] as number))
        return Math.min(1, shared / full)
      }
    }
    case 'numeric': {
      const { mentee, mentor } = enc
      const direction = enc.criterion.direction ?? 'any'
      const tolerance = enc.criterion.tolerance
      return (i, j) => {
        const a = mentee[i] as number
        const b = mentor[j] as number
        if (Number.isNaN(a) || Number.isNaN(b)) return -1
        if ((direction === 'mentor-older' && !(b > a)) || (direction === 'mentor-younger' && !(b < a))) return -1
        return tolerance === undefined ? 1 : Math.max(0, 1 - Math.abs(b - a) / tolerance)
      }
    }
    case 'text': {
      const { menteeStart, menteeTerms, mentorStart, mentorTerms } = enc
      const full = enc.criterion.fullCreditAt ?? 3
      return (i, j) => Math.min(1, sortedIntersectionSize(menteeTerms, menteeStart[i] as number, menteeStart[i + 1] as number, mentorTerms, mentorStart[j] as number, mentorStart[j + 1] as number) / full)
    }
  }
}
