import * as z from 'zod'
import { Id, IsoDateTime, page } from './common'

export const matchingRunStatuses = ['queued', 'running', 'completed', 'failed'] as const

/** What a criterion found for a pair, language-free, so the interface can say it in the reader's language. */
export const ContributionFact = z.discriminatedUnion('kind', [
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
])
export type ContributionFact = z.infer<typeof ContributionFact>

export const MatchingContribution = z.object({
  /** The criterion's id (`geo`, `sector`, ...). */
  criterion: z.string(),
  /** The criterion's name as the programme set it. */
  label: z.string(),
  points: z.number(),
  /** The finding in English (logs, exports); interfaces use `fact`. */
  detail: z.string(),
  fact: ContributionFact,
})
export type MatchingContribution = z.infer<typeof MatchingContribution>

export const unmatchedReasons = [
  'unknown-locality', 'mandatory-criteria', 'excluded-by-coordinator', 'below-min-score', 'partners-taken', 'no-mentors',
] as const

export const MatchingSuggestion = z.object({
  menteeId: Id,
  mentorId: Id,
  score: z.number(),
  explanation: z.array(MatchingContribution),
})

export const MatchingRun = z.object({
  id: Id,
  programmeId: Id,
  status: z.enum(matchingRunStatuses),
  requestedBy: Id,
  createdAt: IsoDateTime,
  startedAt: IsoDateTime.nullable(),
  completedAt: IsoDateTime.nullable(),
  attempts: z.number().int(),
  error: z.string().nullable(),
  summary: z
    .object({
      mentees: z.number().int(),
      mentors: z.number().int(),
      matched: z.number().int(),
      totalScore: z.number(),
      ms: z.number(),
    })
    .nullable(),
  suggestions: z.array(MatchingSuggestion).optional(),
  unmatched: z
    .array(
      z.object({
        menteeId: Id,
        reason: z.enum(unmatchedReasons),
        message: z.string(),
        /** For `mandatory-criteria`: how many mentors each mandatory criterion excluded. */
        excludedBy: z.record(z.string(), z.number()).optional(),
      }),
    )
    .optional(),
})
export type MatchingRun = z.infer<typeof MatchingRun>
export const MatchingRunPage = page(MatchingRun.omit({ suggestions: true, unmatched: true }))

export const CreateMatchingRun = z.strictObject({
  objective: z.enum(['max-score', 'max-matched']).default('max-score'),
  minScore: z.number().min(0).max(100).default(0),
})
export type CreateMatchingRun = z.infer<typeof CreateMatchingRun>
