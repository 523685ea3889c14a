import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ScheduledEvent } from 'aws-lambda'
import { startScheduler, type Scheduler } from './scheduler'

const silent = () => {
  const errors: string[] = []
  return { errors, logger: { error: (message: string) => errors.push(message) } }
}

let scheduler: Scheduler | undefined
beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-03-01T10:02:30.000Z'))
})
afterEach(async () => {
  await scheduler?.stop()
  scheduler = undefined
  vi.useRealTimers()
})

describe('startScheduler', () => {
  it('fires at each cron occurrence with an EventBridge Scheduled Event', async () => {
    const events: ScheduledEvent[] = []
    scheduler = startScheduler([{ name: 'sweep', expression: 'cron(*/5 * * * ? *)', handler: (event) => { events.push(event) } }])
    await vi.advanceTimersByTimeAsync(2 * 60_000 + 29_000)
    expect(events).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(events).toHaveLength(1)
    expect(events[0]).toEqual({
      version: '0',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '000000000000',
      time: '2026-03-01T10:05:00Z',
      region: 'eu-west-3',
      resources: ['arn:aws:events:eu-west-3:000000000000:rule/sweep'],
      detail: {},
    })
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(events.map((e) => e.time)).toEqual(['2026-03-01T10:05:00Z', '2026-03-01T10:10:00Z', '2026-03-01T10:15:00Z'])
  })

  it('fires a rate schedule every interval from its start', async () => {
    const times: string[] = []
    scheduler = startScheduler([{ name: 'tick', expression: 'rate(1 hour)', handler: (event) => { times.push(event.time) } }])
    await vi.advanceTimersByTimeAsync(3 * 3_600_000)
    expect(times).toEqual(['2026-03-01T11:02:30Z', '2026-03-01T12:02:30Z', '2026-03-01T13:02:30Z'])
  })

  it('computes occurrences from the injected clock', async () => {
    const offsetMs = 24 * 3_600_000 // the platform clock runs one day ahead of the system clock
    const times: string[] = []
    scheduler = startScheduler(
      [{ name: 'daily', expression: 'cron(0 5 * * ? *)', handler: (event) => { times.push(event.time) } }],
      { now: () => new Date(Date.now() + offsetMs) },
    )
    expect(scheduler.nextRuns()).toEqual([{ name: 'daily', at: new Date('2026-03-03T05:00:00.000Z') }])
    await vi.advanceTimersByTimeAsync(19 * 3_600_000 + 27 * 60_000 + 30_000)
    expect(times).toEqual(['2026-03-03T05:00:00Z'])
  })

  it('logs a failing handler, records it as the last run, and keeps firing later occurrences', async () => {
    const { errors, logger } = silent()
    let calls = 0
    scheduler = startScheduler([{
      name: 'flaky', expression: 'rate(1 minute)',
      handler: async () => { calls += 1; if (calls === 1) throw new Error('boom') },
    }], { logger })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(errors).toEqual(['[schedule flaky] handler failed'])
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toBe(2)
    expect(scheduler.lastRun('flaky')?.ok).toBe(true)
    calls = 0
    await scheduler.runNow('flaky')
    const run = scheduler.lastRun('flaky')!
    expect(run.ok).toBe(false)
    expect((run.error as Error).message).toBe('boom')
  })

  it('survives a handler that throws synchronously', async () => {
    const { errors, logger } = silent()
    scheduler = startScheduler([{ name: 'sync', expression: 'rate(1 minute)', handler: () => { throw new Error('sync boom') } }], { logger })
    await vi.advanceTimersByTimeAsync(120_000)
    expect(errors).toHaveLength(2)
  })

  it('runs a schedule on demand with the current time and a Lambda context', async () => {
    const seen: Array<{ time: string; fn: string; remaining: number }> = []
    scheduler = startScheduler([{
      name: 'daily-monitoring', expression: 'cron(0 5 * * ? *)', timeoutSeconds: 60,
      handler: (event, context) => { seen.push({ time: event.time, fn: context.functionName, remaining: context.getRemainingTimeInMillis() }) },
    }])
    await scheduler.runNow('daily-monitoring')
    expect(scheduler.lastRun('daily-monitoring')?.ok).toBe(true)
    expect(seen).toEqual([{ time: '2026-03-01T10:02:30Z', fn: 'daily-monitoring', remaining: 60_000 }])
    await expect(scheduler.runNow('nope')).rejects.toThrow(/no schedule named "nope"/)
  })

  it('stops firing after stop()', async () => {
    let calls = 0
    scheduler = startScheduler([{ name: 'tick', expression: 'rate(1 minute)', handler: () => { calls += 1 } }])
    await vi.advanceTimersByTimeAsync(60_000)
    await scheduler.stop()
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(calls).toBe(1)
  })

  it('refuses bad entries before arming anything, naming the entry', () => {
    const handler = () => {}
    expect(() => startScheduler([{ name: 'a', expression: 'cron(0 5 * * * *)', handler }])).toThrow(/entries\[0\]\.expression \(a\).*day-of-week/)
    expect(() => startScheduler([{ name: 'a', expression: 'rate(1 hour)', handler }, { name: 'a', expression: 'rate(1 hour)', handler }])).toThrow(/used twice/)
    expect(vi.getTimerCount()).toBe(0)
  })
})
