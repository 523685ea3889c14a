/**
 * A started duo's life as the portal and the staff duo page read it: the month's log with every month's count against
 * the cadence, the action plan, the in-take and the mentee's job-search progress — four reads in parallel, the same
 * for the duo's mentor, its mentee and staff (the API lets each in or not).
 */
import { actionLifecycle, type contactChannels } from '@binome/contracts'
import type { Reply } from '@binome/contracts/routes'
import type { monitoringRoutes } from '@binome/contracts/routes/monitoring'
import { api } from './api/endpoints'

export type LogMonth = Reply<typeof monitoringRoutes.readLog>
export type LogEntry = LogMonth['items'][number]
export type MonthCadence = LogMonth['cadence'][number]
export type ActionPlan = Reply<typeof monitoringRoutes.listActions>
export type ActionItem = ActionPlan['items'][number]
export type Intake = NonNullable<Reply<typeof monitoringRoutes.readIntake>['intake']>
export type Progress = NonNullable<Reply<typeof monitoringRoutes.readProgress>['progress']>
export type ActionEvent = keyof typeof actionLifecycle.transitions

/** The duo whose life is read: its organisation, programme and id. */
export interface DuoRef {
  orgId: string
  programmeId: string
  duoId: string
}

export interface DuoLife {
  log: LogMonth
  plan: ActionPlan
  intake: Intake | null
  progress: Progress | null
}

type F = { fetch?: typeof fetch }

/**
 * Everything of a duo's life at once (this month's log by default).
 *
 * @example
 * const life = await loadDuoLife({ orgId, programmeId, duoId }, undefined, { fetch })
 * life.log.cadence.at(-1) // { month: '2026-12', meetings: 1, expected: 2, ... }
 */
export async function loadDuoLife(ref: DuoRef, month?: string, o: F = {}): Promise<DuoLife> {
  const { orgId, programmeId, duoId } = ref
  const [log, plan, intake, progress] = await Promise.all([
    api.readLog(orgId, programmeId, duoId, month, o),
    api.listActions(orgId, programmeId, duoId, o),
    api.readIntake(orgId, programmeId, duoId, o),
    api.readProgress(orgId, programmeId, duoId, o),
  ])
  return { log, plan, intake: intake.intake, progress: progress.progress }
}

/**
 * The count of the month asked (this month by default) against the cadence, or null before the duo started.
 *
 * @example
 * monthCount(log) // { month: '2026-12', meetings: 2, expected: 2, met: true, ... }
 */
export const monthCount = (log: LogMonth, month = log.month): MonthCadence | null => log.cadence.find((m) => m.month === month) ?? null

/**
 * The events the core's action lifecycle allows from an action's status, in the lifecycle's order.
 *
 * @example
 * eventsFrom('planned') // ['start', 'complete', 'drop']
 */
export const eventsFrom = (status: ActionItem['status']): ActionEvent[] =>
  (Object.keys(actionLifecycle.transitions) as ActionEvent[]).filter((e) => actionLifecycle.allows(status, e))

/**
 * What one logs, as one choice on a phone: a meeting (in person or by video) or a contact (a call, an e-mail, a
 * message). The API takes the kind and the channel apart; a meeting is in person or by video.
 */
export const logChoices = ['in-person', 'video', 'phone', 'email', 'message'] as const satisfies readonly (typeof contactChannels)[number][]
export type LogChoice = (typeof logChoices)[number]
export const kindOf = (choice: LogChoice): 'meeting' | 'contact' => (choice === 'in-person' || choice === 'video' ? 'meeting' : 'contact')
