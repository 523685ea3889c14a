/**
 * What a network partner is told of the duos of the people it referred (issue 10, "partners kept informed"; seeds 001
 * and 002): per person, the duo's stage, its meetings count and, once closed, its outcome — only the facts the
 * programme's `partnerSharing` allows (a fact not allowed is absent, not null), and never the mentor's identity, the
 * duo's log or its check-ins. And the monthly summary e-mailed to the partner's users: the same facts, for one month.
 */
import { endedDuoStates, type Duo, type DuoState } from './duo'
import { monthOf, previousMonth } from './duo-life/dates'
import type { TrackingLine } from './duo-life/tracking'
import type { OutcomeClass } from './rules/programme-rules'
import { defaultPartnerSharing, type PartnerSharing, type ProgrammeRules } from './rules/programme-rules'

/** A duo as its mentee's referring partner sees it: each fact only when the programme shares it. */
export interface PartnerDuoView {
  stage?: DuoState
  /** Meetings logged since the start (every month of the tracking line). */
  meetings?: number
  outcome?: { outcomeId: string; outcomeClass: OutcomeClass; countsAsEmployment: boolean; endDate: string }
}

/** The programme's sharing, or the default for rules saved before it existed. */
export const partnerSharingOf = (rules: Pick<ProgrammeRules, 'partnerSharing'>): PartnerSharing => rules.partnerSharing ?? defaultPartnerSharing

/**
 * The duo a partner hears about for a person: their latest duo that started or may still start (an ended proposal is
 * not news for a partner); null when there is none.
 *
 * @example
 * partnerDuoOf([refusedEarlier, activeNow]) // activeNow
 */
export function partnerDuoOf(duos: readonly Duo[]): Duo | null {
  const ended = endedDuoStates as readonly DuoState[]
  return [...duos].filter((d) => !ended.includes(d.state)).sort((a, b) => b.proposedAt.localeCompare(a.proposedAt))[0] ?? null
}

const meetingsOf = (line: Pick<TrackingLine, 'months'> | undefined, month?: string): number =>
  Object.entries(line?.months ?? {}).reduce((n, [m, row]) => (month === undefined || m === month ? n + row.meetings : n), 0)

/**
 * The partner's view of a duo with the programme's sharing applied.
 *
 * @example
 * partnerDuoView(closedDuo, line, { stage: true, meetings: false, outcome: true })
 * // { stage: 'closed', outcome: { outcomeId: 'job', outcomeClass: 'positive', countsAsEmployment: true, endDate: '2027-07-18' } }
 */
export function partnerDuoView(duo: Duo, line: Pick<TrackingLine, 'months'> | undefined, sharing: PartnerSharing): PartnerDuoView {
  const c = duo.closure
  return {
    ...(sharing.stage && { stage: duo.state }),
    ...(sharing.meetings && { meetings: meetingsOf(line) }),
    ...(sharing.outcome && c && { outcome: { outcomeId: c.outcomeId, outcomeClass: c.outcomeClass, countsAsEmployment: c.countsAsEmployment, endDate: c.endDate } }),
  }
}

/** One referred person in a partner's monthly summary. */
export interface PartnerSummaryPerson {
  firstName: string
  lastName: string
  /** Their duo as the partner may see it; absent when they have none yet. */
  duo?: PartnerDuoView
  /** Their duo started in the month. */
  started: boolean
  /** Meetings in the month (when meetings are shared). */
  meetingsInMonth?: number
  /** Their duo closed in the month (when outcomes are shared). */
  closedInMonth: boolean
}

/** A partner's summary of one month: its people, and the month's new duos, meetings and closures (allowed facts only). */
export interface PartnerMonthSummary {
  month: string
  referred: number
  newDuos: number
  meetings?: number
  closures?: number
  positiveOutcomes?: number
  people: PartnerSummaryPerson[]
}

/**
 * The month a summary sent on `today` covers: the month before.
 *
 * @example
 * summaryMonth('2027-03-01') // '2027-02'
 * summaryMonth('2028-01-01') // '2027-12'
 */
export const summaryMonth = (today: string): string => previousMonth(monthOf(today))

/**
 * One partner's summary of `month`, from its referred people with their duo and tracking line.
 *
 * @example
 * partnerMonthSummary('2027-02', [{ person, duo, line }], defaultPartnerSharing)
 * // { month: '2027-02', referred: 1, newDuos: 1, meetings: 3, closures: 0, positiveOutcomes: 0, people: [...] }
 */
export function partnerMonthSummary(
  month: string,
  referred: readonly { person: { firstName: string; lastName: string }; duo: Duo | null; line?: Pick<TrackingLine, 'months'> | undefined }[],
  sharing: PartnerSharing,
): PartnerMonthSummary {
  const people: PartnerSummaryPerson[] = referred.map(({ person, duo, line }) => {
    const closedInMonth = sharing.outcome && duo?.closure != null && monthOf(duo.closure.endDate) === month
    return {
      firstName: person.firstName, lastName: person.lastName,
      ...(duo && { duo: partnerDuoView(duo, line, sharing) }),
      started: duo?.startDate != null && monthOf(duo.startDate) === month,
      ...(sharing.meetings && duo && { meetingsInMonth: meetingsOf(line, month) }),
      closedInMonth,
    }
  })
  const closed = people.filter((p) => p.closedInMonth)
  return {
    month, referred: people.length, newDuos: people.filter((p) => p.started).length,
    ...(sharing.meetings && { meetings: people.reduce((n, p) => n + (p.meetingsInMonth ?? 0), 0) }),
    ...(sharing.outcome && { closures: closed.length, positiveOutcomes: closed.filter((p) => p.duo?.outcome?.outcomeClass === 'positive').length }),
    people,
  }
}
