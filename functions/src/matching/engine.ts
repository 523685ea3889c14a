import { ageOn, displayName, type CriterionConfig, type Person } from '@binome/core'
import type { MatchingSuggestionRecord, UnmatchedRecord } from '@binome/data'
import { configuredProfiles, engineCriteria, runMatching, type MentorProfile } from '@binome/matching'
import { belgianGazetteer } from '../shared/gazetteer'


export interface Suggestions {
  suggestions: MatchingSuggestionRecord[]
  unmatched: UnmatchedRecord[]
  totalScore: number
  ms: number
}

/**
 * Suggestions for a programme's enrolled people with the matching engine, under the programme's criteria (those of
 * the rules version the run recorded).
 *
 * @example
 * const s = await computeSuggestions(mentees, mentors, rules.criteria, { objective: 'max-score', minScore: 0, day: new Date() })
 */
export async function computeSuggestions(
  mentees: Person[],
  mentors: Person[],
  criteria: readonly CriterionConfig[],
  opts: { objective: 'max-score' | 'max-matched'; minScore: number; day: Date },
): Promise<Suggestions> {
  const g = await belgianGazetteer()
  const how = { locate: (name: string) => g.find(name)?.location, ageOf: (p: Person) => ageOn(p.birthDate, opts.day) }
  const result = runMatching({
    criteria: engineCriteria(criteria),
    mentees: configuredProfiles(mentees, criteria, 'mentee', how),
    mentors: configuredProfiles(mentors, criteria, 'mentor', how).map((p, i): MentorProfile => ({ ...p, capacity: mentors[i]!.capacity ?? 1 })),
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
