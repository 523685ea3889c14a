import type { TrackingClosure, TrackingLine } from '../duo-life/tracking'
import { daysBetween, dayOf, monthsFrom } from '../duo-life/dates'
import type { DuoResultFacts } from './dashboard'
import type { Evaluation } from '../evaluation'
import { overallSatisfaction } from '../evaluation-questionnaire'
import type { IntakeForm } from '../rules/forms'
import type { EvaluationMoment } from '../rules/programme-rules'

/** What a duo's evaluations gave, when the evaluation items exist (sent and answered questionnaires, satisfactions). */
export interface EvaluationFacts {
  sent: number
  answered: number
  satisfaction: number[]
}

/**
 * What the results keep of one evaluation questionnaire, stored beside it and written with it (sent, answered): that
 * it was sent, whether it was answered, and the overall satisfaction given. No answer's words and no person.
 */
export interface StoredEvaluationFacts {
  programmeId: string
  duoId: string
  moment: EvaluationMoment
  side: 'mentor' | 'mentee'
  answered: boolean
  /** The answer to the overall rating (1–5), read against the questionnaire it was sent with; null if none. */
  satisfaction: number | null
}

/**
 * The compact facts of an evaluation, `form` being the questionnaire of the rules version it was sent under (read
 * only once it is answered, for the overall rating).
 *
 * @example
 * storedEvaluationFactsOf(answeredOne, defaultEvaluationForm('mentee')) // { …, answered: true, satisfaction: 4 }
 */
export function storedEvaluationFactsOf(e: Evaluation, form?: IntakeForm): StoredEvaluationFacts {
  const answered = e.state === 'answered'
  return {
    programmeId: e.programmeId, duoId: e.duoId, moment: e.moment, side: e.side, answered,
    satisfaction: answered && form ? (overallSatisfaction(e.answers, form) ?? null) : null,
  }
}

/**
 * Per duo, its evaluations' facts added up: questionnaires sent (whatever became of them), answered, satisfactions.
 *
 * @example
 * evaluationFactsByDuo([sentOne, answeredOne]).get('d1') // { sent: 2, answered: 1, satisfaction: [4] }
 */
export function evaluationFactsByDuo(items: readonly StoredEvaluationFacts[]): Map<string, EvaluationFacts> {
  const out = new Map<string, EvaluationFacts>()
  for (const e of items) {
    const facts = out.get(e.duoId) ?? { sent: 0, answered: 0, satisfaction: [] }
    facts.sent++
    if (e.answered) facts.answered++
    if (e.answered && e.satisfaction !== null) facts.satisfaction.push(e.satisfaction)
    out.set(e.duoId, facts)
  }
  return out
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
 * What the results keep of one duo, stored beside its tracking line and written with it (the data layer's
 * `duo-result-facts` item): the few fields `resultFactsFrom` reads, so the dashboard reads a compact item a duo
 * instead of the whole line. Nothing here names or identifies a person — the duo's id, days, counts and the outcome
 * only — so a person's erasure leaves it as it is.
 */
export interface StoredResultFacts {
  programmeId: string
  duoId: string
  /** The start day (set by the last signature), or null for a duo that never started. */
  startDate: string | null
  /** How a closed duo ended; null unless the line says closed. */
  closure: TrackingClosure | null
  /** Every meeting logged, all months together. */
  meetingsHeld: number
  /** Each side's check-in days, sorted, so regularity is judged against the cadence in force when the results are read. */
  checkInDays: Record<'mentor' | 'mentee', string[]>
}

/**
 * The compact facts of a tracking line: what it holds that the results need, and nothing that depends on the day or
 * the rules (those are applied when the results are read).
 *
 * @example
 * storedResultFactsOf(line) // { programmeId: 'p1', duoId: 'd1', startDate: '2027-01-01', closure: null, meetingsHeld: 5, checkInDays: { mentor: ['2027-02-05'], mentee: [] } }
 */
export function storedResultFactsOf(line: TrackingLine): StoredResultFacts {
  const c = line.state === 'closed' ? (line.closure ?? null) : null
  return {
    programmeId: line.programmeId,
    duoId: line.duoId,
    startDate: line.startDate,
    // Copied field by field: the line's closure may carry more in a later shape, the compact item only this.
    closure: c && { outcomeId: c.outcomeId, outcomeClass: c.outcomeClass, countsAsEmployment: c.countsAsEmployment, endDate: c.endDate, early: c.early },
    meetingsHeld: Object.values(line.months).reduce((n, m) => n + m.meetings, 0),
    checkInDays: { mentor: [...(line.checkInDays?.mentor ?? [])].sort(), mentee: [...(line.checkInDays?.mentee ?? [])].sort() },
  }
}

/**
 * A duo's result facts on `today` from its compact facts, with the cadence in force and its evaluations. A duo that
 * never started has `startedAt` null.
 *
 * @example
 * resultFactsFrom(storedResultFactsOf(line), { checkInEveryWeeks: 6 }, '2027-06-30').meetingsHeld // every meeting logged
 */
export function resultFactsFrom(stored: StoredResultFacts, cadences: { checkInEveryWeeks: number }, today: string, evaluation?: EvaluationFacts): DuoResultFacts {
  const start = stored.startDate
  const closure = stored.closure
  const until = closure ? closure.endDate : dayOf(today)
  const checks = start
    ? (['mentor', 'mentee'] as const).map((side) => checkInRegularity(stored.checkInDays[side], start, until, cadences.checkInEveryWeeks))
    : []
  return {
    id: stored.duoId,
    startedAt: start,
    endedAt: closure ? closure.endDate : null,
    outcome: closure ? { id: closure.outcomeId, class: closure.outcomeClass, countsAsEmployment: closure.countsAsEmployment } : null,
    earlyEnd: closure?.early ?? false,
    meetingsHeld: stored.meetingsHeld,
    monthsLived: start && until >= start ? monthsFrom(start, until).length : 0,
    checkInsDue: checks.reduce((n, c) => n + c.due, 0),
    checkInsOnTime: checks.reduce((n, c) => n + c.onTime, 0),
    evaluationsSent: evaluation?.sent ?? 0,
    evaluationsAnswered: evaluation?.answered ?? 0,
    satisfaction: evaluation?.satisfaction ?? [],
  }
}

/**
 * A duo's result facts from its tracking line: the same as from its compact facts (one way to the figures, whichever
 * was read).
 *
 * @example
 * resultFactsOf(line, { checkInEveryWeeks: 6 }, '2027-06-30').meetingsHeld // every meeting logged
 */
export function resultFactsOf(line: TrackingLine, cadences: { checkInEveryWeeks: number }, today: string, evaluation?: EvaluationFacts): DuoResultFacts {
  return resultFactsFrom(storedResultFactsOf(line), cadences, today, evaluation)
}
