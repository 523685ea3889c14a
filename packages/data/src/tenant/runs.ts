import { notFound } from '@binome/core'
import { tenantKeys } from '../keys'
import type { Store } from '../store'
import type { TenantContext } from './context'

export type MatchingRunStatus = 'queued' | 'running' | 'completed' | 'failed'

export interface MatchingRunRecord {
  id: string
  programmeId: string
  status: MatchingRunStatus
  requestedBy: string
  objective: 'max-score' | 'max-matched'
  minScore: number
  createdAt: string
  startedAt: string | null
  completedAt: string | null
  attempts: number
  error: string | null
  summary: { mentees: number; mentors: number; matched: number; totalScore: number; ms: number } | null
  suggestions?: MatchingSuggestionRecord[]
  unmatched?: UnmatchedRecord[]
  version: number
}

/** One suggested pair with each criterion's contribution (`fact` is the engine's language-free finding). */
export interface MatchingSuggestionRecord {
  menteeId: string
  mentorId: string
  score: number
  explanation: { criterion: string; label: string; points: number; detail: string; fact: { kind: string } & Record<string, unknown> }[]
}

export interface UnmatchedRecord {
  menteeId: string
  reason: 'unknown-locality' | 'mandatory-criteria' | 'excluded-by-coordinator' | 'below-min-score' | 'partners-taken' | 'no-mentors'
  message: string
  excludedBy?: Record<string, number>
}

/** Matching runs of a programme: recorded by the API, advanced by the worker. */
export function runsRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    async get(programmeId: string, runId: string): Promise<MatchingRunRecord> {
      const r = await store.get<MatchingRunRecord>(keys.run(programmeId, runId))
      if (!r) throw notFound('matchingRun')
      return r
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined }) {
      return store.page<MatchingRunRecord>(keys.runsPartition(programmeId), opts)
    },
    create(r: MatchingRunRecord): Promise<void> {
      return store.create(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'matchingRun')
    },
    replace(r: MatchingRunRecord): Promise<void> {
      return store.replace(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'matchingRun')
    },
  }
}
