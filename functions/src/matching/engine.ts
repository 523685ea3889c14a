import { displayName, type Person } from '@binome/core'
import type { MatchingSuggestionRecord, UnmatchedRecord } from '@binome/data'
import { loadBelgianGazetteer, runMatching, type Criterion, type Gazetteer, type MenteeProfile, type MentorProfile } from '@binome/matching'

/**
 * The programme's matching criteria. Until tenant admins edit them (a later issue), every programme uses the
 * nine objective criteria of the seeds (PLS: geographic accessibility mandatory, sector, function, path, age,
 * language, expectations, hobbies, motivation).
 */
export const defaultCriteria: Criterion[] = [
  { id: 'geo', kind: 'geo', label: 'Accessibilité géographique', weight: 10, mandatory: true, maxKm: 25, bands: [{ maxKm: 5, credit: 1 }, { maxKm: 10, credit: 0.8 }, { maxKm: 25, credit: 0.4 }] },
  { id: 'sector', kind: 'categorical', label: "Secteur d'activités", field: 'sector', weight: 9 },
  { id: 'function', kind: 'categorical', label: 'Fonction', field: 'function', weight: 5 },
  { id: 'languages', kind: 'overlap', label: 'Langue', field: 'languages', weight: 6, fullCreditAt: 2 },
  { id: 'hobbies', kind: 'overlap', label: 'Hobbies', field: 'hobbies', weight: 3 },
  { id: 'age', kind: 'numeric', label: 'Âge', field: 'age', weight: 2, direction: 'mentor-older', tolerance: 30 },
  { id: 'expectations', kind: 'text', label: 'Attentes', menteeText: 'expectations', weight: 4 },
  { id: 'motivation', kind: 'text', label: 'Motivation', menteeText: 'motivation', weight: 3 },
  { id: 'path', kind: 'text', label: 'Parcours', menteeText: 'path', weight: 3 },
]

let gazetteer: Promise<Gazetteer> | undefined

function profile(p: Person, g: Gazetteer, year: number): MenteeProfile {
  const place = g.find(p.locality)
  return {
    id: p.id,
    location: place ? place.location : null,
    locality: p.locality,
    sector: p.sector,
    function: p.function,
    languages: p.languages,
    hobbies: p.hobbies,
    age: year - p.birthYear,
    texts: { expectations: p.expectations, motivation: p.motivation, path: p.path },
  }
}

export interface Suggestions {
  suggestions: MatchingSuggestionRecord[]
  unmatched: UnmatchedRecord[]
  totalScore: number
  ms: number
}

/**
 * Suggestions for a programme's enrolled people with the matching engine.
 *
 * @example
 * const s = await computeSuggestions(mentees, mentors, { objective: 'max-score', minScore: 0, year: 2026 })
 */
export async function computeSuggestions(
  mentees: Person[],
  mentors: Person[],
  opts: { objective: 'max-score' | 'max-matched'; minScore: number; year: number },
): Promise<Suggestions> {
  gazetteer ??= loadBelgianGazetteer()
  const g = await gazetteer
  const result = runMatching({
    criteria: defaultCriteria,
    mentees: mentees.map((p) => profile(p, g, opts.year)),
    mentors: mentors.map((p): MentorProfile => ({ ...profile(p, g, opts.year), capacity: p.capacity ?? 1 })),
    objective: opts.objective,
    minScore: opts.minScore,
    topK: 3,
    // The worker stores suggestions only; the loss index (≈0.3 s and 50 MB at national scale) serves on-demand
    // alternative losses, which no route offers yet.
    prepareLosses: false,
  })
  const names = new Map([...mentees, ...mentors].map((p) => [p.id, displayName(p)]))
  const nameOf = (id: string) => names.get(id) ?? ''
  const suggestions = result.assignments
    .map((a) => ({
      menteeId: a.menteeId,
      menteeName: nameOf(a.menteeId),
      mentorId: a.mentorId,
      mentorName: nameOf(a.mentorId),
      score: Math.round(a.score * 10) / 10,
      explanation: a.contributions.map((c) => ({ criterion: c.criterion, label: c.label, points: Math.round(c.points * 10) / 10, detail: c.detail, fact: { ...c.fact } })),
    }))
    // Best first for the review; ties by mentee name so that the order is the same on every read.
    .sort((x, y) => y.score - x.score || x.menteeName.localeCompare(y.menteeName, 'fr') || x.menteeId.localeCompare(y.menteeId))
    .map((s, i) => ({ rank: i + 1, ...s }))
  return {
    suggestions,
    unmatched: result.unmatched.map((u) => ({
      menteeId: u.menteeId, menteeName: nameOf(u.menteeId), reason: u.reason, message: u.message, ...(u.excludedBy && { excludedBy: { ...u.excludedBy } }),
    })),
    totalScore: Math.round(result.totalScore * 10) / 10,
    ms: Math.round(result.stats.ms.total),
  }
}
