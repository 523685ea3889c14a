import { notFound, type MatchingRun } from '@binome/core'
import { tenantKeys } from '../keys'
import type { Page, Store } from '../store'
import type { TenantContext } from './context'

/** A matching run as stored (the core's entity). */
export type MatchingRunRecord = MatchingRun

/** One suggested pair with each criterion's contribution (`fact` is the engine's language-free finding). */
export interface MatchingSuggestionRecord {
  /** 1 for the best score of the run. */
  rank: number
  menteeId: string
  menteeName: string
  mentorId: string
  mentorName: string
  score: number
  explanation: { criterion: string; label: string; points: number; detail: string; fact: { kind: string } & Record<string, unknown> }[]
}

export interface UnmatchedRecord {
  menteeId: string
  menteeName: string
  reason: 'unknown-locality' | 'mandatory-criteria' | 'excluded-by-coordinator' | 'below-min-score' | 'partners-taken' | 'no-mentors'
  message: string
  excludedBy?: Record<string, number>
}

type PageOptions = { limit: number; cursor?: string | undefined }

/**
 * A run as stored. Runs written before results had items of their own kept them inline and had no `resultAttempt`:
 * they read as runs without a visible result (their pairs stay in storage; a new run recomputes them).
 */
function fromStored(raw: MatchingRunRecord & { suggestions?: unknown[]; unmatched?: unknown[] }): MatchingRunRecord {
  const { suggestions: _s, unmatched, ...run } = raw
  return {
    ...run,
    resultAttempt: run.resultAttempt ?? null,
    progress: run.progress ?? null,
    summary: run.summary && { ...run.summary, unmatched: run.summary.unmatched ?? unmatched?.length ?? 0 },
  }
}

/**
 * Matching runs of a programme: recorded by the API, advanced by the worker. A run's suggestions and unmatched
 * mentees are items of their own under the run (a national run holds tens of thousands; one item holds 400 KB).
 */
export function runsRepo(store: Store, ctx: TenantContext) {
  const keys = tenantKeys(ctx.orgId)
  const resultPage = async <T>(run: MatchingRunRecord, skPrefix: string, opts: PageOptions): Promise<Page<T>> =>
    run.resultAttempt === null
      ? { items: [], nextCursor: null }
      : store.page<T>(keys.runResultPartition(run.programmeId, run.id, run.resultAttempt), { ...opts, skPrefix })
  return {
    async get(programmeId: string, runId: string): Promise<MatchingRunRecord> {
      const r = await store.get<MatchingRunRecord>(keys.run(programmeId, runId))
      if (!r) throw notFound('matchingRun')
      return fromStored(r)
    },
    async page(programmeId: string, opts: PageOptions): Promise<Page<MatchingRunRecord>> {
      const page = await store.page<MatchingRunRecord>(keys.runsPartition(programmeId), opts)
      return { ...page, items: page.items.map(fromStored) }
    },
    create(r: MatchingRunRecord): Promise<void> {
      return store.create(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'matchingRun')
    },
    replace(r: MatchingRunRecord): Promise<void> {
      return store.replace(keys.run(r.programmeId, r.id), 'matching-run', r, {}, 'matchingRun')
    },
    /**
     * Writes one attempt's result in batches, invisible until the run names `attempt` as its `resultAttempt`.
     * Writing the same attempt again overwrites the same items, so a redelivered message cannot duplicate them.
     */
    async writeResult(
      run: MatchingRunRecord,
      attempt: number,
      result: { suggestions: MatchingSuggestionRecord[]; unmatched: UnmatchedRecord[] },
      onProgress?: (written: number, total: number) => Promise<void> | void,
    ) {
      await store.putMany([
        ...result.suggestions.map((s) => ({ key: keys.runSuggestion(run.programmeId, run.id, attempt, s.rank), type: 'matching-suggestion', value: s })),
        ...result.unmatched.map((u, i) => ({ key: keys.runUnmatched(run.programmeId, run.id, attempt, i), type: 'matching-unmatched', value: u })),
      ], onProgress)
    },
    /** One page of the run's suggestions, best score first. */
    suggestions(run: MatchingRunRecord, opts: PageOptions): Promise<Page<MatchingSuggestionRecord>> {
      return resultPage(run, 'SUGGESTION#', opts)
    },
    /** One page of the mentees the run left unmatched, with the reason. */
    unmatched(run: MatchingRunRecord, opts: PageOptions): Promise<Page<UnmatchedRecord>> {
      return resultPage(run, 'UNMATCHED#', opts)
    },
  }
}
