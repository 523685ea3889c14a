import { ageOn, displayName, identitySources, type AnswerValue, type CriterionConfig, type Person } from '@binome/core'
import type { MatchingSuggestionRecord, UnmatchedRecord } from '@binome/data'
import { runMatching, type Criterion, type Gazetteer, type MenteeProfile, type MentorProfile, type ProfileValue } from '@binome/matching'
import { belgianGazetteer } from '../shared/gazetteer'


/**
 * The engine's criteria from a programme's configured ones. Every non-geographic criterion reads the value under its
 * form field's id (`field` on the mentee side, `mentorField` on the mentor side), which {@link profiles} fills in.
 * Explanations carry the French label: the web names criteria from the rules in the reader's language.
 *
 * @example
 * engineCriteria(rules.criteria) // [{ id: 'geo', kind: 'geo', maxKm: 25, ... }, { id: 'sector', kind: 'categorical', field: 'sector', ... }]
 */
export function engineCriteria(criteria: readonly CriterionConfig[]): Criterion[] {
  return criteria.map((c): Criterion => {
    const base = { id: c.id, label: c.label.fr, weight: c.weight, mandatory: c.mandatory }
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

/** An answer as the engine reads it: languages by code (levels do not count for overlap), yes/no not matched on. */
function engineValue(v: AnswerValue | undefined): ProfileValue | undefined {
  if (v === undefined || typeof v === 'boolean') return undefined
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x : x.code))
  return v
}

const isIdentitySource = (key: string) => (identitySources as readonly string[]).includes(key)

/**
 * The engine's profiles of one side: the location from the answer feeding the geographic criterion (resolved with the
 * gazetteer), and the answers each other criterion reads, by field id; `birthDate` becomes the age on `day`.
 *
 * @example
 * profiles(mentees, rules.criteria, 'mentee', gazetteer, new Date())
 */
export function profiles(people: readonly Person[], criteria: readonly CriterionConfig[], side: 'mentee' | 'mentor', g: Gazetteer, day: Date): MenteeProfile[] {
  const keyOf = (c: CriterionConfig) => (side === 'mentee' ? c.menteeField : c.mentorField)
  const geo = criteria.find((c) => c.kind === 'geo')
  const geoKey = geo && keyOf(geo)
  const keys = [...new Set(criteria.filter((c) => c.kind !== 'geo').map(keyOf))]
  return people.map((p) => {
    const values: Record<string, ProfileValue> = {}
    for (const key of keys) {
      const v = isIdentitySource(key) ? ageOn(p.birthDate, day) : engineValue(p.answers[key])
      if (v !== undefined) values[key] = v
    }
    const locality = geoKey === undefined ? undefined : p.answers[geoKey]
    const place = typeof locality === 'string' && locality !== '' ? g.find(locality) : undefined
    return {
      id: p.id,
      ...(typeof locality === 'string' && { locality }),
      location: place ? place.location : null,
      values,
    }
  })
}

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
  const result = runMatching({
    criteria: engineCriteria(criteria),
    mentees: profiles(mentees, criteria, 'mentee', g, opts.day),
    mentors: profiles(mentors, criteria, 'mentor', g, opts.day).map((p, i): MentorProfile => ({ ...p, capacity: mentors[i]!.capacity ?? 1 })),
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
