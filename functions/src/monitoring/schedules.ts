/**
 * The platform's schedules, shared by the CDK monitoring stack (EventBridge) and the local scheduler,
 * so that both fire the same handler at the same times.
 *
 * Expressions use EventBridge syntax (`cron(min hour day-of-month month day-of-week year)` in UTC, or `rate(...)`).
 * This module has no imports so that infra can read it without bundling handler code.
 *
 * @example
 * import { schedules } from './schedules'
 * schedules[0].expression // 'cron(0 5 * * ? *)'
 */
export const schedules = [
  {
    /** Daily monitoring sweep: programmes ending soon, drafts past their start date, enrolled mentees waiting for a mentor. */
    name: 'daily-monitoring',
    expression: 'cron(0 5 * * ? *)',
    /** Entry file under functions/src, without extension; its export is `handler`. */
    entry: 'monitoring/schedule',
    description: 'Daily monitoring sweep of every organisation',
    /** Run once when the local demo is first seeded, so that a newcomer's home already holds the day's work. */
    demoFirstPass: true,
  },
  {
    /**
     * Monthly summary to each referring partner of last month's news of the people it referred (issue 10), on the
     * 1st at 06:00 UTC (07:00 or 08:00 in Brussels): each partner, programme and month once.
     */
    name: 'monthly-partner-summary',
    expression: 'cron(0 6 1 * ? *)',
    entry: 'monitoring/partner-summary',
    description: 'Monthly summary e-mail to referring partners',
    /** Not at the demo's start: it is no day's work, and tests count the demo's mails. */
    demoFirstPass: false,
  },
] as const

export type ScheduleDefinition = (typeof schedules)[number]

/**
 * The metric the daily sweep emits when it has gone through every organisation (namespace `Binome`, dimension
 * `service`): the operations stack alarms when a day passes without it.
 */
export const sweepCompletedMetric = { name: 'SweepCompleted', service: 'monitoring-schedule' } as const
