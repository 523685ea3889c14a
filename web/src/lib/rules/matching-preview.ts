/**
 * The criteria preview's engine: the programme's criteria as they are being edited, run by the matching engine
 * itself (`@binome/matching`) in the browser on a few sample mentees and mentors, so the admin sees how those pairs
 * score and rank as weights move. This module is the web's only door to the engine, and is imported lazily by the
 * Criteria page alone (see `.dependency-cruiser.cjs` and `web/bench/page-weight.test.ts`), so no other page's
 * bundle carries it; the Belgian gazetteer, for distances, is loaded on first use the same way.
 *
 * The criteria and answers become the engine's input with the engine's own mapping (`engineCriteria`,
 * `configuredProfiles`), the one the matching worker uses, so the preview scores as a run would.
 */
import type { CriterionConfig } from '@binome/contracts'
import {
  configuredProfiles, engineCriteria, loadBelgianGazetteer, runMatching, type GeoPoint, type MatchingInput, type MentorProfile,
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
  const how = {
    locate: (locality: string) => {
      const found = locate(locality)
      if (!found) unknown.add(locality)
      return found
    },
    ageOf: (p: SamplePerson) => ageOf(p, today),
  }
  return {
    input: {
      criteria: engineCriteria(criteria),
      mentees: configuredProfiles(mentees, criteria, 'mentee', how),
      // One mentee each, as the preview ranks pairs rather than filling capacities.
      mentors: configuredProfiles(mentors, criteria, 'mentor', how).map((p): MentorProfile => ({ ...p, capacity: 1 })),
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
