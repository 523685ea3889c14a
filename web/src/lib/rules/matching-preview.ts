/**
 * The criteria preview's engine: the programme's criteria as they are being edited, run by the matching engine
 * itself (`@binome/matching`) in the browser on a few sample mentees and mentors, so the admin sees how those pairs
 * score and rank as weights move. This module is the web's only door to the engine, and is imported lazily by the
 * Criteria page alone (see `.dependency-cruiser.cjs` and `web/bench/page-weight.test.ts`), so no other page's
 * bundle carries it; the Belgian gazetteer, for distances, is loaded on first use the same way.
 *
 * The engine knows fixed profile slots (one location, two categorical values, two lists, one number, free texts by
 * key); each criterion takes the next free slot of its kind and fills it from its form fields' answers. A
 * criterion beyond the slots of its kind is left out of the preview, and the page says which.
 */
import type { AnswerValue, CriterionConfig } from '@binome/contracts'
import {
  loadBelgianGazetteer, runMatching, type Criterion, type GeoPoint, type MatchingInput, type MenteeProfile, type MentorProfile,
} from '@binome/matching'
import type { SamplePerson } from './samples'

/** One mentee–mentor pair of the preview: its score and rank, or why it is never suggested. */
export interface PreviewPair {
  menteeId: string
  mentorId: string
  menteeName: string
  mentorName: string
  /** Out of 100; null when the pair fails a mandatory criterion. */
  score: number | null
  /** 1 for the best-scoring pair; null when excluded. */
  rank: number | null
  /** The pair the engine would propose (the optimal assignment). */
  suggested: boolean
  /** Each criterion's points, by criterion id. */
  points: Record<string, number>
}

export interface PreviewResult {
  pairs: PreviewPair[]
  /** Criteria the preview could not include (no free slot of their kind). */
  skipped: string[]
  /** Localities of the samples the gazetteer does not know (distance then unknown). */
  unknownLocalities: string[]
}

type Slot = { categorical: Array<'sector' | 'function'>; overlap: Array<'languages' | 'hobbies'>; numeric: Array<'age'>; geo: number }

const text = (v: AnswerValue | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined)
const list = (v: AnswerValue | undefined): string[] | undefined => {
  if (!Array.isArray(v)) return typeof v === 'string' && v !== '' ? [v] : undefined
  return v.map((x) => (typeof x === 'string' ? x : x.code))
}

/** Age in whole years on `today`, from a full birth date or a birth year. */
function ageOf(p: SamplePerson, today: Date): number | undefined {
  if (p.birthDate) {
    const [y, m, d] = p.birthDate.split('-').map(Number) as [number, number, number]
    let age = today.getUTCFullYear() - y
    if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--
    return age
  }
  return p.birthYear !== undefined ? today.getUTCFullYear() - p.birthYear : undefined
}

/**
 * The engine's input for the samples: each criterion in its slot, each person's answers in the slots.
 *
 * @example
 * const { input, skipped } = engineInput(rules.criteria, mentees, mentors, (name) => gazetteer.find(name)?.location, new Date())
 */
export function engineInput(
  criteria: readonly CriterionConfig[],
  mentees: readonly SamplePerson[],
  mentors: readonly SamplePerson[],
  locate: (locality: string) => GeoPoint | undefined,
  today: Date,
): { input: MatchingInput; skipped: string[]; unknownLocalities: string[] } {
  const free: Slot = { categorical: ['sector', 'function'], overlap: ['languages', 'hobbies'], numeric: ['age'], geo: 1 }
  const engine: Criterion[] = []
  const skipped: string[] = []
  type Fill = (profile: Record<string, unknown>, p: SamplePerson, side: 'mentee' | 'mentor') => void
  const fills: Fill[] = []
  const unknown = new Set<string>()
  const fieldOf = (c: CriterionConfig, side: 'mentee' | 'mentor') => (side === 'mentee' ? c.menteeField : c.mentorField)

  for (const c of criteria) {
    const base = { id: c.id, weight: c.weight, mandatory: c.mandatory, label: c.label.fr || c.id }
    switch (c.kind) {
      case 'geo': {
        if (free.geo-- <= 0) {
          skipped.push(c.id)
          break
        }
        engine.push({ ...base, kind: 'geo', maxKm: c.maxKm, ...(c.bands ? { bands: c.bands } : {}) })
        fills.push((profile, p, side) => {
          const name = text(p.answers[fieldOf(c, side)])
          if (!name) return
          const at = locate(name)
          if (!at) unknown.add(name)
          profile.location = at ?? null
          profile.locality = name
        })
        break
      }
      case 'categorical': {
        const slot = free.categorical.shift()
        if (!slot) {
          skipped.push(c.id)
          break
        }
        engine.push({ ...base, kind: 'categorical', field: slot, ...(c.similarity ? { similarity: c.similarity } : {}) })
        fills.push((profile, p, side) => {
          const v = text(p.answers[fieldOf(c, side)])
          if (v !== undefined) profile[slot] = v
        })
        break
      }
      case 'overlap': {
        const slot = free.overlap.shift()
        if (!slot) {
          skipped.push(c.id)
          break
        }
        engine.push({ ...base, kind: 'overlap', field: slot, ...(c.fullCreditAt ? { fullCreditAt: c.fullCreditAt } : {}) })
        fills.push((profile, p, side) => {
          const v = list(p.answers[fieldOf(c, side)])
          if (v) profile[slot] = v
        })
        break
      }
      case 'numeric': {
        if (!free.numeric.shift()) {
          skipped.push(c.id)
          break
        }
        engine.push({
          ...base, kind: 'numeric', field: 'age',
          ...(c.tolerance !== undefined ? { tolerance: c.tolerance } : {}), ...(c.direction ? { direction: c.direction } : {}),
        })
        fills.push((profile, p, side) => {
          const field = fieldOf(c, side)
          const v = field === 'birthDate' ? ageOf(p, today) : p.answers[field]
          if (typeof v === 'number') profile.age = v
        })
        break
      }
      case 'text': {
        engine.push({ ...base, kind: 'text', menteeText: c.id, ...(c.fullCreditAt ? { fullCreditAt: c.fullCreditAt } : {}) })
        fills.push((profile, p, side) => {
          const v = text(p.answers[fieldOf(c, side)])
          if (v !== undefined) (profile.texts as Record<string, string>)[c.id] = v
        })
        break
      }
    }
  }

  const profile = (p: SamplePerson, side: 'mentee' | 'mentor') => {
    const out: Record<string, unknown> = { id: p.id, texts: {} }
    for (const fill of fills) fill(out, p, side)
    return out
  }
  return {
    input: {
      criteria: engine,
      mentees: mentees.map((p) => profile(p, 'mentee') as unknown as MenteeProfile),
      // One mentee each, as the preview ranks pairs rather than filling capacities.
      mentors: mentors.map((p) => ({ ...(profile(p, 'mentor') as unknown as MentorProfile), capacity: 1 })),
      topK: Math.max(1, mentors.length),
      minScore: 0,
      prepareLosses: false,
    },
    skipped,
    unknownLocalities: [...unknown].sort(),
  }
}

/**
 * Scores every sample pair and ranks them, best first (ties by names); pairs failing a mandatory criterion come
 * last, unranked.
 */
export function rankPairs(
  criteria: readonly CriterionConfig[],
  mentees: readonly SamplePerson[],
  mentors: readonly SamplePerson[],
  locate: (locality: string) => GeoPoint | undefined,
  today: Date,
): PreviewResult {
  const { input, skipped, unknownLocalities } = engineInput(criteria, mentees, mentors, locate, today)
  const result = runMatching(input)
  const suggested = new Set(result.assignments.map((a) => `${a.menteeId}\u0000${a.mentorId}`))
  const pairs: PreviewPair[] = []
  for (const mentee of mentees) {
    const scored = new Map((result.alternatives[mentee.id] ?? []).map((s) => [s.mentorId, s]))
    for (const mentor of mentors) {
      const s = scored.get(mentor.id)
      pairs.push({
        menteeId: mentee.id,
        mentorId: mentor.id,
        menteeName: mentee.name,
        mentorName: mentor.name,
        score: s ? Math.round(s.score * 10) / 10 : null,
        rank: null,
        suggested: suggested.has(`${mentee.id}\u0000${mentor.id}`),
        points: Object.fromEntries((s?.contributions ?? []).map((c) => [c.criterion, c.points])),
      })
    }
  }
  pairs.sort(
    (a, b) =>
      (b.score ?? -1) - (a.score ?? -1) ||
      a.menteeName.localeCompare(b.menteeName, 'fr') ||
      a.mentorName.localeCompare(b.mentorName, 'fr') ||
      a.menteeId.localeCompare(b.menteeId) ||
      a.mentorId.localeCompare(b.mentorId),
  )
  pairs.forEach((p, i) => {
    if (p.score !== null) p.rank = i + 1
  })
  return { pairs, skipped, unknownLocalities }
}

/**
 * The preview, once the gazetteer is loaded: call it as often as weights move (it runs in a few milliseconds on a
 * handful of people).
 *
 * @example
 * const preview = await loadPreview()
 * preview(draftCriteria, mentees, mentors).pairs[0]
 */
export async function loadPreview(): Promise<
  (criteria: readonly CriterionConfig[], mentees: readonly SamplePerson[], mentors: readonly SamplePerson[]) => PreviewResult
> {
  const gazetteer = await loadBelgianGazetteer()
  return (criteria, mentees, mentors) => rankPairs(criteria, mentees, mentors, (name) => gazetteer.find(name)?.location, new Date())
}
