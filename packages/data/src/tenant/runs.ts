import { notFound, type MatchingRun } from '@binome/core'
import { defineTenantEntity, safe } from '../entity'
import { attemptNumber, sequence } from '../keys'
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

/** One mentor a mentee could have instead, with the exact loss of imposing that pair (see the contracts). */
export interface AlternativeRecord {
  mentorId: string
  mentorName: string
  score: number
  scoreLoss: number
  matchedLoss: number
  current: boolean
  explanation: MatchingSuggestionRecord['explanation']
}

/** A mentee's ranked alternatives in one attempt's result, cheapest first; none when the coordinator locked their pair. */
export interface MenteeAlternativesRecord {
  menteeId: string
  menteeName: string
  locked: boolean
  alternatives: AlternativeRecord[]
}

type PageOptions = { limit: number; cursor?: string | undefined }

type Explanation = MatchingSuggestionRecord['explanation']

/**
 * A pair's explanation without the words it read from the people's answers: the readable detail goes, and so do a
 * free-text criterion's shared terms; the other facts are the forms' codes and figures (a sector, a distance), which
 * the review needs and which name nobody.
 */
const scrubExplanation = (e: Explanation): Explanation =>
  e.map((c) => ({ ...c, detail: '', fact: Array.isArray(c.fact.terms) ? { ...c.fact, terms: [] } : c.fact }))

/**
 * The stored results of a run without a person's name or words (their erasure): the suggestion, unmatched line and
 * alternatives that name them keep ids, ranks, scores and losses; null when the item does not name them.
 *
 * @example
 * scrubSuggestion({ rank: 1, menteeId: 'e1', menteeName: 'Amina H.', mentorId: 'm1', ... }, 'e1')?.menteeName // ''
 */
export function scrubSuggestion(s: MatchingSuggestionRecord, personId: string): MatchingSuggestionRecord | null {
  if (s.menteeId !== personId && s.mentorId !== personId) return null
  return {
    ...s, explanation: scrubExplanation(s.explanation),
    ...(s.menteeId === personId && { menteeName: '' }), ...(s.mentorId === personId && { mentorName: '' }),
  }
}

/** An unmatched line without the mentee's name and its message (which may quote the locality they wrote). */
export function scrubUnmatched(u: UnmatchedRecord, personId: string): UnmatchedRecord | null {
  return u.menteeId === personId ? { ...u, menteeName: '', message: '' } : null
}

/** A mentee's alternatives without the erased person: their own name if they are the mentee, else their line as a mentor. */
export function scrubAlternatives(a: MenteeAlternativesRecord, personId: string): MenteeAlternativesRecord | null {
  if (a.menteeId === personId) {
    return { ...a, menteeName: '', alternatives: a.alternatives.map((x) => ({ ...x, explanation: scrubExplanation(x.explanation) })) }
  }
  if (!a.alternatives.some((x) => x.mentorId === personId)) return null
  return {
    ...a,
    alternatives: a.alternatives.map((x) => (x.mentorId === personId ? { ...x, mentorName: '', explanation: scrubExplanation(x.explanation) } : x)),
  }
}

/**
 * A run as stored. Runs written before results had items of their own kept them inline and had no `resultAttempt`:
 * they read as runs without a visible result (their pairs stay in storage; a new run recomputes them). Runs started
 * before programmes had versioned rules read as started under version 1, the first rules a programme has.
 */
function fromStored(raw: MatchingRunRecord & { suggestions?: unknown[]; unmatched?: unknown[] }): MatchingRunRecord {
  const { suggestions: _s, unmatched, ...run } = raw
  return {
    ...run,
    rulesVersion: run.rulesVersion ?? 1,
    resultAttempt: run.resultAttempt ?? null,
    progress: run.progress ?? null,
    losses: run.losses ?? null,
    summary: run.summary && { ...run.summary, unmatched: run.summary.unmatched ?? unmatched?.length ?? 0 },
  }
}

/** `ORG#<orgId>#PROGRAMME#<programmeId>#RUNS` / `RUN#<runId>`. */
export const matchingRunEntity = defineTenantEntity({
  type: 'matching-run',
  partition: (programmeId: string) => `PROGRAMME#${safe(programmeId, 'programmeId')}#RUNS`,
  sort: (runId: string) => `RUN#${safe(runId, 'runId')}`,
  keyOf: (r: MatchingRunRecord) => [[r.programmeId], [r.id]] as const,
  parse: fromStored,
})

/**
 * The partition of the result one attempt of a run wrote. Each attempt writes its own partition and the run names the
 * attempt whose result it shows, so a crash mid-write leaves nothing half-visible. Zero-padded sort keys keep the
 * suggestions in rank order (best score first) and the unmatched mentees in the engine's order.
 */
const resultPartition = (programmeId: string, runId: string, attempt: number) =>
  `PROGRAMME#${safe(programmeId, 'programmeId')}#RUN#${safe(runId, 'runId')}#A${attemptNumber(attempt)}`

/** `ORG#<orgId>#PROGRAMME#<programmeId>#RUN#<runId>#A<attempt>` / `SUGGESTION#<rank>`. */
export const matchingSuggestionEntity = defineTenantEntity({
  type: 'matching-suggestion',
  partition: resultPartition,
  sort: (rank: number) => `SUGGESTION#${sequence(rank)}`,
  // The value does not hold its run, so no `keyOf`: a read checks its type tag and tenant prefix; its partition is
  // the one the run names.
  parse: (s: MatchingSuggestionRecord) => s,
})

/** `ORG#<orgId>#PROGRAMME#<programmeId>#RUN#<runId>#A<attempt>` / `UNMATCHED#<n>`. */
export const matchingUnmatchedEntity = defineTenantEntity({
  type: 'matching-unmatched',
  partition: resultPartition,
  sort: (index: number) => `UNMATCHED#${sequence(index)}`,
  parse: (u: UnmatchedRecord) => u,
})

/**
 * `ORG#<orgId>#PROGRAMME#<programmeId>#RUN#<runId>#A<attempt>` / `ALT#<menteeId>`: one item per mentee, so the
 * alternatives route is one GetItem whatever the run's size.
 */
export const matchingAlternativesEntity = defineTenantEntity({
  type: 'matching-alternatives',
  partition: resultPartition,
  sort: (menteeId: string) => `ALT#${safe(menteeId, 'menteeId')}`,
  parse: (a: MenteeAlternativesRecord) => a,
})

/**
 * Matching runs of a programme: recorded by the API, advanced by the worker. A run's suggestions and unmatched
 * mentees are items of their own under the run (a national run holds tens of thousands; one item holds 400 KB).
 */
export function runsRepo(store: Store, ctx: TenantContext) {
  const runs = matchingRunEntity.in(store, ctx.orgId)
  const suggestions = matchingSuggestionEntity.in(store, ctx.orgId)
  const unmatched = matchingUnmatchedEntity.in(store, ctx.orgId)
  const alternatives = matchingAlternativesEntity.in(store, ctx.orgId)
  const noResult = { items: [], nextCursor: null }
  return {
    async get(programmeId: string, runId: string): Promise<MatchingRunRecord> {
      const r = await runs.get([programmeId], [runId])
      if (!r) throw notFound('matchingRun')
      return r
    },
    page(programmeId: string, opts: PageOptions): Promise<Page<MatchingRunRecord>> {
      return runs.page([programmeId], opts)
    },
    create(r: MatchingRunRecord): Promise<void> {
      return runs.create(r, 'matchingRun')
    },
    replace(r: MatchingRunRecord): Promise<void> {
      return runs.replace(r, 'matchingRun')
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
      const partition: [string, string, number] = [run.programmeId, run.id, attempt]
      await store.putMany([
        ...result.suggestions.map((s) => suggestions.putRequest(partition, [s.rank], s)),
        ...result.unmatched.map((u, i) => unmatched.putRequest(partition, [i], u)),
      ], onProgress)
    },
    /** One page of the run's suggestions, best score first. */
    suggestions(run: MatchingRunRecord, opts: PageOptions): Promise<Page<MatchingSuggestionRecord>> {
      if (run.resultAttempt === null) return Promise.resolve(noResult)
      return suggestions.page([run.programmeId, run.id, run.resultAttempt], { ...opts, skPrefix: 'SUGGESTION#' })
    },
    /**
     * Writes mentees' alternatives under the attempt the run shows (after it completed); writing the same mentee
     * again overwrites its item.
     */
    async writeAlternatives(run: MatchingRunRecord, attempt: number, records: MenteeAlternativesRecord[]): Promise<void> {
      const partition: [string, string, number] = [run.programmeId, run.id, attempt]
      await store.putMany(records.map((a) => alternatives.putRequest(partition, [a.menteeId], a)))
    },
    /** One mentee's alternatives in the run's visible result; null when the run has none for them. */
    async alternativesOf(run: MatchingRunRecord, menteeId: string): Promise<MenteeAlternativesRecord | null> {
      if (run.resultAttempt === null) return null
      return (await alternatives.get([run.programmeId, run.id, run.resultAttempt], [menteeId])) ?? null
    },
    /**
     * Takes a person's name and words from every stored result of the programme's runs (every attempt, shown or
     * not): the runs copied them when they ran. Reads each result once, so it costs a run's size per run; an erasure
     * is rare and the runs of a programme few.
     */
    async erasePerson(programmeId: string, personId: string): Promise<void> {
      for (const run of await runs.all([programmeId])) {
        for (let attempt = 1; attempt <= Math.max(run.attempts, run.resultAttempt ?? 0); attempt++) {
          const partition: [string, string, number] = [programmeId, run.id, attempt]
          const rewrites = [
            ...(await suggestions.all(partition, 'SUGGESTION#')).flatMap((s) => {
              const x = scrubSuggestion(s, personId)
              return x ? [suggestions.putRequest(partition, [x.rank], x)] : []
            }),
            ...(await unmatched.all(partition, 'UNMATCHED#')).flatMap((u, i) => {
              const x = scrubUnmatched(u, personId)
              return x ? [unmatched.putRequest(partition, [i], x)] : []
            }),
            ...(await alternatives.all(partition, 'ALT#')).flatMap((a) => {
              const x = scrubAlternatives(a, personId)
              return x ? [alternatives.putRequest(partition, [a.menteeId], x)] : []
            }),
          ]
          await store.putMany(rewrites)
        }
      }
    },
    /** One page of the mentees the run left unmatched, with the reason. */
    unmatched(run: MatchingRunRecord, opts: PageOptions): Promise<Page<UnmatchedRecord>> {
      if (run.resultAttempt === null) return Promise.resolve(noResult)
      return unmatched.page([run.programmeId, run.id, run.resultAttempt], { ...opts, skPrefix: 'UNMATCHED#' })
    },
  }
}
