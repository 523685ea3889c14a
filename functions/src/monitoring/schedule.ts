import { MetricUnit } from '@aws-lambda-powertools/metrics'
import type { ScheduledEvent } from 'aws-lambda'
import { metrics, withPowertools } from '../shared/lambda'
import { lazyCognitoDirectory, lazyS3Documents, lazySesMailer } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { scheduledHandlers } from './scheduled'
import { sweepCompletedMetric } from './schedules'

// The sweep erases people past their retention period, with their duos' documents; it mails reminders, digests and
// evaluations through SES (the function may send as MAIL_FROM); an erased person's portal account leaves Cognito.
const deps = depsFromEnv(process.env, {
  documents: lazyS3Documents(process.env), mailer: lazySesMailer(process.env), directory: lazyCognitoDirectory(process.env),
})
const sweep = scheduledHandlers['monitoring/schedule'](deps)

/** The daily monitoring sweep, fired by EventBridge (and by the local scheduler with the same event). */
export const handler = withPowertools(async (event: ScheduledEvent) => {
  const report = await sweep(event)
  // Only a sweep that went through every organisation counts; the "sweep has not run" alarm waits for this.
  metrics.addMetric(sweepCompletedMetric.name, MetricUnit.Count, 1)
  return report
})
