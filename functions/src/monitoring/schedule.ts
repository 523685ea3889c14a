import type { ScheduledEvent } from 'aws-lambda'
import { withPowertools } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { scheduledSweep } from './scheduled'

const deps = depsFromEnv(process.env)

/** The daily monitoring sweep, fired by EventBridge (and by the local scheduler with the same event). */
export const handler = withPowertools((event: ScheduledEvent) => scheduledSweep(deps)(event))
