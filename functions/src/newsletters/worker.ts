import { withPowertools } from '../shared/lambda'
import { lazySesMailer } from '../shared/aws-adapters'
import { depsFromEnv } from '../shared/lambda-deps'
import { newslettersWorker } from './send-worker'

/**
 * The newsletters worker Lambda, fed by the newsletters queue's event source (ReportBatchItemFailures): it mails a
 * programme's active mentors through SES, page by page; the onboarding HTTP function only queues the newsletter.
 */
export const handler = withPowertools(newslettersWorker(depsFromEnv(process.env, { mailer: lazySesMailer(process.env) })))
