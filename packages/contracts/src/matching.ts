import * as z from 'zod'
import {
  matchingLossStatuses, matchingObjectives, matchingRunStages, matchingRunStatuses, PAIR_ADJUSTMENT_MAX, PAIR_NOTE_MAX, pairRuleKinds,
  type MatchingRun as MatchingRunEntity, type PairRule as PairRuleEntity,
} from '@binome/core'
import { Id, IsoDateTime, Version, page } from './common'
import { freeText, singleLineText } from './text'
import { lazySchema } from './lazy-schema'

export { matchingLossStatuses, matchingRunStages, matchingRunStatuses, pairRuleKinds, PAIR_ADJUSTMENT_MAX }

/** What a criterion found for a pair, language-free, so the interface can say it in the reader's language. */
export const ContributionFact = /* @__PURE__ */ lazySchema(() => z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('distance'), km: z.number(), maxKm: z.number() }),
  z.object({ kind: z.literal('unknown-locality') }),
  z.object({ kind: z.literal('not-given') }),
  z.object({ kind: z.literal('same'), value: z.string() }),
  z.object({ kind: z.literal('related'), mentee: z.string(), mentor: z.string() }),
  z.object({ kind: z.literal('different'), mentee: z.string(), mentor: z.string() }),
  z.object({ kind: z.literal('common'), values: z.array(z.string()) }),
  z.object({ kind: z.literal('difference'), value: z.number() }),
  z.object({ kind: z.literal('direction-not-met'), mentee: z.number(), mentor: z.number() }),
  z.object({ kind: z.literal('shared-terms'), terms: z.array(z.string()) }),
]))
export type ContributionFact = z.infer<typeof ContributionFact>

export const MatchingContribution = /* @__PURE__ */ lazySchema(() => z.object({
  /** The criterion's id (`geo`, `sector`, ...). */
  criterion: z.string(),
  /** The criterion's name as the programme set it. */
  label: z.string(),
  points: z.number(),
  /** The finding in English (logs, exports); interfaces use `fact`. */
  detail: z.string(),
  fact: ContributionFact,
}))
export type MatchingContribution = z.infer<typeof MatchingContribution>

export const unmatchedReasons = [
  'unknown-locality', 'mandatory-criteria', 'excluded-by-coordinator', 'below-min-score', 'partners-taken', 'no-mentors',
] as const

/** One suggested pair, with the names the review screen shows and each criterion's contribution. */
export const MatchingSuggestion = /* @__PURE__ */ lazySchema(() => z.object({
  /** 1 for the run's best score. */
  rank: z.number().int().min(1),
  menteeId: Id,
  menteeName: z.string(),
  mentorId: Id,
  mentorName: z.string(),
  score: z.number(),
  explanation: z.array(MatchingContribution),
}))
export type MatchingSuggestion = z.infer<typeof MatchingSuggestion>
export const MatchingSuggestionPage = /* @__PURE__ */ lazySchema(() => page(MatchingSuggestion))

/** A mentee the run could not match, and why. */
export const UnmatchedMentee = /* @__PURE__ */ lazySchema(() => z.object({
  menteeId: Id,
  menteeName: z.string(),
  reason: z.enum(unmatchedReasons),
  message: z.string(),
  /** For `mandatory-criteria`: how many mentors each mandatory criterion excluded. */
  excludedBy: z.record(z.string(), z.number()).optional(),
}))
export type UnmatchedMentee = z.infer<typeof UnmatchedMentee>
export const UnmatchedMenteePage = /* @__PURE__ */ lazySchema(() => page(UnmatchedMentee))

/**
 * The part of a programme's pool a run is limited to: people of these localities, of these sectors (the forms' codes),
 * screened by this coordinator. Each part given narrows both mentees and mentors; none given, the whole pool.
 */
export const MatchingPoolFilter = /* @__PURE__ */ lazySchema(() => z.strictObject({
  localities: z.array(singleLineText({ min: 1, max: 100 })).min(1).max(50).optional(),
  sectors: z.array(singleLineText({ min: 1, max: 100 })).min(1).max(50).optional(),
  coordinatorId: Id.optional(),
}))
export type MatchingPoolFilter = z.infer<typeof MatchingPoolFilter>

/** A run as the API shows it; its suggestions and unmatched mentees are read in pages from their own routes. */
export const MatchingRun = /* @__PURE__ */ lazySchema(() => z.object({
  id: Id,
  programmeId: Id,
  status: z.enum(matchingRunStatuses),
  requestedBy: Id,
  objective: z.enum(matchingObjectives),
  minScore: z.number(),
  /** The version of the programme's rules the run was started under (`GET …/rules/versions/{version}`). */
  rulesVersion: z.number().int().min(1),
  /** The part of the pool the run was limited to; null: the whole pool. */
  pool: MatchingPoolFilter.nullable().default(null),
  createdAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  /** While the worker runs: its stage and the overall percentage. */
  progress: z.object({ stage: z.enum(matchingRunStages), percent: z.number().int().min(0).max(100) }).nullable(),
  summary: z
    .object({
      mentees: z.number().int(),
      mentors: z.number().int(),
      matched: z.number().int(),
      unmatched: z.number().int(),
      totalScore: z.number(),
      /** The engine's time. */
      ms: z.number(),
      /** Each stage of the worker, end to end (runs from before these were recorded have none). */
      timings: z.object({ loadMs: z.number(), computeMs: z.number(), writeMs: z.number(), lossesMs: z.number().optional() }).optional(),
      /** Worker invocations the alternatives took (the first and its continuations), once ready. */
      lossesInvocations: z.number().int().min(1).optional(),
    })
    .nullable(),
  /**
   * The mentees' alternatives with their exact losses (`GET …/mentees/{menteeId}/alternatives`): computed once the
   * run is completed, then `ready` (or `partial` if writing them kept failing or the pool changed meanwhile); null before.
   */
  losses: z.enum(matchingLossStatuses).nullable(),
  /** While the losses are computed: mentees whose alternatives are written (`done`) of `total`; null otherwise. */
  lossesProgress: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).nullable().default(null),
}) satisfies z.ZodType<Omit<MatchingRunEntity, 'resultAttempt' | 'version' | 'lossesCursor'> & { lossesProgress: { done: number; total: number } | null }>)
export type MatchingRun = z.infer<typeof MatchingRun>
export const MatchingRunPage = /* @__PURE__ */ lazySchema(() => page(MatchingRun))

export const CreateMatchingRun = /* @__PURE__ */ lazySchema(() => z.strictObject({
  objective: z.enum(matchingObjectives).default('max-score'),
  minScore: z.number().min(0).max(100).default(0),
  /** Limit the run to part of the pool (optional). */
  pool: MatchingPoolFilter.optional(),
}))
export type CreateMatchingRun = z.infer<typeof CreateMatchingRun>

/** One mentor a mentee could have instead, and what choosing them would cost the whole assignment. */
export const MatchingAlternative = /* @__PURE__ */ lazySchema(() => z.object({
  mentorId: Id,
  mentorName: z.string(),
  score: z.number(),
  /**
   * The exact drop of the run's total score if this pair were imposed and the rest re-optimised (0 for the
   * suggested mentor; ≥ 0 otherwise), to 0.01 point.
   */
  scoreLoss: z.number().min(0),
  /** How many fewer mentees would be matched (only under the "most people matched" objective). */
  matchedLoss: z.number().int().min(0),
  /** The mentor the run suggested for this mentee. */
  current: z.boolean(),
  explanation: z.array(MatchingContribution),
}))
export type MatchingAlternative = z.infer<typeof MatchingAlternative>

/**
 * A mentee's ranked alternatives in a run, the cheapest first (the suggested mentor, loss 0, leads when the run
 * matched them). A mentee whose pair the coordinator locked has none: `locked` says so.
 */
export const MenteeAlternatives = /* @__PURE__ */ lazySchema(() => z.object({
  menteeId: Id,
  menteeName: z.string(),
  locked: z.boolean(),
  alternatives: z.array(MatchingAlternative),
}))
export type MenteeAlternatives = z.infer<typeof MenteeAlternatives>

/** A coordinator's rule on one pair of a programme (exclude, lock, or the subjective bonus/malus), applied by every later run. */
export const PairRule = /* @__PURE__ */ lazySchema(() => z.object({
  programmeId: Id,
  menteeId: Id,
  mentorId: Id,
  kind: z.enum(pairRuleKinds),
  /** Score points added or (negative) removed; only for `adjust`. */
  delta: z.number().nullable(),
  note: z.string(),
  /** Who set it last, and when. */
  by: Id,
  at: IsoDateTime,
  version: Version,
}) satisfies z.ZodType<PairRuleEntity>)
export type PairRule = z.infer<typeof PairRule>
export const PairRulePage = /* @__PURE__ */ lazySchema(() => page(PairRule))

/**
 * Sets the rule of a pair: without `version` it must be new (409 `already-exists`), with it it replaces the rule read
 * at that version (409 `stale-version`). `adjust` needs `delta` (±20, not 0) and `note`; the core checks that.
 */
export const SetPairRule = /* @__PURE__ */ lazySchema(() => z.strictObject({
  kind: z.enum(pairRuleKinds),
  delta: z.number().min(-PAIR_ADJUSTMENT_MAX).max(PAIR_ADJUSTMENT_MAX).optional(),
  note: freeText({ max: PAIR_NOTE_MAX }).optional(),
  version: Version.optional(),
}))
export type SetPairRule = z.infer<typeof SetPairRule>
