import { DomainError } from './errors'

export const programmeStatuses = ['draft', 'active', 'archived'] as const
export type ProgrammeStatus = (typeof programmeStatuses)[number]

/**
 * A programme of an organisation. How its duos run (durations, cadences, forms, criteria...) is its rules
 * (./rules), versioned apart from the programme itself.
 */
export interface Programme {
  id: string
  orgId: string
  name: string
  description: string
  status: ProgrammeStatus
  startDate: string | null
  endDate: string | null
  createdAt: string
  updatedAt: string
  archivedAt: string | null
  /**
   * The version of the programme's rules in force (a `RulesVersion`, ./rules). Saving the rules moves it without
   * touching `version`, so that a programme form open elsewhere is not made stale by a rules edit.
   */
  rulesVersion: number
  version: number
}

export interface ProgrammeDraft {
  name: string
  description?: string
  status?: 'draft' | 'active'
  startDate?: string | null
  endDate?: string | null
}

export type ProgrammeChanges = Partial<Omit<ProgrammeDraft, 'status'>> & { status?: 'draft' | 'active' }

function checkDates(startDate: string | null, endDate: string | null): void {
  if (startDate && endDate && endDate < startDate) {
    // A rule about two fields together: the reason names the rule, the field issue points at the end date.
    const values = { startDate, endDate }
    throw new DomainError('end-before-start', 'The end date is before the start date', {
      values,
      details: [{ path: 'endDate', reason: 'end-before-start', message: 'must be on or after the start date', values }],
    })
  }
}

/**
 * A new programme from a coordinator's draft; ids and time are handed in (the core has no clock).
 *
 * @example
 * const p = newProgramme({ name: 'MentorYou 2027' }, { id: 'p1', orgId: 'o1', now: '2026-11-21T10:00:00Z' })
 * p.rulesVersion // 1
 */
export function newProgramme(draft: ProgrammeDraft, ctx: { id: string; orgId: string; now: string }): Programme {
  const startDate = draft.startDate ?? null
  const endDate = draft.endDate ?? null
  checkDates(startDate, endDate)
  return {
    id: ctx.id,
    orgId: ctx.orgId,
    name: draft.name.trim(),
    description: draft.description?.trim() ?? '',
    status: draft.status ?? 'draft',
    startDate,
    endDate,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    archivedAt: null,
    // Created together with version 1 of its rules (one transaction in the data layer).
    rulesVersion: 1,
    version: 1,
  }
}

/**
 * Applies a coordinator's changes; an archived programme is read-only.
 *
 * @example
 * updateProgramme(p, { name: 'MentorYou 2028' }, '2026-11-22T10:00:00Z').version // p.version + 1
 */
export function updateProgramme(current: Programme, changes: ProgrammeChanges, now: string): Programme {
  if (current.status === 'archived') {
    throw new DomainError('programme-archived', 'An archived programme cannot be changed')
  }
  const next: Programme = { ...current }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue
    ;(next as unknown as Record<string, unknown>)[key] = typeof value === 'string' && key !== 'startDate' && key !== 'endDate' ? value.trim() : value
  }
  checkDates(next.startDate, next.endDate)
  next.updatedAt = now
  next.version = current.version + 1
  return next
}

/**
 * Archives a programme: it leaves the active lists but keeps its history for reporting.
 *
 * @example
 * archiveProgramme(p, '2026-12-01T00:00:00Z').status // 'archived'
 */
export function archiveProgramme(current: Programme, now: string): Programme {
  if (current.status === 'archived') throw new DomainError('programme-already-archived', 'The programme is already archived')
  return { ...current, status: 'archived', archivedAt: now, updatedAt: now, version: current.version + 1 }
}
