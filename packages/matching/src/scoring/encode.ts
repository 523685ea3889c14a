import type { Criterion, MenteeProfile, MentorProfile } from '../model/types'
import { projectKm } from '../geo/distance'
import { textTerms } from '../text/terms'

/** One criterion's features for both sides, in flat typed arrays so that scoring a pair is a few array reads. */
export type EncodedCriterion =
  | { kind: 'geo'; criterion: Criterion & { kind: 'geo' } }
  | { kind: 'categorical'; criterion: Criterion & { kind: 'categorical' }; mentee: Int32Array; mentor: Int32Array; similarity: Float64Array; values: string[] }
  | { kind: 'overlap'; criterion: Criterion & { kind: 'overlap' }; words: number; mentee: Uint32Array; mentor: Uint32Array; values: string[] }
  | { kind: 'numeric'; criterion: Criterion & { kind: 'numeric' }; mentee: Float64Array; mentor: Float64Array }
  | { kind: 'text'; criterion: Criterion & { kind: 'text' }; menteeStart: Int32Array; menteeTerms: Int32Array; mentorStart: Int32Array; mentorTerms: Int32Array; terms: string[] }

export interface EncodedPeople {
  readonly menteeX: Float64Array
  readonly menteeY: Float64Array
  readonly mentorX: Float64Array
  readonly mentorY: Float64Array
  readonly menteeHasLocation: Uint8Array
  readonly mentorHasLocation: Uint8Array
  readonly criteria: EncodedCriterion[]
}

/** Interns strings to dense integer codes in first-seen order. */
class Vocabulary {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  code(value: string): number {
    let c = this.index.get(value)
    if (c === undefined) {
      c = this.values.length
      this.values.push(value)
      this.index.set(value, c)
    }
    return c
  }
  find(value: string): number | undefined {
    return this.index.get(value)
  }
}

const normalizeValue = (value: string) => value.trim().toLowerCase()

type Side = 'mentee' | 'mentor'
/** The key a criterion reads on one side. */
const keyOf = (c: { field: string; mentorField?: string }, side: Side) => (side === 'mentor' ? c.mentorField ?? c.field : c.field)
/** Typed readers of a profile value: a value of another type counts as not given. */
const readString = (p: MenteeProfile, key: string): string | undefined => {
  const v = p.values?.[key]
  return typeof v === 'string' ? v : undefined
}
const readList = (p: MenteeProfile, key: string): readonly string[] => {
  const v = p.values?.[key]
  return Array.isArray(v) ? v : []
}
const readNumber = (p: MenteeProfile, key: string): number => {
  const v = p.values?.[key]
  return typeof v === 'number' ? v : Number.NaN
}

/**
 * Encodes mentees and mentors for the given criteria (coordinates in km, category codes, bitsets, sorted term ids).
 *
 * @example
 * const encoded = encodePeople([{ id: 'c', kind: 'overlap', field: 'languages', weight: 5 }], mentees, mentors)
 */
export function encodePeople(criteria: readonly Criterion[], mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[]): EncodedPeople {
  const origin = { lat: 0, lon: 0 }
  const located = [...mentees, ...mentors].filter((p) => p.location)
  const refLat = located.length > 0 ? located.reduce((s, p) => s + (p.location as { lat: number }).lat, 0) / located.length : 0
  const menteeProj = projectKm(mentees.map((p) => p.location ?? origin), refLat)
  const mentorProj = projectKm(mentors.map((p) => p.location ?? origin), refLat)
  return {
    menteeX: menteeProj.x,
    menteeY: menteeProj.y,
    mentorX: mentorProj.x,
    mentorY: mentorProj.y,
    menteeHasLocation: Uint8Array.from(mentees, (p) => (p.location ? 1 : 0)),
    mentorHasLocation: Uint8Array.from(mentors, (p) => (p.location ? 1 : 0)),
    criteria: criteria.map((criterion) => encodeCriterion(criterion, mentees, mentors)),
  }
}

function encodeCriterion(criterion: Criterion, mentees: readonly MenteeProfile[], mentors: readonly MentorProfile[]): EncodedCriterion {
  switch (criterion.kind) {
    case 'geo':
      return { kind: 'geo', criterion }
    case 'categorical': {
      const vocab = new Vocabulary()
      const encode = (key: string) => (p: MenteeProfile) => {
        const v = readString(p, key)
        return v === undefined || v.trim() === '' ? -1 : vocab.code(normalizeValue(v))
      }
      const mentee = Int32Array.from(mentees, encode(keyOf(criterion, 'mentee')))
      const mentor = Int32Array.from(mentors, encode(keyOf(criterion, 'mentor')))
      for (const [a, row] of Object.entries(criterion.similarity ?? {})) {
        vocab.code(normalizeValue(a))
        for (const b of Object.keys(row)) vocab.code(normalizeValue(b))
      }
      const k = vocab.values.length
      const similarity = new Float64Array(k * k)
      for (let c = 0; c < k; c++) similarity[c * k + c] = 1
      for (const [a, row] of Object.entries(criterion.similarity ?? {})) {
        for (const [b, value] of Object.entries(row)) {
          const ia = vocab.find(normalizeValue(a)) as number
          const ib = vocab.find(normalizeValue(b)) as number
          if (ia === ib) continue
          similarity[ia * k + ib] = Math.max(similarity[ia * k + ib] as number, value)
          similarity[ib * k + ia] = Math.max(similarity[ib * k + ia] as number, value)
        }
      }
      return { kind: 'categorical', criterion, mentee, mentor, similarity, values: vocab.values }
    }
    case 'overlap': {
      const vocab = new Vocabulary()
      const sets = (people: readonly MenteeProfile[], key: string) =>
        people.map((p) => [...new Set(readList(p, key).map(normalizeValue).filter((v) => v !== ''))].map((v) => vocab.code(v)))
      const menteeSets = sets(mentees, keyOf(criterion, 'mentee'))
      const mentorSets = sets(mentors, keyOf(criterion, 'mentor'))
      const words = Math.max(1, Math.ceil(vocab.values.length / 32))
      const pack = (all: number[][]) => {
        const bits = new Uint32Array(all.length * words)
        all.forEach((codes, i) => {
          for (const c of codes) bits[i * words + (c >>> 5)]! |= 1 << (c & 31)
        })
        return bits
      }
      return { kind: 'overlap', criterion, words, mentee: pack(menteeSets), mentor: pack(mentorSets), values: vocab.values }
    }
    case 'numeric': {
      const read = (key: string) => (p: MenteeProfile) => readNumber(p, key)
      return {
        kind: 'numeric', criterion,
        mentee: Float64Array.from(mentees, read(keyOf(criterion, 'mentee'))), mentor: Float64Array.from(mentors, read(keyOf(criterion, 'mentor'))),
      }
    }
    case 'text': {
      const vocab = new Vocabulary()
      const pack = (people: readonly MenteeProfile[], key: string) => {
        const start = new Int32Array(people.length + 1)
        const all: number[] = []
        people.forEach((p, i) => {
          // textTerms gives distinct terms: "shared terms" are a set intersection.
          const codes = textTerms(readString(p, key) ?? '').map((t) => vocab.code(t))
          codes.sort((a, b) => a - b)
          all.push(...codes)
          start[i + 1] = all.length
        })
        return { start, terms: Int32Array.from(all) }
      }
      const a = pack(mentees, keyOf(criterion, 'mentee'))
      const b = pack(mentors, keyOf(criterion, 'mentor'))
      return { kind: 'text', criterion, menteeStart: a.start, menteeTerms: a.terms, mentorStart: b.start, mentorTerms: b.terms, terms: vocab.values }
    }
  }
}
