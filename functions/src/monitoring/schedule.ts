import type { ScheduledEvent } from 'aws-lambda'
import { withPowertools } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { scheduledHandlers } from './scheduled'

const deps = depsFromEnv(process.env)
const sweep = scheduledHandlers['monitoring/schedule'](deps)

/** The daily monitoring sweep, fired by EventBridge (and by the local scheduler with the same event). */
export const handler = withPowertools((event: ScheduledEvent) => sweep(event))
