/**
 * The electronic evaluation of a duo (stage 6; seed 003: "une évaluation au terme du duo"): at the moments the rules
 * set, each side receives their side's questionnaire by a personal link that works without an account and expires;
 * reminders go out until it is answered.
 */
import { daysBetween, dayAfter, dayOf } from './duo-life/dates'
import { defineLifecycle } from './lifecycle'
import type { Answers } from './rules/forms'
import type { EvaluationMoment } from './rules/programme-rules'

export const evaluationStates = ['sent', 'answered', 'expired'] as const
export type EvaluationState = (typeof evaluationStates)[number]

/** A questionnaire sent is answered once, or expires with its link; a reminder leaves it sent. */
export const evaluationLifecycle = defineLifecycle({
  entity: 'item',
  states: evaluationStates,
  initial: 'sent',
  transitions: {
    answer: { from: ['sent'], to: 'answered' },
    expire: { from: ['sent'], to: 'expired' },
  },
})

/**
 * How long a link works, and when reminders go: a week apart, twice at most — seed 003 asks for the evaluation, not
 * for pressure on volunteers.
 */
export const evaluationTiming = { linkDays: 30, reminderEveryDays: 7, maxReminders: 2 } as const

export interface Evaluation {
  id: string
  duoId: string
  programmeId: string
  side: 'mentor' | 'mentee'
  moment: EvaluationMoment
  /** The rules version whose questionnaire was sent: answers are read against it. */
  rulesVersion: number
  state: EvaluationState
  sentAt: string
  expiresAt: string
  remindedAt: string[]
  answeredAt: string | null
  answers: Answers | null
  version: number
}

/**
 * The day each of the rules' moments falls for a duo: `start` at its start, `midterm` halfway to its planned end,
 * `end` on the day it ended (or its planned end while it runs), `after-3-months` three months (91 days) after the end,
 * for the follow-up after the duo (seed 002). A moment that needs an end the duo does not have yet is left out.
 *
 * @example
 * evaluationDays({ startedAt: '2027-01-10T…', plannedEndAt: '2027-07-10T…', endedAt: null }, ['midterm', 'end'])
 * // { midterm: '2027-04-10', end: '2027-07-10' }
 */
export function evaluationDays(
  duo: { startedAt: string | null; plannedEndAt: string | null; endedAt: string | null },
  moments: readonly EvaluationMoment[],
): Partial<Record<EvaluationMoment, string>> {
  if (!duo.startedAt) return {}
  const start = dayOf(duo.startedAt)
  const end = duo.endedAt ? dayOf(duo.endedAt) : duo.plannedEndAt ? dayOf(duo.plannedEndAt) : null
  const out: Partial<Record<EvaluationMoment, string>> = {}
  for (const m of moments) {
    if (m === 'start') out.start = start
    else if (m === 'midterm' && duo.plannedEndAt) out.midterm = dayAfter(start, Math.floor(daysBetween(start, duo.plannedEndAt) / 2))
    else if (m === 'end' && end) out.end = end
    else if (m === 'after-3-months' && duo.endedAt) out['after-3-months'] = dayAfter(dayOf(duo.endedAt), 91)
  }
  return out
}

/**
 * A questionnaire sent now to one side, its link valid {@link evaluationTiming}.linkDays.
 *
 * @example
 * newEvaluation({ duoId: 'd1', programmeId: 'p1', side: 'mentee', moment: 'end', rulesVersion: 3 }, { id: 'e1', now })
 */
export function newEvaluation(
  v: Pick<Evaluation, 'duoId' | 'programmeId' | 'side' | 'moment' | 'rulesVersion'>,
  ctx: { id: string; now: string },
): Evaluation {
  const expiresAt = new Date(Date.parse(ctx.now) + evaluationTiming.linkDays * 86_400_000).toISOString()
  return { ...v, id: ctx.id, state: 'sent', sentAt: ctx.now, expiresAt, remindedAt: [], answeredAt: null, answers: null, version: 1 }
}

/**
 * Whether a reminder is due on `now`: still sent, link still valid, a week since it was sent or last reminded, and
 * fewer than the maximum already sent.
 */
export function reminderDue(e: Evaluation, now: string): boolean {
  if (e.state !== 'sent' || now >= e.expiresAt || e.remindedAt.length >= evaluationTiming.maxReminders) return false
  const last = e.remindedAt.at(-1) ?? e.sentAt
  return daysBetween(last, now) >= evaluationTiming.reminderEveryDays
}

/**
 * The questionnaire with its answers. A second answer is a 409 from the lifecycle; an expired link is the caller's to
 * refuse before reading any answer (see {@link linkExpired}).
 *
 * @example
 * answerEvaluation(e, { overall: 5 }, now).state // 'answered'
 */
export function answerEvaluation(e: Evaluation, answers: Answers, now: string): Evaluation {
  return { ...e, state: evaluationLifecycle.next(e.state, 'answer'), answers, answeredAt: now, version: e.version + 1 }
}

/** Whether the link no longer works on `now` (expired by time, even before the sweep marks it). */
export const linkExpired = (e: Pick<Evaluation, 'state' | 'expiresAt'>, now: string): boolean => e.state === 'expired' || now >= e.expiresAt
