import type { EncodedCriterion } from './encode'

/**
 * One mentee's candidate mentors while they are being scored: parallel typed arrays, `count` entries in use.
 * Scoring runs criterion by criterion over the whole batch instead of pair by pair through a list of closures:
 * each criterion fills `credit` in one tight, branch-light loop, then {@link applyCredits} adds the points and
 * drops the candidates that fail a mandatory criterion. Nothing is called or allocated per pair.
 */
export class CandidateBatch {
  col: Int32Array
  mentor: Int32Array
  distance: Float64Array
  score: Float64Array
  credit: Float64Array
  count = 0

  constructor(capacity = 1024) {
    this.col = new Int32Array(capacity)
    this.mentor = new Int32Array(capacity)
    this.distance = new Float64Array(capacity)
    this.score = new Float64Array(capacity)
    this.credit = new Float64Array(capacity)
  }

  /** Empties the batch, making room for at least `capacity` candidates. */
  reset(capacity: number): void {
    this.count = 0
    if (capacity <= this.col.length) return
    const size = Math.max(capacity, this.col.length * 2)
    this.col = new Int32Array(size)
    this.mentor = new Int32Array(size)
    this.distance = new Float64Array(size)
    this.score = new Float64Array(size)
    this.credit = new Float64Array(size)
  }

  /** Replaces the batch with entries `from .. to - 1` of the given lists, scores from `score` or 0. */
  load(col: Int32Array, mentor: Int32Array, distance: Float64Array, from: number, to: number, score?: Float64Array): void {
    const n = to - from
    this.reset(n)
    this.col.set(col.subarray(from, to))
    this.mentor.set(mentor.subarray(from, to))
    this.distance.set(distance.subarray(from, to))
    if (score) this.score.set(score.subarray(from, to))
    else this.score.fill(0, 0, n)
    this.count = n
  }

  push(col: number, mentor: number, distance: number): void {
    const t = this.count++
    this.col[t] = col
    this.mentor[t] = mentor
    this.distance[t] = distance
    this.score[t] = 0
  }
}

/**
 * Writes into `batch.credit[t]` the credit one criterion gives mentee `i` and each candidate t — exactly the value
 * of `criterionCredit`, computed the same way (−1 for an outright failure, otherwise in [0, 1]).
 */
export type BatchCredit = (i: number, batch: CandidateBatch) => void

/**
 * Adds `credit × weight` to the score of every candidate with a positive credit. For a mandatory criterion it also
 * removes, keeping the order, the candidates that fail it: credit < 0 when `failsBelowZero` (geography, numeric),
 * credit ≤ 0 otherwise. Returns how many it removed.
 *
 * @example
 * const removed = applyCredits(batch, 7.5, true, false)
 */
export function applyCredits(batch: CandidateBatch, weight: number, mandatory: boolean, failsBelowZero: boolean): number {
  const { credit, score } = batch
  const n = batch.count
  if (!mandatory) {
    for (let t = 0; t < n; t++) {
      const c = credit[t] as number
      if (c > 0) score[t] = (score[t] as number) + c * weight
    }
    return 0
  }
  const { col, mentor, distance } = batch
  let kept = 0
  for (let t = 0; t < n; t++) {
    const c = credit[t] as number
    if (failsBelowZero ? c < 0 : c <= 0) continue
    col[kept] = col[t] as number
    mentor[kept] = mentor[t] as number
    distance[kept] = distance[t] as number
    score[kept] = c > 0 ? (score[t] as number) + c * weight : (score[t] as number)
    kept++
  }
  batch.count = kept
  return n - kept
}

/**
 * Specialises one non-mandatory criterion into a pass that adds its points, `credit × weight` where the credit is
 * positive, straight into `batch.score` — the effect of {@link compileBatchCredit} followed by a non-mandatory
 * {@link applyCredits}, in one pass instead of two. Where the credit takes few values (categories, shared-value
 * counts) the products are tabulated once; a table holds the very product the two-pass form computes, and adding
 * 0 leaves a (non-negative) score unchanged, so the scores are the same to the bit.
 *
 * @example
 * const add = compileBatchPoints(encoded.criteria[1]!, 17.5)
 * add(menteeIndex, batch) // batch.score now includes the criterion's points
 */
export function compileBatchPoints(enc: EncodedCriterion, weight: number): BatchCredit {
  const points = (credit: number) => (credit > 0 ? credit * weight : 0)
  switch (enc.kind) {
    case 'categorical': {
      const { mentee, mentor, similarity } = enc
      const k = enc.values.length
      // Row a, entry b + 1: the points of values (a, b); entry 0 stands for a mentor without a value.
      const table = new Float64Array(k * (k + 1))
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) table[a * (k + 1) + b + 1] = points(similarity[a * k + b] as number)
      return (i, batch) => {
        const a = mentee[i] as number
        if (a < 0) return
        const row = a * (k + 1) + 1
        const n = batch.count
        const { mentor: mentorOf, score } = batch
        for (let t = 0; t < n; t++) score[t] = (score[t] as number) + (table[row + (mentor[mentorOf[t] as number] as number)] as number)
      }
    }
    case 'overlap':
      return bitsetPoints(enc.mentee, enc.mentor, enc.words, enc.criterion.fullCreditAt ?? 1, weight)
    case 'text':
      if (enc.terms.length <= MAX_BITSET_TERMS && !hasRepeatedTerms(enc.menteeStart, enc.menteeTerms) && !hasRepeatedTerms(enc.mentorStart, enc.mentorTerms)) {
        const words = Math.max(1, Math.ceil(enc.terms.length / 32))
        return bitsetPoints(packTerms(enc.menteeStart, enc.menteeTerms, words), packTerms(enc.mentorStart, enc.mentorTerms, words), words, enc.criterion.fullCreditAt ?? 3, weight)
      }
      break
    case 'numeric': {
      const { mentee, mentor } = enc
      const direction = enc.criterion.direction ?? 'any'
      const older = direction === 'mentor-older'
      const younger = direction === 'mentor-younger'
      const tolerance = enc.criterion.tolerance
      return (i, batch) => {
        const a = mentee[i] as number
        if (Number.isNaN(a)) return
        const n = batch.count
        const { mentor: mentorOf, score } = batch
        for (let t = 0; t < n; t++) {
          const b = mentor[mentorOf[t] as number] as number
          if (Number.isNaN(b) || (older && !(b > a)) || (younger && !(b < a))) continue
          const c = tolerance === undefined ? 1 : Math.max(0, 1 - Math.abs(b - a) / tolerance)
          if (c > 0) score[t] = (score[t] as number) + c * weight
        }
      }
    }
    default:
      break
  }
  // Geography and large vocabularies: the credit pass, then the points.
  const credit = compileBatchCredit(enc)
  return (i, batch) => {
    credit(i, batch)
    applyCredits(batch, weight, false, false)
  }
}

/** Points of a bitset overlap (see {@link bitsetOverlap}), tabulated by shared count and added to the scores. */
function bitsetPoints(mentee: Uint32Array, mentor: Uint32Array, words: number, full: number, weight: number): BatchCredit {
  const pointsOf = Float64Array.from({ length: 32 * words + 1 }, (_, shared) => {
    const c = Math.min(1, shared / full)
    return c > 0 ? c * weight : 0
  })
  if (words === 1) {
    return (i, batch) => {
      const n = batch.count
      const { mentor: mentorOf, score } = batch
      const mine = mentee[i] as number
      if (mine === 0) return
      for (let t = 0; t < n; t++) score[t] = (score[t] as number) + (pointsOf[popcount(mine & (mentor[mentorOf[t] as number] as number))] as number)
    }
  }
  if (words === 2) {
    return (i, batch) => {
      const n = batch.count
      const { mentor: mentorOf, score } = batch
      const low = mentee[2 * i] as number
      const high = mentee[2 * i + 1] as number
      if (low === 0 && high === 0) return
      for (let t = 0; t < n; t++) {
        const j = 2 * (mentorOf[t] as number)
        // popcount(low & a) + popcount(high & b) in one SWAR sum: 2-bit counts per word, then added as nibbles.
        let x = low & (mentor[j] as number)
        let y = high & (mentor[j + 1] as number)
        x = x - ((x >>> 1) & 0x55555555)
        y = y - ((y >>> 1) & 0x55555555)
        x = (x & 0x33333333) + ((x >>> 2) & 0x33333333) + (y & 0x33333333) + ((y >>> 2) & 0x33333333)
        const shared = (((x & 0x0f0f0f0f) + ((x >>> 4) & 0x0f0f0f0f)) * 0x01010101) >>> 24
        score[t] = (score[t] as number) + (pointsOf[shared] as number)
      }
    }
  }
  return (i, batch) => {
    const n = batch.count
    const { mentor: mentorOf, score } = batch
    const base = i * words
    for (let t = 0; t < n; t++) {
      const j = (mentorOf[t] as number) * words
      let shared = 0
      for (let w = 0; w < words; w++) shared += popcount((mentee[base + w] as number) & (mentor[j + w] as number))
      score[t] = (score[t] as number) + (pointsOf[shared] as number)
    }
  }
}

/** Vocabularies up to this size are scored with bitsets (a few words, popcount); larger ones with a marker array. */
const MAX_BITSET_TERMS = 256

/**
 * Specialises one encoded criterion into a {@link BatchCredit}.
 *
 * @example
 * const fill = compileBatchCredit(encoded.criteria[1]!)
 * fill(menteeIndex, batch) // batch.credit now holds the credits
 */
export function compileBatchCredit(enc: EncodedCriterion): BatchCredit {
  switch (enc.kind) {
    case 'geo': {
      const maxKm = enc.criterion.maxKm
      const bandMax = Float64Array.from(enc.criterion.bands ?? [], (b) => b.maxKm)
      const bandCredit = Float64Array.from(enc.criterion.bands ?? [], (b) => b.credit)
      const bands = bandMax.length
      return (_i, batch) => {
        const { distance, credit } = batch
        const n = batch.count
        for (let t = 0; t < n; t++) {
          const d = distance[t] as number
          let c: number
          if (!(d <= maxKm)) c = -1
          else if (bands === 0) c = 1 - d / maxKm
          else {
            c = 0
            for (let b = 0; b < bands; b++) {
              if (d <= (bandMax[b] as number)) {
                c = bandCredit[b] as number
                break
              }
            }
          }
          credit[t] = c
        }
      }
    }
    case 'categorical': {
      const { mentee, mentor, similarity } = enc
      const k = enc.values.length
      return (i, batch) => {
        const a = mentee[i] as number
        const n = batch.count
        const { mentor: mentorOf, credit } = batch
        if (a < 0) {
          credit.fill(-1, 0, n)
          return
        }
        const row = a * k
        for (let t = 0; t < n; t++) {
          const b = mentor[mentorOf[t] as number] as number
          // The similarity table holds 1 on its diagonal, so one read covers "same value" too.
          credit[t] = b < 0 ? -1 : (similarity[row + b] as number)
        }
      }
    }
    case 'overlap':
      return bitsetOverlap(enc.mentee, enc.mentor, enc.words, enc.criterion.fullCreditAt ?? 1)
    case 'numeric': {
      const { mentee, mentor } = enc
      const direction = enc.criterion.direction ?? 'any'
      const older = direction === 'mentor-older'
      const younger = direction === 'mentor-younger'
      const tolerance = enc.criterion.tolerance
      return (i, batch) => {
        const a = mentee[i] as number
        const n = batch.count
        const { mentor: mentorOf, credit } = batch
        for (let t = 0; t < n; t++) {
          const b = mentor[mentorOf[t] as number] as number
          if (Number.isNaN(a) || Number.isNaN(b) || (older && !(b > a)) || (younger && !(b < a))) credit[t] = -1
          else credit[t] = tolerance === undefined ? 1 : Math.max(0, 1 - Math.abs(b - a) / tolerance)
        }
      }
    }
    case 'text':
      return enc.terms.length <= MAX_BITSET_TERMS ? textByBitsets(enc) : textByMarkers(enc)
  }
}

/** Shared terms counted with per-person bitsets over the vocabulary (exact: one bit per distinct term). */
function textByBitsets(enc: EncodedCriterion & { kind: 'text' }): BatchCredit {
  // Term lists hold distinct terms (see encode); with a repeat the merge of criterionCredit would count it twice.
  if (hasRepeatedTerms(enc.menteeStart, enc.menteeTerms) || hasRepeatedTerms(enc.mentorStart, enc.mentorTerms)) return textByMarkers(enc)
  const words = Math.max(1, Math.ceil(enc.terms.length / 32))
  return bitsetOverlap(packTerms(enc.menteeStart, enc.menteeTerms, words), packTerms(enc.mentorStart, enc.mentorTerms, words), words, enc.criterion.fullCreditAt ?? 3)
}

/** Each person's term list as a bitset of `words` 32-bit words. */
function packTerms(start: Int32Array, terms: Int32Array, words: number): Uint32Array {
  const people = start.length - 1
  const bits = new Uint32Array(people * words)
  for (let p = 0; p < people; p++) {
    for (let e = start[p] as number; e < (start[p + 1] as number); e++) {
      const term = terms[e] as number
      bits[p * words + (term >>> 5)]! |= 1 << (term & 31)
    }
  }
  return bits
}

/**
 * Credit min(1, shared / full) for sets held as bitsets of `words` 32-bit words per person, where shared is the
 * popcount of the intersection. The credit of each possible count is tabulated once, and one- and two-word sets (up
 * to 64 values: languages, hobbies, short texts) get their own loops.
 */
function bitsetOverlap(mentee: Uint32Array, mentor: Uint32Array, words: number, full: number): BatchCredit {
  const creditOf = Float64Array.from({ length: 32 * words + 1 }, (_, shared) => Math.min(1, shared / full))
  if (words === 1) {
    return (i, batch) => {
      const n = batch.count
      const { mentor: mentorOf, credit } = batch
      const mine = mentee[i] as number
      for (let t = 0; t < n; t++) credit[t] = creditOf[popcount(mine & (mentor[mentorOf[t] as number] as number))] as number
    }
  }
  if (words === 2) {
    return (i, batch) => {
      const n = batch.count
      const { mentor: mentorOf, credit } = batch
      const low = mentee[2 * i] as number
      const high = mentee[2 * i + 1] as number
      for (let t = 0; t < n; t++) {
        const j = 2 * (mentorOf[t] as number)
        credit[t] = creditOf[popcount(low & (mentor[j] as number)) + popcount(high & (mentor[j + 1] as number))] as number
      }
    }
  }
  return (i, batch) => {
    const n = batch.count
    const { mentor: mentorOf, credit } = batch
    const base = i * words
    for (let t = 0; t < n; t++) {
      const j = (mentorOf[t] as number) * words
      let shared = 0
      for (let w = 0; w < words; w++) shared += popcount((mentee[base + w] as number) & (mentor[j + w] as number))
      credit[t] = creditOf[shared] as number
    }
  }
}

/**
 * Shared terms counted by marking the mentee's terms in a vocabulary-sized array and reading the mentor's terms
 * against it: exact for any vocabulary, and equal to the sorted-merge count of `criterionCredit` (a term repeated on
 * both sides is matched min(repeats) times, as the merge does).
 */
function textByMarkers(enc: EncodedCriterion & { kind: 'text' }): BatchCredit {
  const { menteeStart, menteeTerms, mentorStart, mentorTerms } = enc
  const marks = new Int32Array(enc.terms.length)
  const used = new Int32Array(enc.terms.length)
  const full = enc.criterion.fullCreditAt ?? 3
  return (i, batch) => {
    const n = batch.count
    const { mentor: mentorOf, credit } = batch
    const from = menteeStart[i] as number
    const to = menteeStart[i + 1] as number
    for (let e = from; e < to; e++) marks[menteeTerms[e] as number]!++
    for (let t = 0; t < n; t++) {
      const j = mentorOf[t] as number
      const end = mentorStart[j + 1] as number
      let shared = 0
      for (let e = mentorStart[j] as number; e < end; e++) {
        const term = mentorTerms[e] as number
        if ((used[term] as number) < (marks[term] as number)) {
          used[term]!++
          shared++
        }
      }
      for (let e = mentorStart[j] as number; e < end; e++) used[mentorTerms[e] as number] = 0
      credit[t] = Math.min(1, shared / full)
    }
    for (let e = from; e < to; e++) marks[menteeTerms[e] as number] = 0
  }
}

function hasRepeatedTerms(start: Int32Array, terms: Int32Array): boolean {
  for (let p = 0; p + 1 < start.length; p++) {
    for (let e = (start[p] as number) + 1; e < (start[p + 1] as number); e++) if (terms[e] === terms[e - 1]) return true
  }
  return false
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
