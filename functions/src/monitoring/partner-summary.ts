import type { ScheduledEvent } from 'aws-lambda'
import { lazySesMailer } from '../shared/aws-adapters'
import { withPowertools } from '../shared/lambda'
import { depsFromEnv } from '../shared/lambda-deps'
import { scheduledHandlers } from './scheduled'

const deps = depsFromEnv(process.env, { mailer: lazySesMailer(process.env) })
const send = scheduledHandlers['monitoring/partner-summary'](deps)

/** The monthly partner summaries, fired by EventBridge on the 1st (and by the local scheduler with the same event). */
export const handler = withPowertools(async (event: ScheduledEvent) => send(event))
