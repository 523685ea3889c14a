import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ScheduledEvent } from 'aws-lambda'
import { describe, expect, it } from 'vitest'
import { scheduledHandlers, scheduleTargets, type ScheduledHandlerFactory } from '../src/monitoring/scheduled'
import { schedules } from '../src/monitoring/schedules'
import type { Deps } from '../src/shared/deps'

const deps = {} as Deps
const event = (rule: string): ScheduledEvent => ({ resources: [rule], time: '2026-03-02T05:00:00Z' }) as ScheduledEvent

describe('scheduleTargets', () => {
  it('runs, for each schedule, the handler its entry names', async () => {
    const calls: string[] = []
    const handlers: Record<string, ScheduledHandlerFactory> = {
      'monitoring/sweep-a': () => async (e) => { calls.push(`a:${e.resources[0]}`) },
      'reports/weekly': () => async (e) => { calls.push(`weekly:${e.resources[0]}`) },
    }
    const targets = scheduleTargets(
      [
        { name: 'first', expression: 'rate(1 hour)', entry: 'reports/weekly' },
        { name: 'second', expression: 'cron(0 5 * * ? *)', entry: 'monitoring/sweep-a' },
      ],
      handlers,
      deps,
    )
    expect(targets.map((t) => [t.name, t.expression])).toEqual([['first', 'rate(1 hour)'], ['second', 'cron(0 5 * * ? *)']])
    await targets[0]!.handler(event('first'))
    await targets[1]!.handler(event('second'))
    expect(calls).toEqual(['weekly:first', 'a:second'])
  })

  it('refuses a schedule whose entry has no handler, naming the schedule and the entry', () => {
    expect(() => scheduleTargets([{ name: 'orphan', expression: 'rate(1 hour)', entry: 'nowhere/handler' }], scheduledHandlers, deps))
      .toThrow('schedule "orphan": no handler for entry "nowhere/handler"')
    expect(() => scheduleTargets([{ name: 'proto', expression: 'rate(1 hour)', entry: 'toString' }], scheduledHandlers, deps))
      .toThrow(/no handler for entry "toString"/)
  })

  it.each(schedules)('gives the shared schedule $name a handler and the Lambda entry file CDK bundles', (definition) => {
    expect(scheduledHandlers[definition.entry]).toBeTypeOf('function')
    expect(existsSync(fileURLToPath(new URL(`../src/${definition.entry}.ts`, import.meta.url)))).toBe(true)
  })
})
