/**
 * The criteria preview's engine: the programme's criteria as they are being edited, run by the matching engine
 * itself (`@binome/matching`) in the browser on a few sample mentees and mentors, so the admin sees how those pairs
 * score and rank as weights move. This module is the web's only door to the engine, and is imported lazily by the
 * Criteria page alone (see `.dependency-cruiser.cjs` and `web/bench/page-weight.test.ts`), so no other page's
 * bundle carries it; the Belgian gazetteer, for distances, is loaded on first use the same way.
 *
 * The criteria and answers become the engine's input the way the matching worker makes them
 * (`functions/src/matching/engine.ts`: each criterion reads the value under its form field's id, languages by code,
 * yes/no not matched on, `birthDate` as the age, the geographic criterion's locality through the gazetteer), so the
 * preview scores as a run would.
 */
import type { AnswerValue, CriterionConfig } from '@binome/contracts'
import {
  loadBelgianGazetteer, runMatching, type Criterion, type GeoPoint, type MatchingInput, type MenteeProfile, type MentorProfile,
  type ProfileValue,
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
  /** Localities of the samples the gazetteer does not know (distance then unknown). */
  unknownLocalities: string[]
}

/** An answer as the engine reads it: languages by code (levels do not count), yes/no not matched on. */
function engineValue(v: AnswerValue | undefined): ProfileValue | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : x.code))
  return v
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
 * The engine's criteria from the configured ones: each non-geographic criterion reads its mentee field's id on the
 * mentee side and its mentor field's id on the mentor side.
 */
function engineCriteria(criteria: readonly CriterionConfig[]): Criterion[] {
  return criteria.map((c): Criterion => {
    const base = { id: c.id, label: c.label.fr || c.id, weight: c.weight, mandatory: c.mandatory }
    const fields = { field: c.menteeField, mentorField: c.mentorField }
    switch (c.kind) {
      case 'geo':
        return { ...base, kind: 'geo', maxKm: c.maxKm, ...(c.bands && { bands: c.bands }) }
      case 'categorical':
        return { ...base, ...fields, kind: 'categorical', ...(c.similarity && { similarity: c.similarity }) }
      case 'overlap':
        return { ...base, ...fields, kind: 'overlap', ...(c.fullCreditAt !== undefined && { fullCreditAt: c.fullCreditAt }) }
      case 'numeric':
        return { ...base, ...fields, kind: 'numeric', ...(c.tolerance !== undefined && { tolerance: c.tolerance }), ...(c.direction && { direction: c.direction }) }
      case 'text':
        return { ...base, ...fields, kind: 'text', ...(c.fullCreditAt !== undefined && { fullCreditAt: c.fullCreditAt }) }
    }
  })
}

/**
 * The engine's input for the samples.
 *
 * @example
 * const { input } = engineInput(rules.criteria, mentees, mentors, (name) => gazetteer.find(name)?.location, new Date())
 */
export function engineInput(
  criteria: readonly CriterionConfig[],
  mentees: readonly SamplePerson[],
  mentors: readonly SamplePerson[],
  locate: (locality: string) => GeoPoint | undefined,
  today: Date,
): { input: MatchingInput; unknownLocalities: string[] } {
  const unknown = new Set<string>()
  const profiles = (people: readonly SamplePerson[], side: 'mentee' | 'mentor'): MenteeProfile[] => {
    const keyOf = (c: CriterionConfig) => (side === 'mentee' ? c.menteeField : c.mentorField)
    const geo = criteria.find((c) => c.kind === 'geo')
    const geoKey = geo && keyOf(geo)
    const keys = [...new Set(criteria.filter((c) => c.kind !== 'geo').map(keyOf))]
    return people.map((p) => {
      const values: Record<string, ProfileValue> = {}
      for (const key of keys) {
        const v = key === 'birthDate' ? ageOf(p, today) : engineValue(p.answers[key])
        if (v !== undefined) values[key] = v
      }
      const locality = geoKey === undefined ? undefined : p.answers[geoKey]
      const place = typeof locality === 'string' && locality !== '' ? locate(locality) : undefined
      if (typeof locality === 'string' && locality !== '' && !place) unknown.add(locality)
      return { id: p.id, ...(typeof locality === 'string' && { locality }), location: place ?? null, values }
    })
  }
  return {
    input: {
      criteria: engineCriteria(criteria),
      mentees: profiles(mentees, 'mentee'),
      // One mentee each, as the preview ranks pairs rather than filling capacities.
      mentors: profiles(mentors, 'mentor').map((p): MentorProfile => ({ ...p, capacity: 1 })),
      topK: Math.max(1, mentors.length),
      minScore: 0,
      prepareLosses: false,
    },
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
  const { input, unknownLocalities } = engineInput(criteria, mentees, mentors, locate, today)
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
  return { pairs, unknownLocalities }
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
