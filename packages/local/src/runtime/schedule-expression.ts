/**
 * EventBridge schedule expressions: `cron(minutes hours day-of-month month day-of-week year)` in UTC and
 * `rate(value unit)`. Validation follows EventBridge's rules (so a bad expression fails locally before a
 * deploy would); the cron calendar arithmetic (`L`, `W`, `#`, names) is delegated to aws-cron-parser.
 */
import awsCronParser from 'aws-cron-parser'

export type ScheduleExpression =
  | { kind: 'cron'; source: string; parsed: ReturnType<typeof awsCronParser.parse> }
  | { kind: 'rate'; source: string; intervalMs: number }

const RATE_UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT']

interface FieldRule {
  name: string
  min: number
  max: number
  names?: string[]
  /** Extra single-value forms allowed in this field (`L`, `W`, `#`, `?`). */
  special?: RegExp
}

const FIELDS: FieldRule[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, special: /^(\?|L|\d{1,2}W)$/ },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS, special: /^(\?|L|[1-7](L|#[1-5]))$/ },
  { name: 'year', min: 1970, max: 2199 },
]

/**
 * Parses and validates an expression; throws an error naming the part at fault.
 *
 * @example
 * parseScheduleExpression('cron(0 5 * * ? *)') // { kind: 'cron', ... }
 * parseScheduleExpression('rate(15 minutes)')  // { kind: 'rate', intervalMs: 900000, ... }
 */
export function parseScheduleExpression(expression: string): ScheduleExpression {
  if (typeof expression !== 'string') throw new Error('schedule expression must be a string')
  const source = expression.trim()
  const rate = /^rate\((.*)\)$/.exec(source)
  if (rate) return { kind: 'rate', source, intervalMs: parseRate(rate[1]!.trim(), source) }
  const cron = /^cron\((.*)\)$/.exec(source)
  if (cron) return { kind: 'cron', source, parsed: parseCron(cron[1]!.trim(), source) }
  throw new Error(`schedule expression ${JSON.stringify(expression)} must be cron(...) or rate(...)`)
}

function parseRate(body: string, source: string): number {
  const match = /^(\d+)\s+(minute|minutes|hour|hours|day|days)$/.exec(body)
  if (!match) throw new Error(`${source}: a rate is "<positive integer> minute(s)|hour(s)|day(s)"`)
  const value = Number(match[1])
  const unit = match[2]!
  if (value < 1) throw new Error(`${source}: the rate value must be at least 1`)
  // EventBridge insists on the singular for 1 and the plural otherwise.
  const singular = !unit.endsWith('s')
  if (singular !== (value === 1)) {
    throw new Error(`${source}: use "${value === 1 ? unit.replace(/s$/, '') : `${unit}s`}" with the value ${value}`)
  }
  return value * RATE_UNITS[unit.replace(/s$/, '')]!
}

function parseCron(body: string, source: string): ReturnType<typeof awsCronParser.parse> {
  const fields = body.split(/\s+/)
  if (fields.length !== 6) {
    throw new Error(`${source}: a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), got ${fields.length}`)
  }
  fields.forEach((field, index) => validateField(field, FIELDS[index]!, source))
  const dayOfMonth = fields[2]!
  const dayOfWeek = fields[4]!
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw new Error(`${source}: exactly one of day-of-month and day-of-week must be "?"`)
  }
  return awsCronParser.parse(body)
}

function validateField(field: string, rule: FieldRule, source: string): void {
  const fail = (why: string): never => {
    throw new Error(`${source}: ${rule.name} field "${field}" ${why}`)
  }
  if (rule.special?.test(field)) {
    // Only `nW` carries a free number (the digits of `n#k` and `nL` are bounded by the pattern).
    const weekday = /^(\d+)W$/.exec(field)
    if (weekday && (Number(weekday[1]) < rule.min || Number(weekday[1]) > rule.max)) fail(`is out of ${rule.min}-${rule.max}`)
    return
  }
  if (field === '?') fail('cannot be "?" (only day-of-month or day-of-week can)')
  for (const part of field.split(',')) {
    const match = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part)
    if (!match) fail(`is not valid in ${rule.name}`)
    const [, range, step] = match!
    if (step !== undefined && Number(step) < 1) fail('has a step below 1')
    if (range === '*') continue
    for (const value of range!.split('-')) {
      const number = toNumber(value, rule)
      if (number === undefined) fail(`contains "${value}", which is not a ${rule.name} value`)
      if (number! < rule.min || number! > rule.max) fail(`is out of ${rule.min}-${rule.max}`)
    }
  }
}

function toNumber(value: string, rule: FieldRule): number | undefined {
  if (/^\d+$/.test(value)) return Number(value)
  const index = rule.names?.indexOf(value.toUpperCase()) ?? -1
  return index === -1 ? undefined : index + 1
}

/**
 * The first occurrence strictly after `from`, or null when a cron expression has no future occurrence
 * (e.g. a past year). For `rate(...)` it is `from` plus the interval: rates count from when the rule starts.
 *
 * @example
 * nextOccurrence('cron(0 5 * * ? *)', new Date('2026-03-01T06:00:00Z')) // 2026-03-02T05:00:00.000Z
 * nextOccurrence('rate(1 hour)', new Date('2026-03-01T06:00:00Z'))      // 2026-03-01T07:00:00.000Z
 */
export function nextOccurrence(expression: string | ScheduleExpression, from: Date): Date | null {
  const parsed = typeof expression === 'string' ? parseScheduleExpression(expression) : expression
  if (parsed.kind === 'rate') return new Date(from.getTime() + parsed.intervalMs)
  return awsCronParser.next(parsed.parsed, from) ?? null
}
