/**
 * What the screens count and summarise from the API's answers: a programme's people by stage, its latest
 * and recently finished matching runs, and the sources of a coordinator's day of work, each loaded or failed.
 */
import { personStages, screeningStages, type PersonStage } from '@binome/contracts/vocabulary'
import type { Alert, Programme } from '@binome/contracts'
import type { MatchingRun } from '@binome/contracts'
import type { Page } from './api/endpoints'
import { allowed } from './permissions'

/** The API lists are paged; counting needs every page. Bounded, because a screen must not loop forever. */
export const MAX_PAGES = 50

/**
 * Every item of a paged list (at most `MAX_PAGES` pages of 100).
 *
 * @example
 * const runs = await allItems((cursor) => api.listRuns(orgId, programmeId, { cursor, limit: 100 }, { fetch }))
 */
export async function allItems<T>(fetchPage: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = []
  let cursor: string | null = null
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Page<T> = await fetchPage(cursor)
    items.push(...page.items)
    cursor = page.nextCursor
    if (!cursor) break
  }
  return items
}

/** How many people at each stage, as `countPeopleByStage` answers. */
export type StageCounts = Partial<Record<PersonStage, number>>

/** Everyone counted. @example stageTotal({ applied: 3, ready: 12 }) // 15 */
export function stageTotal(counts: StageCounts): number {
  return personStages.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
}

/**
 * The people a coordinator still has to decide on: applied, informed or interviewed.
 *
 * @example
 * waitingForDecision({ applied: 2, informed: 1, interviewed: 1, accepted: 5 }) // 4
 */
export function waitingForDecision(counts: StageCounts): number {
  return screeningStages.reduce((sum, s) => sum + (counts[s] ?? 0), 0)
}

/** When a run last changed state: finished, else started, else asked for. */
export function runMoment(run: Pick<MatchingRun, 'createdAt' | 'startedAt' | 'completedAt'>): string {
  return run.completedAt ?? run.startedAt ?? run.createdAt
}

/** The most recently asked-for run (run ids are random, so the list's order says nothing). */
export function latestRun<R extends Pick<MatchingRun, 'createdAt'>>(runs: readonly R[]): R | undefined {
  return runs.reduce<R | undefined>((best, r) => (!best || r.createdAt > best.createdAt ? r : best), undefined)
}

/** How far back a finished or failed run still counts as news on the home page. */
export const RECENT_RUN_DAYS = 7

/** Runs that finished or failed in the last `RECENT_RUN_DAYS` days, newest first. */
export function recentlyFinished<R extends MatchingRun>(runs: readonly R[], now: Date): R[] {
  const since = new Date(now.getTime() - RECENT_RUN_DAYS * 86_400_000).toISOString()
  return runs
    .filter((r) => (r.status === 'completed' || r.status === 'failed') && runMoment(r) >= since)
    .sort((a, b) => runMoment(b).localeCompare(runMoment(a)))
}

/** A source of the home page: loaded, or failed (the page says so instead of pretending there is nothing). */
export type Loaded<T> = { ok: true; value: T } | { ok: false }

/** Whether "nothing to do" is true: every source loaded and every one empty. */
export function nothingToDo(sources: readonly Loaded<readonly unknown[]>[]): boolean {
  return sources.every((s) => s.ok && s.value.length === 0)
}

export type ProgrammeRef = Pick<Programme, 'id' | 'name'>

/** The day's work of a coordinator (and of the other staff roles that can act on it), source by source. */
export interface DayWork {
  /** When the daily sweep last went through the organisation; null before its first sweep. */
  sweep: Loaded<{ date: string; ranAt: string } | null>
  /** The alerts of the last sweep (older sweeps' alerts are history, not today's work). */
  alerts: Loaded<Alert[]>
  /** Runs finished or failed lately, each with its programme. */
  runs: Loaded<{ programme: ProgrammeRef; run: MatchingRun }[]>
  /** Programmes with people waiting for a decision (applied, informed or interviewed). */
  waiting: Loaded<{ programme: ProgrammeRef; applicants: number }[]>
}

/** Whether a role gets the day's work on its home: it must be able to read what the lines lead to. */
export function seesDayWork(role: Parameters<typeof allowed>[0]): boolean {
  return allowed(role, 'monitoring.read') && allowed(role, 'people.read') && allowed(role, 'matching.read')
}

/**
 * Whether the home may say "nothing to do": the sweep has run (otherwise today's alerts are unknown), and every
 * source loaded and came back empty.
 */
export function dayWorkIsEmpty(d: DayWork): boolean {
  return d.sweep.ok && d.sweep.value !== null && nothingToDo([d.alerts, d.runs, d.waiting])
}

/** Whether the last sweep is older than yesterday (UTC): the schedule may have stopped, and the home says so. */
export function sweepIsLate(sweepDate: string, now: Date): boolean {
  const yesterday = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10)
  return sweepDate < yesterday
}
