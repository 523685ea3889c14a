import type { TrackingLine } from '../duo-life/tracking'
import { daysBetween, dayOf, monthsFrom } from '../duo-life/dates'
import type { DuoResultFacts } from './dashboard'

/** What a duo's evaluations gave, when the evaluation items exist (sent and answered questionnaires, satisfactions). */
export interface EvaluationFacts {
  sent: number
  answered: number
  satisfaction: number[]
}

/**
 * Check-ins of one side against the cadence: each held one is due, and on time when held within `everyWeeks` of the
 * previous one (or of the start); each whole interval since the last one without a check-in is one more due and missed.
 *
 * @example
 * checkInRegularity(['2027-02-10', '2027-04-20'], '2027-01-01', '2027-05-01', 6) // { due: 2, onTime: 1 }
 */
export function checkInRegularity(days: readonly string[], startDate: string, until: string, everyWeeks: number): { due: number; onTime: number } {
  const interval = Math.max(1, everyWeeks) * 7
  let previous = startDate
  let due = 0
  let onTime = 0
  for (const day of [...days].sort()) {
    if (day > until) break
    due += 1
    if (daysBetween(previous, day) <= interval) onTime += 1
    previous = day
  }
  due += Math.max(0, Math.floor(daysBetween(previous, until) / interval))
  return { due, onTime }
}

/**
 * A duo's result facts from its tracking line (one item a duo, written with every step, log entry and check-in): the
 * results read one query a page of lines, never the duos' logs. A duo that never started has `startedAt` null.
 *
 * @example
 * resultFactsOf(line, { checkInEveryWeeks: 6 }, '2027-06-30').meetingsHeld // every meeting logged
 */
export function resultFactsOf(line: TrackingLine, cadences: { checkInEveryWeeks: number }, today: string, evaluation?: EvaluationFacts): DuoResultFacts {
  // The start day is set by the last signature only: a running (active or paused) or closed duo has one, others none.
  const start = line.startDate
  const closure = line.state === 'closed' ? (line.closure ?? null) : null
  const until = closure ? closure.endDate : dayOf(today)
  const meetingsHeld = Object.values(line.months).reduce((n, m) => n + m.meetings, 0)
  const checks = start
    ? (['mentor', 'mentee'] as const).map((side) => checkInRegularity(line.checkInDays?.[side] ?? [], start, until, cadences.checkInEveryWeeks))
    : []
  return {
    id: line.duoId,
    startedAt: start,
    endedAt: closure ? closure.endDate : null,
    outcome: closure ? { id: closure.outcomeId, class: closure.outcomeClass, countsAsEmployment: closure.countsAsEmployment } : null,
    earlyEnd: closure?.early ?? false,
    meetingsHeld,
    monthsLived: start && until >= start ? monthsFrom(start, until).length : 0,
    checkInsDue: checks.reduce((n, c) => n + c.due, 0),
    checkInsOnTime: checks.reduce((n, c) => n + c.onTime, 0),
    evaluationsSent: evaluation?.sent ?? 0,
    evaluationsAnswered: evaluation?.answered ?? 0,
    satisfaction: evaluation?.satisfaction ?? [],
  }
}
