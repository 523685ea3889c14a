import type { Objective } from '../solver/types'

/** A point on the globe in decimal degrees (WGS 84). */
export interface GeoPoint {
  readonly lat: number
  readonly lon: number
}

/** One value a criterion reads: a category (text), a set of values, a number, or a free text. */
export type ProfileValue = string | readonly string[] | number

/** What the engine needs to know about a mentee or a mentor. Missing values simply earn no credit. */
export interface PersonProfile {
  readonly id: string
  /** Mentee: home locality; mentor: meeting place. Resolve names with the gazetteer first. */
  readonly location?: GeoPoint | null
  /** Display name of the locality, used in explanations and in "unknown locality" reasons. */
  readonly locality?: string
  /**
   * The person's values by key (e.g. the programme's form field ids: `sector`, `languages`, `path`), each read by
   * the criteria whose `field` (mentee side) or `mentorField` (mentor side) names it. A categorical criterion reads
   * a string, an overlap criterion a list of strings, a numeric criterion a number, a text criterion a string; a
   * value of another type counts as not given.
   */
  readonly values?: Readonly<Record<string, ProfileValue>>
}

export type MenteeProfile = PersonProfile

export interface MentorProfile extends PersonProfile {
  /** How many mentees this mentor can take at once (default 1). */
  readonly capacity?: number
}

interface CriterionBase {
  /** Stable identifier used in explanations, e.g. `geo`, `sector`. */
  readonly id: string
  /** Importance from 0 to 10. */
  readonly weight: number
  /** A pair failing a mandatory criterion is never suggested. */
  readonly mandatory?: boolean
  /** Human label for explanations; defaults to the id. */
  readonly label?: string
}

/** Distance between mentee home and mentor meeting place. Mandatory means "within maxKm". */
export interface GeoCriterion extends CriterionBase {
  readonly kind: 'geo'
  readonly maxKm: number
  /** Optional preference bands, e.g. [{ maxKm: 5, credit: 1 }, { maxKm: 10, credit: 0.6 }]; default linear decay. */
  readonly bands?: ReadonlyArray<{ readonly maxKm: number; readonly credit: number }>
}

/** Where a criterion reads its value on each side. */
interface FieldCriterion extends CriterionBase {
  /** Key in the mentee's `values`. */
  readonly field: string
  /** Key in the mentor's `values` (default: same as `field`). */
  readonly mentorField?: string
}

/** Same category (sector, function...), with partial credit for related values from an editable similarity table. */
export interface CategoricalCriterion extends FieldCriterion {
  readonly kind: 'categorical'
  /** similarity[a][b] in [0, 1]; symmetric lookup; equal values always score 1. */
  readonly similarity?: Readonly<Record<string, Readonly<Record<string, number>>>>
}

/** Shared values in a multi-valued field (languages, hobbies). */
export interface OverlapCriterion extends FieldCriterion {
  readonly kind: 'overlap'
  /** Number of shared values that earns full credit (default 1). */
  readonly fullCreditAt?: number
}

/** Closeness of a number (age), with a tolerance, and/or a direction such as "mentor older than mentee". */
export interface NumericCriterion extends FieldCriterion {
  readonly kind: 'numeric'
  /** Difference at which credit reaches 0 (linear); omit to give full credit whenever the direction holds. */
  readonly tolerance?: number
  readonly direction?: 'any' | 'mentor-older' | 'mentor-younger'
}

/** Term overlap between free texts (expectations, motivation, path), accent- and stopword-aware for French. */
export interface TextCriterion extends FieldCriterion {
  readonly kind: 'text'
  /** Number of shared terms that earns full credit (default 3). */
  readonly fullCreditAt?: number
}

export type Criterion = GeoCriterion | CategoricalCriterion | OverlapCriterion | NumericCriterion | TextCriterion

/** The coordinator's judgement on one pair: a bonus or malus in score points, with a note. */
export interface PairAdjustment {
  readonly menteeId: string
  readonly mentorId: string
  readonly delta: number
  readonly note?: string
}

export interface PairRef {
  readonly menteeId: string
  readonly mentorId: string
}

/** Everything {@link runMatching} needs. */
export interface MatchingInput {
  readonly criteria: readonly Criterion[]
  readonly mentees: readonly MenteeProfile[]
  readonly mentors: readonly MentorProfile[]
  readonly adjustments?: readonly PairAdjustment[]
  /** Refused or failed pairs: never proposed again. */
  readonly exclusions?: readonly PairRef[]
  /** Pairs fixed before the rest is solved. */
  readonly locks?: readonly PairRef[]
  readonly objective?: Objective
  /** Pairs scoring below this are not acceptable (default 0). */
  readonly minScore?: number
  /** Alternatives listed per mentee (default 5). */
  readonly topK?: number
  /**
   * Index the optimal solution's short residual arcs inside the solver's final dual check (default true; about
   * 0.2 s and ~50 MB on a national pool), so that the first `alternativeLosses` request is as fast as the later
   * ones. With false, a caller that never asks for losses saves that; the first request then builds the index
   * itself, 0.6–0.7 s nationally. Same figures either way.
   */
  readonly prepareLosses?: boolean
}

/** One criterion's part of a pair's score. */
export interface Contribution {
  readonly criterion: string
  readonly label: string
  /** Points out of 100 this criterion contributed. */
  readonly points: number
  /** Human-readable detail in English, e.g. "9.2 km", "same sector", "nothing in common" (logs, CLI). */
  readonly detail: string
  /** The same finding as data, so that an interface can say it in its own language. */
  readonly fact: ContributionFact
}

/**
 * What a criterion found for a pair, language-free. `mentee` / `mentor` are the two sides' values.
 * An empty `values` or `terms` list means nothing in common.
 */
export type ContributionFact =
  | { readonly kind: 'distance'; readonly km: number; readonly maxKm: number }
  | { readonly kind: 'unknown-locality' }
  | { readonly kind: 'not-given' }
  | { readonly kind: 'same'; readonly value: string }
  | { readonly kind: 'related'; readonly mentee: string; readonly mentor: string }
  | { readonly kind: 'different'; readonly mentee: string; readonly mentor: string }
  | { readonly kind: 'common'; readonly values: readonly string[] }
  | { readonly kind: 'difference'; readonly value: number }
  | { readonly kind: 'direction-not-met'; readonly mentee: number; readonly mentor: number }
  | { readonly kind: 'shared-terms'; readonly terms: readonly string[] }

export interface ScoreExplanation {
  readonly mentorId: string
  /** Final score after the coordinator's adjustment, clamped to 0–100 (unrounded; contributions are rounded to 0.1). */
  readonly score: number
  readonly contributions: readonly Contribution[]
  readonly adjustment?: { readonly delta: number; readonly note?: string }
}

export interface Assignment extends ScoreExplanation {
  readonly menteeId: string
  readonly locked: boolean
}

export type UnmatchedReason =
  | 'unknown-locality'
  | 'mandatory-criteria'
  | 'excluded-by-coordinator'
  | 'below-min-score'
  | 'partners-taken'
  | 'no-mentors'

export interface UnmatchedMentee {
  readonly menteeId: string
  readonly reason: UnmatchedReason
  readonly message: string
  /** For `mandatory-criteria`: how many mentors each mandatory criterion excluded. */
  readonly excludedBy?: Readonly<Record<string, number>>
}

export interface MatchingResult {
  readonly objective: Objective
  readonly assignments: readonly Assignment[]
  readonly unmatched: readonly UnmatchedMentee[]
  /** Mentor ids with capacity left after the assignment. */
  readonly mentorsWithCapacityLeft: readonly string[]
  /** Top-k acceptable mentors per mentee id, best first (ties by mentor id). */
  readonly alternatives: Readonly<Record<string, readonly ScoreExplanation[]>>
  readonly totalScore: number
  readonly stats: {
    readonly candidatePairs: number
    readonly acceptablePairs: number
    readonly solverRounds: number
    readonly ms: { readonly scoring: number; readonly solving: number; readonly alternatives: number; readonly total: number }
  }
}

/** Loss of the objective if a mentee were given a particular mentor instead of the suggested one. */
export interface AlternativeLoss {
  readonly mentorId: string
  readonly score: number
  /** Drop in total score of the whole optimal assignment when this pair is forced (≥ 0). */
  readonly scoreLoss: number
  /** Drop in the number of matched mentees (non-zero only under the max-matched objective). */
  readonly matchedLoss: number
  readonly current: boolean
}
