import type { ScheduledEvent } from 'aws-lambda'
import type { Deps } from '../shared/deps'
import { sweep, type SweepReport } from './sweep'

/**
 * The scheduled handler's body, shared by the Lambda entry and the local scheduler.
 *
 * @example
 * await scheduledSweep(deps)(scheduledEvent)
 */
export function scheduledSweep(deps: Pick<Deps, 'data' | 'now' | 'logger'>) {
  return async (event: ScheduledEvent): Promise<SweepReport> => {
    deps.logger.info('scheduled sweep', { rule: event.resources?.[0], time: event.time })
    return sweep(deps)
  }
}
