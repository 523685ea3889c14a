import { defineLifecycle } from '../lifecycle'
import { daysBetween } from './dates'

/**
 * The five kinds of support a mentor gives (seed 004): know-how of the job search, a co-built objective, concrete
 * help (a CV, a contact), morale, and the network. Each action of the plan says which one it is, so that a
 * coordinator sees at a glance what a duo works on.
 */
export const supportKinds = ['technical', 'objective', 'concrete', 'psychological', 'relational'] as const
export type SupportKind = (typeof supportKinds)[number]

/** Who carries an action: one side of the duo, or both together. */
export const actionOwners = ['mentor', 'mentee', 'both'] as const
export type ActionOwner = (typeof actionOwners)[number]

export const actionStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const
export type ActionStatus = (typeof actionStatuses)[number]

/**
 * An action of the plan, from planned to done or dropped; a finished one may be reopened when the duo comes back to
 * it (a second round of applications, an interview to prepare again).
 */
export const actionLifecycle = defineLifecycle({
  entity: 'item',
  states: actionStatuses,
  initial: 'planned',
  transitions: {
    start: { from: ['planned'], to: 'in-progress' },
    complete: { from: ['planned', 'in-progress'], to: 'done' },
    drop: { from: ['planned', 'in-progress'], to: 'dropped' },
    reopen: { from: ['done', 'dropped'], to: 'in-progress' },
  },
})
export type ActionEvent = keyof typeof actionLifecycle.transitions

/** A comment on an action, by either side of the duo or by staff. */
export interface ActionComment {
  at: string
  by: string
  byName: string
  text: string
}

/**
 * One line of the plan d'actions (seed 001: co-built by the duo after the in-take, the reference of every meeting).
 */
export interface ActionItem {
  id: string
  duoId: string
  programmeId: string
  /** The goal it serves, in the duo's words ("Décrocher un stage en comptabilité"). */
  goal: string
  /** What will be done ("Refaire le CV en format belge"). */
  action: string
  support: SupportKind
  owner: ActionOwner
  /** YYYY-MM-DD, or none for an open-ended action. */
  dueDate: string | null
  status: ActionStatus
  comments: ActionComment[]
  createdAt: string
  createdBy: string
  updatedAt: string
  version: number
}

export type ActionDraft = Pick<ActionItem, 'goal' | 'action' | 'support' | 'owner' | 'dueDate'>

/**
 * A new action of a duo's plan, planned.
 *
 * @example
 * newAction({ goal: 'Stage', action: 'CV', support: 'concrete', owner: 'mentee', dueDate: '2027-02-01' },
 *   { id: 'a1', duoId: 'd1', programmeId: 'p1', userId: 'u1', now })
 */
export function newAction(
  draft: ActionDraft,
  ctx: { id: string; duoId: string; programmeId: string; userId: string; now: string },
): ActionItem {
  return {
    id: ctx.id, duoId: ctx.duoId, programmeId: ctx.programmeId,
    goal: draft.goal.trim(), action: draft.action.trim(), support: draft.support, owner: draft.owner, dueDate: draft.dueDate,
    status: actionLifecycle.initial, comments: [], createdAt: ctx.now, createdBy: ctx.userId, updatedAt: ctx.now, version: 1,
  }
}

/**
 * The action after a status event; a 409 naming the current status when the event is not allowed in it.
 *
 * @example
 * moveAction(a, 'complete', now).status // 'done'
 */
export function moveAction(item: ActionItem, event: ActionEvent, now: string): ActionItem {
  return { ...item, status: actionLifecycle.next(item.status, event), updatedAt: now, version: item.version + 1 }
}

/**
 * The action with a comment added at the end.
 *
 * @example
 * commentAction(a, { at: now, by: 'u1', byName: 'Marc', text: 'CV envoyé à 3 cabinets' }).comments.length // 1
 */
export function commentAction(item: ActionItem, comment: ActionComment): ActionItem {
  return { ...item, comments: [...item.comments, { ...comment, text: comment.text.trim() }], updatedAt: comment.at, version: item.version + 1 }
}

/** Whether an action is still to do and past its due date on `today`. */
export const isOverdue = (item: ActionItem, today: string): boolean =>
  (item.status === 'planned' || item.status === 'in-progress') && item.dueDate !== null && daysBetween(item.dueDate, today) > 0

/** What a plan amounts to: how many actions, done, open, overdue, and how many of each kind of support. */
export interface PlanSummary {
  total: number
  done: number
  open: number
  overdue: number
  bySupport: Record<SupportKind, number>
}

/**
 * The plan's summary on `today` (dropped actions count in `total` and in their kind, not as open).
 *
 * @example
 * planSummary(items, '2027-03-01') // { total: 4, done: 1, open: 3, overdue: 1, bySupport: { technical: 1, ... } }
 */
export function planSummary(items: readonly ActionItem[], today: string): PlanSummary {
  const bySupport = Object.fromEntries(supportKinds.map((k) => [k, 0])) as Record<SupportKind, number>
  let done = 0
  let open = 0
  let overdue = 0
  for (const item of items) {
    bySupport[item.support] += 1
    if (item.status === 'done') done += 1
    if (item.status === 'planned' || item.status === 'in-progress') open += 1
    if (isOverdue(item, today)) overdue += 1
  }
  return { total: items.length, done, open, overdue, bySupport }
}
