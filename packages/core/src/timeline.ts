/**
 * A person's timeline: every change to their record (who, when, before, after), every stage move with its decision,
 * every interview and note, newest first on the person's page. Entries are written in the same transaction as the
 * change they record, so the timeline never misses or invents one.
 */
import type { Decision, PersonStage, PersonStageEvent } from './pipeline'
import type { Person } from './people'

export const timelineKinds = ['created', 'edited', 'stage', 'interview', 'note', 'consent-withdrawn'] as const
export type TimelineKind = (typeof timelineKinds)[number]

/** Where a person's record came from. */
export const personSources = ['staff', 'application', 'referral', 'import'] as const
export type PersonSource = (typeof personSources)[number]

/** One field's change: its path (`email`, `answers.sector`...) and the values before and after (absent = none). */
export interface FieldChange {
  field: string
  before?: unknown
  after?: unknown
}

export interface TimelineEntry {
  id: string
  orgId: string
  programmeId: string
  personId: string
  at: string
  /** The user who did it; absent for a public application. */
  by?: string
  kind: TimelineKind
  source?: PersonSource
  changes?: FieldChange[]
  stage?: { from: PersonStage; to: PersonStage; event: PersonStageEvent }
  decision?: Decision
  note?: string
}

const identityFields = ['firstName', 'lastName', 'email', 'phone', 'birthDate', 'capacity', 'referredBy'] as const

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The fields an edit changed, identity first then answers by field id; empty when nothing changed.
 *
 * @example
 * personChanges(before, { ...before, phone: '+32 2 555 00 00' }) // [{ field: 'phone', before: undefined, after: '+32 2 555 00 00' }]
 */
export function personChanges(before: Person, after: Person): FieldChange[] {
  const changes: FieldChange[] = []
  const push = (field: string, b: unknown, a: unknown) => {
    if (!same(b, a)) changes.push({ field, ...(b !== undefined && { before: b }), ...(a !== undefined && { after: a }) })
  }
  for (const f of identityFields) push(f, before[f], after[f])
  const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])].sort()
  for (const id of ids) push(`answers.${id}`, before.answers[id], after.answers[id])
  return changes
}
