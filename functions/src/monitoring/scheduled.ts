import type { ScheduledEvent } from 'aws-lambda'
import type { Deps } from '../shared/deps'
import type { ScheduleDefinition } from './schedules'
import { sweep, type SweepReport } from './sweep'
import { scheduledPartnerSummaries } from './partner-summaries'

/**
 * The scheduled handler's body, shared by the Lambda entry and the local scheduler.
 *
 * @example
 * await scheduledSweep(deps)(scheduledEvent)
 */
export function scheduledSweep(deps: Pick<Deps, 'data' | 'now' | 'newId' | 'logger' | 'documents' | 'mailer' | 'appUrl' | 'directory'>) {
  return async (event: ScheduledEvent): Promise<SweepReport> => {
    deps.logger.info('scheduled sweep', { rule: event.resources?.[0], time: event.time })
    return sweep(deps)
  }
}

/** Builds a scheduled handler's body from the platform's dependencies. */
export type ScheduledHandlerFactory = (deps: Deps) => (event: ScheduledEvent) => Promise<unknown>

/**
 * The handler of each schedule entry (the entry file under functions/src that CDK bundles for that schedule).
 * Typed by the entries of `schedules`, so a schedule whose entry has no handler here does not compile.
 */
export const scheduledHandlers: Record<ScheduleDefinition['entry'], ScheduledHandlerFactory> = {
  'monitoring/schedule': scheduledSweep,
  'monitoring/partner-summary': scheduledPartnerSummaries,
}

/** What the local scheduler needs to fire one schedule. */
export interface ScheduleTarget {
  name: string
  expression: string
  handler: (event: ScheduledEvent) => Promise<void>
}

/**
 * Pairs each schedule with the handler its entry names, as EventBridge invokes the function built from that entry.
 * Throws when an entry has no handler, so a schedule can never silently run someone else's code.
 *
 * @example
 * startScheduler(scheduleTargets(schedules, scheduledHandlers, deps))
 */
export function scheduleTargets(
  definitions: ReadonlyArray<{ name: string; expression: string; entry: string }>,
  handlers: Readonly<Record<string, ScheduledHandlerFactory>>,
  deps: Deps,
): ScheduleTarget[] {
  return definitions.map((definition) => {
    const factory = Object.hasOwn(handlers, definition.entry) ? handlers[definition.entry] : undefined
    if (!factory) throw new Error(`schedule "${definition.name}": no handler for entry "${definition.entry}"`)
    const handle = factory(deps)
    return { name: definition.name, expression: definition.expression, handler: async (event) => { await handle(event) } }
  })
}
