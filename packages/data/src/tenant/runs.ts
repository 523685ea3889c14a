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
  suggestions?: { menteeId: string; mentorId: string; score: number; explanation: { criterion: string; points: number; detail: string }[] }[]
  unmatched?: { menteeId: string; reason: string }[]
  version: number
}

/** Matching runs of a programme: recorded by the API, advanced by the worker. */
export function runsRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  return {
    async get(programmeId: string, runId: string): Promise<MatchingRunRecord> {
      const r = await store.get<MatchingRunRecord>(keys.run(programmeId, runId))
      if (!r) throw notFound('Matching run')
      return r
    },
    page(programmeId: string, opts: { limit: number; cursor?: string | undefined }) {
      return store.page<MatchingRunRecord>(keys.runsPartition(programmeId), opts)
    },
    create(r: MatchingRunRecord): Promise<void> {
      return store.create(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'The matching run')
    },
    replace(r: MatchingRunRecord): Promise<void> {
      return store.replace(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'The matching run')
    },
  }
}
