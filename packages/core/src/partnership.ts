import type { MethodologyTemplateId } from './rules/starting-points'
import { DomainError, notFound, type FieldIssue } from './errors'
import type { MembershipStatus } from './roles'

/**
 * Methodology transfer (seed 000, "Formation au mentorat"): a trainer of a training organisation onboards a partner
 * organisation from a methodology template and follows it with a checklist — tools made available, training on the
 * tools, training on each stage of the method, field follow-up sessions.
 *
 * The partnership lives in the TRAINER's organisation (`ORG#<trainerOrg>#PARTNERS`), never in the partner's: the
 * trainer's access to the partner goes through this record only, and reaches the partner's configuration (organisation
 * and programme settings), never its people.
 */


/** The four kinds of onboarding work (seed 000: "Transfert de méthodologie" then "Suivi individualisé sur le terrain"). */
export const checklistKinds = ['tools', 'tools-training', 'stage-training', 'field-follow-up'] as const
export type ChecklistKind = (typeof checklistKinds)[number]

/** The stages of the method a partner is trained on, one checklist item each. */
export const methodStages = ['recruitment', 'selection', 'matching', 'duo-follow-up', 'closure'] as const
export type MethodStage = (typeof methodStages)[number]

export const checklistStatuses = ['todo', 'planned', 'done'] as const
export type ChecklistStatus = (typeof checklistStatuses)[number]

export interface ChecklistItem {
  /** Stable within the partnership: `tools`, `tools-training`, `stage-<stage>`, `field-<n>`. */
  id: string
  kind: ChecklistKind
  /** The stage of the method, for `stage-training` items only. */
  stage: MethodStage | null
  status: ChecklistStatus
  /** `YYYY-MM-DD` or null. */
  plannedDate: string | null
  doneDate: string | null
  notes: string
}

export interface Partnership {
  /** The training organisation (the partition it is stored under). */
  orgId: string
  /** The partner organisation it onboards. */
  partnerOrgId: string
  /** The partner's name as the trainer created it (the trainer does not read the partner's profile to list it). */
  partnerName: string
  methodologyId: MethodologyTemplateId
  /** The partner's first admin, invited by the trainer: who to contact, not one of the partner's people. */
  adminUserId: string
  adminEmail: string
  adminName: string
  createdBy: string
  createdAt: string
  updatedAt: string
  items: ChecklistItem[]
  version: number
}

export interface PartnershipDraft {
  partnerOrgId: string
  partnerName: string
  methodologyId: MethodologyTemplateId
  admin: { userId: string; email: string; name: string }
}

const item = (id: string, kind: ChecklistKind, stage: MethodStage | null = null): ChecklistItem => ({
  id,
  kind,
  stage,
  status: 'todo',
  plannedDate: null,
  doneDate: null,
  notes: '',
})

/** The checklist every partnership starts with: one item per kind, one per stage, and a first field session. */
export function initialChecklist(): ChecklistItem[] {
  return [
    item('tools', 'tools'),
    item('tools-training', 'tools-training'),
    ...methodStages.map((s) => item(`stage-${s}`, 'stage-training', s)),
    item('field-1', 'field-follow-up'),
  ]
}

/**
 * A new partnership, recorded in the trainer's organisation; ids and time are handed in.
 *
 * @example
 * newPartnership({ partnerOrgId: 'p1', partnerName: 'Asbl X', methodologyId: 'pls-mentoryou', admin }, { orgId: 't1', userId: 'u1', now }).items.length // 8
 */
export function newPartnership(draft: PartnershipDraft, ctx: { orgId: string; userId: string; now: string }): Partnership {
  return {
    orgId: ctx.orgId,
    partnerOrgId: draft.partnerOrgId,
    partnerName: draft.partnerName.trim(),
    methodologyId: draft.methodologyId,
    adminUserId: draft.admin.userId,
    adminEmail: draft.admin.email,
    adminName: draft.admin.name,
    createdBy: ctx.userId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    items: initialChecklist(),
    version: 1,
  }
}

export interface ChecklistItemChanges {
  status?: ChecklistStatus
  plannedDate?: string | null
  doneDate?: string | null
  notes?: string
}

const required = (path: string, message: string): FieldIssue => ({ path, reason: 'required', message })

/**
 * The status and its dates must agree: a planned item has a planned date, a done item a done date. When the status
 * is not given it follows the dates (a done date makes it done, a planned date planned), so a screen that only sets
 * dates keeps a coherent status.
 */
function settle(next: ChecklistItem, statusGiven: boolean): ChecklistItem {
  const status: ChecklistStatus = statusGiven ? next.status : next.doneDate ? 'done' : next.plannedDate ? 'planned' : 'todo'
  const issues: FieldIssue[] = []
  if (status === 'planned' && !next.plannedDate) issues.push(required('plannedDate', 'a planned item needs its planned date'))
  if (status === 'done' && !next.doneDate) issues.push(required('doneDate', 'a done item needs the date it was done'))
  if (status !== 'done' && next.doneDate) {
    issues.push({ path: 'doneDate', reason: 'invalid', message: 'only a done item has a done date' })
  }
  if (issues.length) throw new DomainError('validation', 'The checklist item is not coherent', { details: issues })
  return { ...next, status }
}

/**
 * Changes one checklist item; unknown item → 404 naming the checklist item.
 *
 * @example
 * updateChecklistItem(p, 'tools', { status: 'done', doneDate: '2027-01-10' }, now).items[0].status // 'done'
 */
export function updateChecklistItem(current: Partnership, itemId: string, changes: ChecklistItemChanges, now: string): Partnership {
  const index = current.items.findIndex((i) => i.id === itemId)
  if (index < 0) throw notFound('checklistItem')
  const before = current.items[index]!
  const merged: ChecklistItem = {
    ...before,
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.plannedDate !== undefined && { plannedDate: changes.plannedDate }),
    ...(changes.doneDate !== undefined && { doneDate: changes.doneDate }),
    ...(changes.notes !== undefined && { notes: changes.notes.trim() }),
  }
  const items = current.items.slice()
  items[index] = settle(merged, changes.status !== undefined)
  return { ...current, items, updatedAt: now, version: current.version + 1 }
}

/** How many field follow-up sessions a partnership may hold (a bound on the item's size, far above real use). */
export const maxFieldSessions = 40

/**
 * Adds a field follow-up session (seed 000: "Suivi individualisé sur le terrain"), numbered after the last one.
 *
 * @example
 * addFieldSession(p, { plannedDate: '2027-03-01' }, now).items.at(-1) // { id: 'field-2', status: 'planned', ... }
 */
export function addFieldSession(current: Partnership, draft: { plannedDate?: string | null; notes?: string }, now: string): Partnership {
  const sessions = current.items.filter((i) => i.kind === 'field-follow-up')
  if (sessions.length >= maxFieldSessions) {
    throw new DomainError('too-many-sessions', 'This partnership already has the most field sessions allowed', {
      values: { max: maxFieldSessions },
    })
  }
  const n = Math.max(0, ...sessions.map((i) => Number(i.id.slice('field-'.length)) || 0)) + 1
  const session = settle({ ...item(`field-${n}`, 'field-follow-up'), plannedDate: draft.plannedDate ?? null, notes: draft.notes?.trim() ?? '' }, false)
  return { ...current, items: [...current.items, session], updatedAt: now, version: current.version + 1 }
}

export interface ChecklistProgress {
  done: number
  total: number
}

/** Progress of the onboarding: done items over all items. */
export function checklistProgress(items: readonly ChecklistItem[]): ChecklistProgress {
  return { done: items.filter((i) => i.status === 'done').length, total: items.length }
}

/** The planned item that comes first (earliest planned date, then checklist order), or null. */
export function nextPlannedItem(items: readonly ChecklistItem[]): ChecklistItem | null {
  let next: ChecklistItem | null = null
  for (const i of items) {
    if (i.status === 'planned' && i.plannedDate && (!next || i.plannedDate < next.plannedDate!)) next = i
  }
  return next
}

/** One line of the trainer's overview. */
export interface PartnerSummary {
  partnerOrgId: string
  partnerName: string
  methodologyId: MethodologyTemplateId
  adminName: string
  adminEmail: string
  /** Whether the partner's first admin accepted the invitation; `null` when they no longer belong to it. */
  adminStatus: MembershipStatus | null
  progress: ChecklistProgress
  nextPlanned: Pick<ChecklistItem, 'id' | 'kind' | 'stage' | 'plannedDate'> | null
  createdAt: string
  updatedAt: string
  version: number
}

/**
 * The overview line of a partnership, with its admin's membership status read by the caller.
 *
 * @example
 * summarisePartnership(p, 'invited').progress // { done: 0, total: 8 }
 */
export function summarisePartnership(p: Partnership, adminStatus: MembershipStatus | null): PartnerSummary {
  const next = nextPlannedItem(p.items)
  return {
    partnerOrgId: p.partnerOrgId,
    partnerName: p.partnerName,
    methodologyId: p.methodologyId,
    adminName: p.adminName,
    adminEmail: p.adminEmail,
    adminStatus,
    progress: checklistProgress(p.items),
    nextPlanned: next && { id: next.id, kind: next.kind, stage: next.stage, plannedDate: next.plannedDate },
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
  }
}

/** A partnership as its trainer reads it: the record, its progress and its admin's status. */
export type PartnershipView = Partnership & { progress: ChecklistProgress; adminStatus: MembershipStatus | null }

export function viewPartnership(p: Partnership, adminStatus: MembershipStatus | null): PartnershipView {
  return { ...p, progress: checklistProgress(p.items), adminStatus }
}
