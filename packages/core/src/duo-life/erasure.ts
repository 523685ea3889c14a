/*
 * A person's erasure reaches their duos too (GDPR art. 17): what the duo wrote down in free text — its in-take, its
 * plan, its log, the staff's check-in notes, the reasons given at each step — goes, because it describes the person
 * whichever side wrote it; the erased side's name goes from the lines that carry names; the facts reports count stay
 * (dates, kinds, lengths, statuses, counts, outcomes). The other side's name stays: they were not erased.
 */
import type { Duo, DuoSide, DuoTimelineEntry } from '../duo'
import type { Alert } from '../monitoring'
import type { ActionItem } from './action-plan'
import type { CheckIn } from './check-ins'
import type { ClosingInterview, FollowUp } from './closing'
import type { DuoLogEntry } from './duo-log'
import type { Intake, JobSearchProgress } from './intake'
import type { TrackingLine } from './tracking'

/** The in-take without its strengths and weaknesses. */
export const eraseIntake = (i: Intake): Intake => ({ ...i, strengths: '', weaknesses: '' })

/** The job search's counts without the note. */
export const eraseProgress = (p: JobSearchProgress): JobSearchProgress => ({ ...p, note: '' })

/**
 * An action with its kind, owner, dates and status, without its words or its comments' words; a comment's author
 * name goes when it is the erased person's.
 */
export const eraseAction = (a: ActionItem, name: string): ActionItem => ({
  ...a, goal: '', action: '', comments: a.comments.map((c) => ({ ...c, text: '', byName: c.byName === name ? '' : c.byName })),
})

/**
 * A log entry with its day, kind, channel and length, without its place and words; the author's name goes when the
 * author is the erased side.
 *
 * @example
 * eraseLogEntry(entry, 'mentee') // { ...entry, place: null, workedOn: '', nextSteps: '', loggedBy: { side: 'mentee', userId, name: '' } }
 */
export const eraseLogEntry = (e: DuoLogEntry, side: DuoSide): DuoLogEntry => ({
  ...e, place: e.place === null ? null : '', workedOn: '', nextSteps: '',
  loggedBy: { ...e.loggedBy, name: e.loggedBy.side === side ? '' : e.loggedBy.name },
})

/** A check-in with its day, channel, mood and risk, without its notes and follow-ups. */
export const eraseCheckIn = (c: CheckIn): CheckIn => ({ ...c, notes: '', followUps: [] })

/** The closing interview with its day, length and mode, without its place and notes. */
export const eraseClosingInterview = (i: ClosingInterview): ClosingInterview => ({ ...i, place: i.place === null ? null : '', notes: '' })

/** A follow-up with its day and the mentee's situation (the outcome after the duo), without its note. */
export const eraseFollowUp = (f: FollowUp): FollowUp => ({ ...f, note: '' })

/** The tracking line without the erased side's name. */
export const eraseTrackingLine = (l: TrackingLine, side: DuoSide): TrackingLine =>
  side === 'mentee' ? { ...l, menteeName: '' } : { ...l, mentorName: '' }

/**
 * The duo without the reasons given at its steps, the first meeting's address, and the erased party's network address
 * on their signature (the signature's time and document hash stay: the contract was signed).
 */
export function eraseDuo(d: Duo, side: DuoSide): Duo {
  const { reason: _answerReason, ...answer } = d.answer ?? {}
  const verdict = (v: Duo['verdicts']['mentor']) => {
    if (!v) return v
    const { reason: _reason, ...rest } = v
    return rest
  }
  const { reason: _closureReason, ...closure } = d.closure ?? {}
  return {
    ...d,
    answer: d.answer ? (answer as Duo['answer']) : null,
    meeting: d.meeting ? { ...d.meeting, place: '' } : null,
    verdicts: { mentor: verdict(d.verdicts.mentor), mentee: verdict(d.verdicts.mentee) },
    signatures: d.signatures.map((s) => (s.party === side ? { ...s, clientAddress: '' } : s)),
    endReason: d.endReason === null ? null : '',
    closure: d.closure ? (closure as Duo['closure']) : null,
  }
}

/** A step of the duo's timeline without its reason or its meeting's address. */
export function eraseDuoTimelineEntry(e: DuoTimelineEntry): DuoTimelineEntry {
  const { reason: _reason, ...rest } = e
  return { ...rest, ...(e.meeting && { meeting: { ...e.meeting, place: '' } }) }
}

/** An alert about the duo without the erased side's name, in its values and in its log message. */
export function eraseAlert(a: Alert, side: DuoSide, name: string): Alert {
  const message = name ? a.message.split(name).join('—') : a.message
  return { ...a, message, values: { ...a.values, [side]: '' } }
}
