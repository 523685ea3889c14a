import { DomainError, type FieldIssue } from '../errors'
import { defineLifecycle } from '../lifecycle'
import { brusselsToUtc } from '../sessions'
import { daysInMonth, isDay } from './dates'

/**
 * The end of a duo after its closure (stage 6; seed 001: a closing meeting must be organised; seed 003: a last
 * face-to-face meeting, online allowed): the closing interview on the programme's `closing-interview` canvas, and the
 * optional follow-up of the mentee's situation 3 and 6 months after the end (seed 002: "suivi post Duo"), so that
 * outcomes can be measured after the mentoring too.
 */

export const closingInterviewStates = ['scheduled', 'held'] as const
export type ClosingInterviewState = (typeof closingInterviewStates)[number]

/**
 * - `reschedule`: a new day, time or place while it has not taken place.
 * - `hold`: it took place (the day and the notes); again from held, to correct the notes.
 */
export const closingInterviewLifecycle = defineLifecycle({
  entity: 'item',
  states: closingInterviewStates,
  initial: 'scheduled',
  transitions: {
    reschedule: { from: ['scheduled'], to: 'scheduled' },
    hold: { from: ['scheduled', 'held'], to: 'held' },
  },
})

/** Face to face (the method's wish) or online (allowed by seed 003). */
export const closingInterviewModes = ['in-person', 'online'] as const
export type ClosingInterviewMode = (typeof closingInterviewModes)[number]

/** One closing interview a duo: when and where it is planned, then when it was held and what was said. */
export interface ClosingInterview {
  duoId: string
  programmeId: string
  state: ClosingInterviewState
  /** Brussels wall-clock time, YYYY-MM-DDTHH:mm, as the coordinator typed it and the invitation shows it. */
  startsAt: string
  minutes: number
  mode: ClosingInterviewMode
  /** The address (in person) or the link (online); null when not known yet. */
  place: string | null
  /** The day it took place, once held. */
  heldOn: string | null
  /** Notes taken on the programme's canvas. */
  notes: string
  updatedAt: string
  updatedBy: string
  version: number
}

export interface ClosingInterviewPlan {
  startsAt: string
  minutes: number
  mode: ClosingInterviewMode
  place?: string | null | undefined
}

function invalid(issues: FieldIssue[]): DomainError {
  return new DomainError('validation', issues.map((i) => `${i.path} ${i.message}`).join('; '), { details: issues })
}

function checkPlan(plan: ClosingInterviewPlan): void {
  const issues: FieldIssue[] = []
  if (!brusselsToUtc(plan.startsAt)) issues.push({ path: 'startsAt', reason: 'invalid', message: 'must be a date and time YYYY-MM-DDTHH:mm' })
  if (!Number.isInteger(plan.minutes) || plan.minutes < 15 || plan.minutes > 480) {
    issues.push({ path: 'minutes', reason: plan.minutes < 15 ? 'too-small' : 'too-big', message: 'must be between 15 and 480 minutes', values: { min: 15, max: 480 } })
  }
  if (!(closingInterviewModes as readonly string[]).includes(plan.mode)) issues.push({ path: 'mode', reason: 'not-a-choice', message: 'is in-person or online' })
  if (issues.length > 0) throw invalid(issues)
}

/**
 * Schedules the closing interview, or moves it while it has not been held (409 `wrong-state` once held).
 *
 * @example
 * scheduleClosingInterview(undefined, { startsAt: '2027-06-30T10:00', minutes: 60, mode: 'in-person', place: 'Rue Haute 1' },
 *   { duoId: 'd1', programmeId: 'p1', by: 'u1', at: '2027-06-20T09:00:00.000Z' })
 * // { state: 'scheduled', version: 1, heldOn: null, notes: '', ... }
 */
export function scheduleClosingInterview(
  current: ClosingInterview | undefined,
  plan: ClosingInterviewPlan,
  w: { duoId: string; programmeId: string; by: string; at: string },
): ClosingInterview {
  if (current) closingInterviewLifecycle.next(current.state, 'reschedule')
  checkPlan(plan)
  return {
    duoId: w.duoId, programmeId: w.programmeId, state: 'scheduled', startsAt: plan.startsAt, minutes: plan.minutes, mode: plan.mode,
    place: plan.place?.trim() || null, heldOn: null, notes: current?.notes ?? '',
    updatedAt: w.at, updatedBy: w.by, version: (current?.version ?? 0) + 1,
  }
}

/**
 * Records that the closing interview took place on `heldOn` (not after today) with its notes.
 *
 * @example
 * holdClosingInterview(planned, { heldOn: '2027-06-30', notes: 'Emploi trouvé, fierté partagée' }, { by: 'u1', at, today: '2027-07-01' })
 * // { state: 'held', heldOn: '2027-06-30', version: planned.version + 1, ... }
 */
export function holdClosingInterview(
  current: ClosingInterview,
  held: { heldOn: string; notes: string },
  w: { by: string; at: string; today: string },
): ClosingInterview {
  const state = closingInterviewLifecycle.next(current.state, 'hold')
  if (!isDay(held.heldOn)) throw invalid([{ path: 'heldOn', reason: 'not-a-date', message: 'is not a date' }])
  if (held.heldOn > w.today) throw invalid([{ path: 'heldOn', reason: 'too-big', message: 'is after today', values: { max: w.today } }])
  return { ...current, state, heldOn: held.heldOn, notes: held.notes, updatedAt: w.at, updatedBy: w.by, version: current.version + 1 }
}

/** The mentee's situation at a follow-up, as seed 002 counts it. */
export const followUpSituations = ['employed', 'training', 'job-seeking', 'other'] as const
export type FollowUpSituation = (typeof followUpSituations)[number]

/** The follow-ups after the duo: 3 and 6 months after its last day. */
export const followUpMonths = [3, 6] as const
export type FollowUpMonth = (typeof followUpMonths)[number]

/** A follow-up recorded by staff: the mentee's situation some months after the end. */
export interface FollowUp {
  duoId: string
  programmeId: string
  /** Which follow-up: 3 or 6 months after the end. */
  months: FollowUpMonth
  /** The day staff heard from the mentee. */
  date: string
  situation: FollowUpSituation
  note: string
  by: string
  byName: string
  createdAt: string
  version: number
}

/**
 * The calendar day `months` months after `day`, on the same day of the month or the month's last when it has no such
 * day (31 August + 6 months is 28 February, or the 29th in a leap year).
 *
 * @example
 * monthsAfter('2026-08-31', 6) // '2027-02-28'
 * monthsAfter('2027-11-30', 3) // '2028-02-29'
 */
export function monthsAfter(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  return `${month}-${String(Math.min(d, daysInMonth(month))).padStart(2, '0')}`
}

/** Where one follow-up stands on a day. */
export interface FollowUpDue {
  months: FollowUpMonth
  dueDate: string
  /** `recorded` once staff wrote it; `due` from its day on; `upcoming` before. */
  status: 'upcoming' | 'due' | 'recorded'
  recorded: FollowUp | null
}

/**
 * The follow-ups of a duo that ended on `endDate`, as they stand on `today` (a Brussels day: the caller's).
 *
 * @example
 * followUpsDue('2027-03-31', [], '2027-07-01')
 * // [{ months: 3, dueDate: '2027-06-30', status: 'due', recorded: null }, { months: 6, dueDate: '2027-09-30', status: 'upcoming', recorded: null }]
 */
export function followUpsDue(endDate: string, recorded: readonly FollowUp[], today: string): FollowUpDue[] {
  return followUpMonths.map((months) => {
    const dueDate = monthsAfter(endDate, months)
    const found = recorded.find((f) => f.months === months) ?? null
    const status = found ? 'recorded' : today >= dueDate ? 'due' : 'upcoming'
    return { months, dueDate, status, recorded: found }
  })
}

/**
 * A follow-up checked against the duo's end: its day between the end and today. A follow-up may be written a little
 * early (staff call when they can), so the due date is a reminder, not a lock.
 *
 * @example
 * newFollowUp({ months: 3, date: '2027-07-02', situation: 'employed', note: '' }, { duoId: 'd1', programmeId: 'p1', endDate: '2027-03-31', today: '2027-07-02', by: 'u1', byName: 'Julie', at })
 */
export function newFollowUp(
  input: { months: FollowUpMonth; date: string; situation: FollowUpSituation; note: string },
  w: { duoId: string; programmeId: string; endDate: string; today: string; by: string; byName: string; at: string },
): FollowUp {
  const issues: FieldIssue[] = []
  if (!(followUpMonths as readonly number[]).includes(input.months)) issues.push({ path: 'months', reason: 'not-a-choice', message: 'is 3 or 6' })
  if (!(followUpSituations as readonly string[]).includes(input.situation)) issues.push({ path: 'situation', reason: 'not-a-choice', message: 'is not a situation' })
  if (!isDay(input.date)) issues.push({ path: 'date', reason: 'not-a-date', message: 'is not a date' })
  else if (input.date < w.endDate) issues.push({ path: 'date', reason: 'too-small', message: 'is before the duo ended', values: { min: w.endDate } })
  else if (input.date > w.today) issues.push({ path: 'date', reason: 'too-big', message: 'is after today', values: { max: w.today } })
  if (issues.length > 0) throw invalid(issues)
  return {
    duoId: w.duoId, programmeId: w.programmeId, months: input.months, date: input.date, situation: input.situation, note: input.note,
    by: w.by, byName: w.byName, createdAt: w.at, version: 1,
  }
}

/**
 * How long a follow-up that was not recorded keeps raising its alert after its due day, in months: three, so the
 * 3 months' follow-up gives way to the 6 months' one, and the last lapses nine months after the end (the duo is long
 * over; the duo's page still shows it missing).
 */
export const followUpAlertMonths = 3

/** A follow-up alert before it is stored (the sweep adds the day, the time and the id, its `subject`). */
export interface FollowUpAlertDraft {
  kind: 'follow-up-due'
  programmeId: string
  duoId: string
  /** The staff member who follows the duo: the alert lands on their home. */
  coordinatorId: string
  /** The duo and which follow-up: the same from day to day, so a dismissal holds until it is recorded. */
  subject: string
  /** English, for logs; interfaces say it in their own language from `kind` and `values`. */
  message: string
  values: { months: FollowUpMonth; dueDate: string; days: number; mentee: string; mentor: string }
}

/**
 * The follow-up alerts of a closed duo on `today` (a Brussels day handed in): one per follow-up that is due and not
 * recorded, from its due day until {@link followUpAlertMonths} months later. Recording it ends the alert.
 *
 * @example
 * followUpAlerts({ programmeId: 'p1', duoId: 'd1', coordinatorId: 'u1', menteeName: 'Amina', mentorName: 'Sophie', endDate: '2027-03-31' }, [], '2027-07-02')
 * // [{ kind: 'follow-up-due', subject: 'd1-follow-up-due-m3', values: { months: 3, dueDate: '2027-06-30', days: 2, … } }]
 */
export function followUpAlerts(
  duo: { programmeId: string; duoId: string; coordinatorId: string; menteeName: string; mentorName: string; endDate: string },
  recorded: readonly FollowUp[],
  today: string,
): FollowUpAlertDraft[] {
  return followUpsDue(duo.endDate, recorded, today)
    .filter((f) => f.status === 'due' && today < monthsAfter(f.dueDate, followUpAlertMonths))
    .map((f) => ({
      kind: 'follow-up-due' as const,
      programmeId: duo.programmeId, duoId: duo.duoId, coordinatorId: duo.coordinatorId,
      subject: `${duo.duoId}-follow-up-due-m${f.months}`,
      message: `Duo ${duo.menteeName} / ${duo.mentorName}: the ${f.months} months' follow-up was due on ${f.dueDate}`,
      values: {
        months: f.months, dueDate: f.dueDate, days: Math.round((Date.parse(today) - Date.parse(f.dueDate)) / 86_400_000),
        mentee: duo.menteeName, mentor: duo.mentorName,
      },
    }))
}
