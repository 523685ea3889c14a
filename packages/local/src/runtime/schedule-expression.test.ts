import { describe, expect, it } from 'vitest'
import { nextOccurrence, parseScheduleExpression } from './schedule-expression'

const at = (iso: string) => new Date(iso)

describe('nextOccurrence', () => {
  it.each([
    // [expression, from, expected]
    ['cron(0 5 * * ? *)', '2026-03-01T04:59:59.999Z', '2026-03-01T05:00:00.000Z'],
    ['cron(0 5 * * ? *)', '2026-03-01T05:00:00.000Z', '2026-03-02T05:00:00.000Z'],
    ['cron(*/15 * * * ? *)', '2026-03-01T10:07:00Z', '2026-03-01T10:15:00.000Z'],
    ['cron(0 9 ? * MON-FRI *)', '2026-03-07T00:00:00Z', '2026-03-09T09:00:00.000Z'],
    ['cron(0 10 ? * SUN *)', '2026-03-02T00:00:00Z', '2026-03-08T10:00:00.000Z'],
    ['cron(0 12 L * ? *)', '2026-02-10T00:00:00Z', '2026-02-28T12:00:00.000Z'],
    ['cron(0 12 L * ? *)', '2028-02-10T00:00:00Z', '2028-02-29T12:00:00.000Z'],
    ['cron(0 12 15W * ? *)', '2026-08-01T00:00:00Z', '2026-08-14T12:00:00.000Z'],
    ['cron(0 9 ? * 2#1 *)', '2026-03-03T00:00:00Z', '2026-04-06T09:00:00.000Z'],
    ['cron(0 9 ? * 6L *)', '2026-03-01T00:00:00Z', '2026-03-27T09:00:00.000Z'],
    ['cron(30 23 31 DEC ? *)', '2026-03-01T00:00:00Z', '2026-12-31T23:30:00.000Z'],
    ['cron(0 0 1 1,7 ? 2027-2030)', '2026-03-01T00:00:00Z', '2027-01-01T00:00:00.000Z'],
    ['rate(1 minute)', '2026-03-01T00:00:30Z', '2026-03-01T00:01:30.000Z'],
    ['rate(2 hours)', '2026-03-01T00:00:00Z', '2026-03-01T02:00:00.000Z'],
    ['rate(7 days)', '2026-03-01T00:00:00Z', '2026-03-08T00:00:00.000Z'],
  ])('%s after %s is %s', (expression, from, expected) => {
    expect(nextOccurrence(expression, at(from))?.toISOString()).toBe(expected)
  })

  it('returns null when a cron has no future occurrence', () => {
    expect(nextOccurrence('cron(0 0 1 1 ? 2020)', at('2026-01-01T00:00:00Z'))).toBeNull()
  })

  it('walks the shared daily schedule day after day', () => {
    let time = at('2026-03-30T12:00:00Z')
    const seen: string[] = []
    for (let i = 0; i < 3; i++) {
      time = nextOccurrence('cron(0 5 * * ? *)', time)!
      seen.push(time.toISOString())
    }
    expect(seen).toEqual(['2026-03-31T05:00:00.000Z', '2026-04-01T05:00:00.000Z', '2026-04-02T05:00:00.000Z'])
  })
})

describe('parseScheduleExpression: bad input', () => {
  it.each([
    ['0 5 * * ? *', /cron\(\.\.\.\) or rate/],
    ['cron(0 5 * * ?)', /6 fields/],
    ['cron(0 5 * * * *)', /exactly one of day-of-month and day-of-week/],
    ['cron(0 5 ? * ? *)', /exactly one of day-of-month and day-of-week/],
    ['cron(60 5 * * ? *)', /minutes field "60" is out of 0-59/],
    ['cron(0 24 * * ? *)', /hours field "24"/],
    ['cron(0 5 32W * ? *)', /day-of-month field "32W"/],
    ['cron(0 5 * FOO ? *)', /month field "FOO"/],
    ['cron(0 5 ? * 8 *)', /day-of-week field "8"/],
    ['cron(0 5 * * ? 1900)', /year field "1900"/],
    ['cron(? 5 * * ? *)', /minutes field "\?"/],
    ['cron(*/0 5 * * ? *)', /step below 1/],
    ['rate(0 minutes)', /at least 1/],
    ['rate(1 minutes)', /use "minute"/],
    ['rate(5 minute)', /use "minutes"/],
    ['rate(5 weeks)', /rate is/],
  ])('%s is refused with a message naming the problem', (expression, message) => {
    expect(() => parseScheduleExpression(expression)).toThrow(message)
  })
})
