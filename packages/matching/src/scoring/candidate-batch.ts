import type { EncodedCriterion } from './encode'

/**
 * One mentee's candidate mentors while they are being scored: parallel typed arrays, `count` entries in use.
 * Scoring runs criterion by criterion over the whole batch (one tight, monomorphic loop per criterion) instead of
 * pair by pair through a list of closures, so the hot loop makes no call and allocates nothing per pair.
 */
export class CandidateBatch {
  col: Int32Array
  mentor: Int32Array
  distance: Float64Array
  score: Float64Array
  count = 0

  constructor(capacity = 1024) {
    this.col = new Int32Array(capacity)
    this.mentor = new Int32Array(capacity)
    this.distance = new Float64Array(capacity)
    this.score = new Float64Array(capacity)
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
  }

  /** Replaces the batch with entries `from .. to - 1` of the given lists, all scores 0. */
  load(col: Int32Array, mentor: Int32Array, distance: Float64Array, from: number, to: number): void {
    const n = to - from
    this.reset(n)
    this.col.set(col.subarray(from, to))
    this.mentor.set(mentor.subarray(from, to))
    this.distance.set(distance.subarray(from, to))
    this.score.fill(0, 0, n)
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
 * Applies one criterion to every candidate of mentee `i`: adds `credit × weight` to the scores of those with a
 * positive credit, and — when the criterion is mandatory — removes those that fail it (credit < 0 for geography and
 * numeric criteria, ≤ 0 for the others), keeping the batch's order. Returns how many candidates it removed.
 * Credits are exactly those of `criterionCredit`, computed the same way.
 */
export type BatchCredit = (i: number, batch: CandidateBatch, weight: number, mandatory: boolean) => number

/** Vocabularies up to this size are scored with bitsets (a few words, popcount); larger ones with a marker array. */
const MAX_BITSET_TERMS = 256

/**
 * Specialises one encoded criterion into a {@link BatchCredit}.
 *
 * @example
 * const apply = compileBatchCredit(encoded.criteria[1]!)
 * const removed = apply(menteeIndex, batch, 7.5, false)
 */
export function compileBatchCredit(enc: EncodedCriterion): BatchCredit {
  switch (enc.kind) {
    case 'geo': {
      const maxKm = enc.criterion.maxKm
      const bandMax = Float64Array.from(enc.criterion.bands ?? [], (b) => b.maxKm)
      const bandCredit = Float64Array.from(enc.criterion.bands ?? [], (b) => b.credit)
      const bands = bandMax.length
      return (_i, batch, weight, mandatory) => {
        const { distance, score } = batch
        const n = batch.count
        let kept = 0
        for (let t = 0; t < n; t++) {
          const d = distance[t] as number
          let credit: number
          if (!(d <= maxKm)) credit = -1
          else if (bands === 0) credit = 1 - d / maxKm
          else {
            credit = 0
            for (let b = 0; b < bands; b++) {
              if (d <= (bandMax[b] as number)) {
                credit = bandCredit[b] as number
                break
              }
            }
          }
          if (mandatory && credit < 0) continue
          if (credit > 0) score[t] = (score[t] as number) + credit * weight
          if (mandatory) keep(batch, t, kept++)
        }
        return mandatory ? compacted(batch, kept) : 0
      }
    }
    case 'categorical': {
      const { mentee, mentor, similarity } = enc
      const k = enc.values.length
      return (i, batch, weight, mandatory) => {
        const a = mentee[i] as number
        const n = batch.count
        if (a < 0) return mandatory ? compacted(batch, 0) : 0
        const row = a * k
        const { mentor: mentorOf, score } = batch
        let kept = 0
        for (let t = 0; t < n; t++) {
          const b = mentor[mentorOf[t] as number] as number
          // The similarity table holds 1 on its diagonal, so one read covers "same value" too.
          const credit = b < 0 ? -1 : (similarity[row + b] as number)
          if (mandatory && credit <= 0) continue
          if (credit > 0) score[t] = (score[t] as number) + credit * weight
          if (mandatory) keep(batch, t, kept++)
        }
        return mandatory ? compacted(batch, kept) : 0
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
      return (i, batch, weight, mandatory) => {
        const a = mentee[i] as number
        const n = batch.count
        const { mentor: mentorOf, score } = batch
        let kept = 0
        for (let t = 0; t < n; t++) {
          const b = mentor[mentorOf[t] as number] as number
          let credit: number
          if (Number.isNaN(a) || Number.isNaN(b) || (older && !(b > a)) || (younger && !(b < a))) credit = -1
          else credit = tolerance === undefined ? 1 : Math.max(0, 1 - Math.abs(b - a) / tolerance)
          if (mandatory && credit < 0) continue
          if (credit > 0) score[t] = (score[t] as number) + credit * weight
          if (mandatory) keep(batch, t, kept++)
        }
        return mandatory ? compacted(batch, kept) : 0
      }
    }
    case 'text':
      return enc.terms.length <= MAX_BITSET_TERMS ? textByBitsets(enc) : textByMarkers(enc)
  }
}

/** Shared terms counted with per-person bitsets over the vocabulary (exact: one bit per distinct term). */
function textByBitsets(enc: EncodedCriterion & { kind: 'text' }): BatchCredit {
  const words = Math.max(1, Math.ceil(enc.terms.length / 32))
  const pack = (start: Int32Array, terms: Int32Array) => {
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
  // Term lists are sorted and may repeat a term; the merge in criterionCredit counts repeats present on both sides.
  // Bitsets count each shared term once, so fall back to markers when any list repeats a term.
  if (hasRepeatedTerms(enc.menteeStart, enc.menteeTerms) || hasRepeatedTerms(enc.mentorStart, enc.mentorTerms)) return textByMarkers(enc)
  return bitsetOverlap(pack(enc.menteeStart, enc.menteeTerms), pack(enc.mentorStart, enc.mentorTerms), words, enc.criterion.fullCreditAt ?? 3)
}

/**
 * Credit min(1, shared / full) for sets held as bitsets of `words` 32-bit words per person, where shared is the
 * popcount of the intersection. The credit of each possible count is tabulated once, and one- and two-word sets (up
 * to 64 values: languages, hobbies, short texts) get their own loops.
 */
function bitsetOverlap(mentee: Uint32Array, mentor: Uint32Array, words: number, full: number): BatchCredit {
  const creditOf = Float64Array.from({ length: 32 * words + 1 }, (_, shared) => Math.min(1, shared / full))
  if (words === 1) {
    return (i, batch, weight, mandatory) => {
      const n = batch.count
      const { mentor: mentorOf, score } = batch
      const mine = mentee[i] as number
      let kept = 0
      for (let t = 0; t < n; t++) {
        const credit = creditOf[popcount(mine & (mentor[mentorOf[t] as number] as number))] as number
        if (mandatory) {
          if (credit <= 0) continue
          keep(batch, t, kept++)
          score[kept - 1] = (score[kept - 1] as number) + credit * weight
        } else if (credit > 0) score[t] = (score[t] as number) + credit * weight
      }
      return mandatory ? compacted(batch, kept) : 0
    }
  }
  if (words === 2) {
    return (i, batch, weight, mandatory) => {
      const n = batch.count
      const { mentor: mentorOf, score } = batch
      const low = mentee[2 * i] as number
      const high = mentee[2 * i + 1] as number
      let kept = 0
      for (let t = 0; t < n; t++) {
        const j = 2 * (mentorOf[t] as number)
        const credit = creditOf[popcount(low & (mentor[j] as number)) + popcount(high & (mentor[j + 1] as number))] as number
        if (mandatory) {
          if (credit <= 0) continue
          keep(batch, t, kept++)
          score[kept - 1] = (score[kept - 1] as number) + credit * weight
        } else if (credit > 0) score[t] = (score[t] as number) + credit * weight
      }
      return mandatory ? compacted(batch, kept) : 0
    }
  }
  return (i, batch, weight, mandatory) => {
    const n = batch.count
    const { mentor: mentorOf, score } = batch
    const base = i * words
    let kept = 0
    for (let t = 0; t < n; t++) {
      const j = (mentorOf[t] as number) * words
      let shared = 0
      for (let w = 0; w < words; w++) shared += popcount((mentee[base + w] as number) & (mentor[j + w] as number))
      const credit = creditOf[shared] as number
      if (mandatory) {
        if (credit <= 0) continue
        keep(batch, t, kept++)
        score[kept - 1] = (score[kept - 1] as number) + credit * weight
      } else if (credit > 0) score[t] = (score[t] as number) + credit * weight
    }
    return mandatory ? compacted(batch, kept) : 0
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
  return (i, batch, weight, mandatory) => {
    const n = batch.count
    const { mentor: mentorOf, score } = batch
    const from = menteeStart[i] as number
    const to = menteeStart[i + 1] as number
    for (let e = from; e < to; e++) marks[menteeTerms[e] as number]!++
    let kept = 0
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
      const credit = Math.min(1, shared / full)
      if (mandatory && credit <= 0) continue
      if (credit > 0) score[t] = (score[t] as number) + credit * weight
      if (mandatory) keep(batch, t, kept++)
    }
    for (let e = from; e < to; e++) marks[menteeTerms[e] as number] = 0
    return mandatory ? compacted(batch, kept) : 0
  }
}

function hasRepeatedTerms(start: Int32Array, terms: Int32Array): boolean {
  for (let p = 0; p + 1 < start.length; p++) {
    for (let e = (start[p] as number) + 1; e < (start[p + 1] as number); e++) if (terms[e] === terms[e - 1]) return true
  }
  return false
}

/** Moves candidate `from` to position `to` (to ≤ from), for in-place filtering that keeps the order. */
function keep(batch: CandidateBatch, from: number, to: number): void {
  if (from === to) return
  batch.col[to] = batch.col[from] as number
  batch.mentor[to] = batch.mentor[from] as number
  batch.distance[to] = batch.distance[from] as number
  batch.score[to] = batch.score[from] as number
}

/** Shrinks the batch to its first `kept` candidates and returns how many were removed. */
function compacted(batch: CandidateBatch, kept: number): number {
  const removed = batch.count - kept
  batch.count = kept
  return removed
}

function popcount(v: number): number {
  v = v - ((v >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
