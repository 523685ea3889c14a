/**
 * The local EventBridge: fires each schedule's handler at the expression's occurrences with the event
 * EventBridge sends to a Lambda target ("Scheduled Event"). Errors in a handler are logged, never thrown.
 */
import { randomUUID } from 'node:crypto'
import type { Context, ScheduledEvent } from 'aws-lambda'
import { createLambdaContext } from './lambda-context'
import { LOCAL_ACCOUNT_ID, LOCAL_AWS_REGION } from './local-aws'
import { nextOccurrence, parseScheduleExpression, type ScheduleExpression } from './schedule-expression'

export type ScheduleHandler = (event: ScheduledEvent, context: Context) => unknown

export interface ScheduleEntry {
  /** The rule name; also the local function name given to the handler's context. */
  name: string
  /** `cron(...)` (UTC) or `rate(...)`, EventBridge syntax. */
  expression: string
  handler: ScheduleHandler
  /** The target function's timeout, for `context.getRemainingTimeInMillis()` (default 300). */
  timeoutSeconds?: number
}

export interface SchedulerLogger {
  info?(message: string): void
  error(message: string, error?: unknown): void
}

export interface SchedulerOptions {
  /** The clock occurrences are computed from (default: the system clock). */
  now?: () => Date
  logger?: SchedulerLogger
}

export interface ScheduleRun {
  name: string
  event: ScheduledEvent
  ok: boolean
  error?: unknown
  durationMs: number
}

export interface Scheduler {
  /**
   * Fires a schedule now (the event's time is now) and resolves when its handler is done, even when it
   * failed (the error is logged; see {@link Scheduler.lastRun}). Rejects only for an unknown name.
   */
  runNow(name: string): Promise<void>
  /** How the schedule's latest run (timed or on demand) ended, once it has ended. */
  lastRun(name: string): ScheduleRun | undefined
  /** When each schedule fires next (null: no future occurrence). */
  nextRuns(): Array<{ name: string; at: Date | null }>
  /** Cancels all future occurrences; resolves once handlers already running are done. */
  stop(): Promise<void>
}

/** setTimeout's ceiling (about 24.8 days); longer waits are done in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * Validates every schedule, then arms a timer for each.
 *
 * @example
 * const scheduler = startScheduler([{ name: 'daily-monitoring', expression: 'cron(0 5 * * ? *)', handler }])
 * await scheduler.runNow('daily-monitoring')
 * await scheduler.stop()
 */
export function startScheduler(entries: ScheduleEntry[], options: SchedulerOptions = {}): Scheduler {
  const now = options.now ?? (() => new Date())
  const logger = options.logger ?? { info: (m: string) => console.info(m), error: (m: string, e?: unknown) => console.error(m, e) }
  const schedules = new Map<string, { entry: ScheduleEntry; expression: ScheduleExpression; next: Date | null; timer?: NodeJS.Timeout }>()
  for (const [index, entry] of entries.entries()) {
    if (!entry || typeof entry.name !== 'string' || entry.name === '') throw new Error(`startScheduler: entries[${index}].name is required`)
    if (schedules.has(entry.name)) throw new Error(`startScheduler: entries[${index}].name "${entry.name}" is used twice`)
    if (typeof entry.handler !== 'function') throw new Error(`startScheduler: entries[${index}].handler (${entry.name}) must be a function`)
    let expression: ScheduleExpression
    try {
      expression = parseScheduleExpression(entry.expression)
    } catch (error) {
      throw new Error(`startScheduler: entries[${index}].expression (${entry.name}): ${(error as Error).message}`)
    }
    schedules.set(entry.name, { entry, expression, next: null })
  }
  const running = new Set<Promise<ScheduleRun>>()
  const lastRuns = new Map<string, ScheduleRun>()
  let stopped = false

  function fire(name: string, time: Date): Promise<ScheduleRun> {
    const { entry } = schedules.get(name)!
    const event: ScheduledEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: LOCAL_ACCOUNT_ID,
      time: time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      region: LOCAL_AWS_REGION,
      resources: [`arn:aws:events:${LOCAL_AWS_REGION}:${LOCAL_ACCOUNT_ID}:rule/${name}`],
      detail: {},
    }
    const context = createLambdaContext({ functionName: name, timeoutMs: (entry.timeoutSeconds ?? 300) * 1000 })
    const started = Date.now()
    const run = Promise.resolve()
      .then(() => entry.handler(event, context))
      .then(
        (): ScheduleRun => ({ name, event, ok: true, durationMs: Date.now() - started }),
        (error: unknown): ScheduleRun => {
          logger.error(`[schedule ${name}] handler failed`, error)
          return { name, event, ok: false, error, durationMs: Date.now() - started }
        },
      )
      .then((outcome) => {
        lastRuns.set(name, outcome)
        return outcome
      })
      .finally(() => running.delete(run))
    running.add(run)
    return run
  }

  function arm(name: string, from: Date): void {
    const schedule = schedules.get(name)!
    schedule.next = nextOccurrence(schedule.expression, from)
    wait(name)
  }

  function wait(name: string): void {
    const schedule = schedules.get(name)!
    if (stopped || !schedule.next) return
    const delay = schedule.next.getTime() - now().getTime()
    schedule.timer = setTimeout(() => {
      const due = schedule.next!
      const current = now()
      // Timers may fire a little early, and long waits come in steps: only fire once the time is reached.
      if (current.getTime() < due.getTime()) return wait(name)
      void fire(name, due)
      // After a long pause (a sleeping laptop), fire once and resume from now, as missed occurrences are gone.
      arm(name, current.getTime() > due.getTime() ? current : due)
    }, Math.min(Math.max(0, delay), MAX_TIMER_MS))
  }

  const start = now()
  for (const name of schedules.keys()) arm(name, start)

  return {
    runNow(name) {
      if (!schedules.has(name)) return Promise.reject(new Error(`runNow: no schedule named "${name}" (have: ${[...schedules.keys()].join(', ')})`))
      return fire(name, now()).then(() => undefined)
    },
    lastRun(name) {
      return lastRuns.get(name)
    },
    nextRuns() {
      return [...schedules.values()].map((s) => ({ name: s.entry.name, at: s.next }))
    },
    async stop() {
      stopped = true
      for (const schedule of schedules.values()) clearTimeout(schedule.timer)
      await Promise.allSettled([...running])
    },
  }
}
