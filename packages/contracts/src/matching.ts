import { z } from 'zod'
import { Id, IsoDateTime, page } from './common'

export const matchingRunStatuses = ['queued', 'running', 'completed', 'failed'] as const

export const MatchingSuggestion = z.object({
  menteeId: Id,
  mentorId: Id,
  score: z.number(),
  explanation: z.array(z.object({ criterion: z.string(), points: z.number(), detail: z.string() })),
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
  unmatched: z.array(z.object({ menteeId: Id, reason: z.string() })).optional(),
})
export type MatchingRun = z.infer<typeof MatchingRun>
export const MatchingRunPage = page(MatchingRun.omit({ suggestions: true, unmatched: true }))

export const CreateMatchingRun = z.strictObject({
  objective: z.enum(['max-score', 'max-matched']).default('max-score'),
  minScore: z.number().min(0).max(100).default(0),
})
export type CreateMatchingRun = z.infer<typeof CreateMatchingRun>
