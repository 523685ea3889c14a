import { ageOn, displayName, type CriterionConfig, type Person } from '@binome/core'
import type { MatchingSuggestionRecord, MenteeAlternativesRecord, UnmatchedRecord } from '@binome/data'
import {
  alternativeLosses, configuredProfiles, engineCriteria, forgetAlternativeLossCaches, runMatching, type Contribution, type MentorProfile,
  type PairAdjustment, type PairRef,
} from '@binome/matching'
import { createHash } from 'node:crypto'
import { belgianGazetteer } from '../shared/gazetteer'


export interface Suggestions {
  suggestions: MatchingSuggestionRecord[]
  unmatched: UnmatchedRecord[]
  totalScore: number
  ms: number
  /**
   * SHA-256 of the engine's whole input (criteria, profiles, pair rules, objective): the engine is deterministic, so
   * the same digest means the same solution, which lets a later invocation carry on with the alternatives.
   */
  inputDigest: string
  /** Every mentee of the run, suggested pairs first in rank order: the order the worker computes their losses in. */
  menteeIds: string[]
  /** A mentee's ranked alternatives with their exact losses (one search per alternative on the kept solution). */
  alternativesOf(menteeId: string): MenteeAlternativesRecord
  /** Frees what loss computations keep with the result (~50 MB nationally). */
  forget(): void
}

/** The coordinator's pair rules as the engine takes them (see `pairRulesInput`). */
export interface PairInput {
  adjustments?: readonly PairAdjustment[]
  exclusions?: readonly PairRef[]
  locks?: readonly PairRef[]
}

/** Alternatives listed per mentee, each with its exact loss. */
export const ALTERNATIVES_PER_MENTEE = 5

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals
const explanationOf = (contributions: readonly Contribution[]) =>
  contributions.map((c) => ({ criterion: c.criterion, label: c.label, points: Math.round(c.points * 10) / 10, detail: c.detail, fact: { ...c.fact } }))

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
  opts: { objective: 'max-score' | 'max-matched'; minScore: number; day: Date; pairs?: PairInput },
): Promise<Suggestions> {
  const g = await belgianGazetteer()
  const how = { locate: (name: string) => g.find(name)?.location, ageOf: (p: Person) => ageOn(p.birthDate, opts.day) }
  const input = {
    criteria: engineCriteria(criteria),
    mentees: configuredProfiles(mentees, criteria, 'mentee', how),
    mentors: configuredProfiles(mentors, criteria, 'mentor', how).map((p, i): MentorProfile => ({ ...p, capacity: mentors[i]!.capacity ?? 1 })),
    objective: opts.objective,
    minScore: opts.minScore,
    ...opts.pairs,
    topK: ALTERNATIVES_PER_MENTEE,
    // The solver builds the loss index in its last pass (≈0.3 s and 50 MB nationally), so that the worker's loss
    // computations after the run never scan every pair.
    prepareLosses: true,
  } as const
  const result = runMatching(input)
  const inputDigest = createHash('sha256').update(JSON.stringify(input)).digest('hex')
  const locked = new Set((opts.pairs?.locks ?? []).map((l) => l.menteeId))
  const names = new Map([...mentees, ...mentors].map((p) => [p.id, displayName(p)]))
  const nameOf = (id: string) => names.get(id) ?? ''
  const suggestions = result.assignments
    .map((a) => ({
      menteeId: a.menteeId,
      menteeName: nameOf(a.menteeId),
      mentorId: a.mentorId,
      mentorName: nameOf(a.mentorId),
      score: Math.round(a.score * 10) / 10,
      explanation: explanationOf(a.contributions),
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
    inputDigest,
    menteeIds: [...suggestions.map((s) => s.menteeId), ...result.unmatched.map((u) => u.menteeId)],
    alternativesOf(menteeId) {
      const menteeName = nameOf(menteeId)
      if (locked.has(menteeId)) return { menteeId, menteeName, locked: true, alternatives: [] }
      const explained = new Map((result.alternatives[menteeId] ?? []).map((a) => [a.mentorId, a]))
      const alternatives = alternativeLosses(result, menteeId)
        // A loss is a difference of sums of scores: rounding to 0.01 drops float noise (the suggested pair's 1e-13).
        .filter((l) => Number.isFinite(l.scoreLoss))
        .map((l) => ({
          mentorId: l.mentorId, mentorName: nameOf(l.mentorId), score: round(l.score, 1),
          scoreLoss: Math.max(0, round(l.scoreLoss, 2)), matchedLoss: l.matchedLoss, current: l.current,
          explanation: explanationOf(explained.get(l.mentorId)?.contributions ?? []),
        }))
        // Cheapest first: fewer people matched costs more than any score; then score loss, then the better pair.
        .sort((x, y) => x.matchedLoss - y.matchedLoss || x.scoreLoss - y.scoreLoss || Number(y.current) - Number(x.current) || y.score - x.score || x.mentorId.localeCompare(y.mentorId))
      return { menteeId, menteeName, locked: false, alternatives }
    },
    forget: () => forgetAlternativeLossCaches(result),
  }
}
