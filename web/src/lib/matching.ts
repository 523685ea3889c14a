import type { MatchingRun } from '@binome/contracts'
import { api } from './api/endpoints'

/** Whether a run may still change (the screen keeps polling it). @example isUnfinished(run) */
export function isUnfinished(run: Pick<MatchingRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running'
}

/**
 * The names of everyone in a programme, by id, to show suggestions as people rather than ids.
 * Reads every page of the people list (programmes hold tens to a few hundred people).
 *
 * @example
 * const names = await peopleNames('pls', 'p1'); names.get(s.menteeId)
 */
export async function peopleNames(orgId: string, programmeId: string): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  let cursor: string | null = null
  do {
    const page = await api.listPeople(orgId, programmeId, { cursor, limit: 100 })
    for (const p of page.items) names.set(p.id, `${p.firstName} ${p.lastName}`.trim())
    cursor = page.nextCursor
  } while (cursor)
  return names
}
