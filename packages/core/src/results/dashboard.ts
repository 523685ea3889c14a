import type { OutcomeClass } from '../rules/programme-rules'
import { daysBetween, dayOf } from '../duo-life/dates'

/** What the results count of one duo; the data layer gathers it (a few numbers per duo, never the people). */
export interface DuoResultFacts {
  id: string
  /** When all signed; duos that never started do not count in results. */
  startedAt: string | null
  /** When it was closed, if it was. */
  endedAt: string | null
  outcome: { id: string; class: OutcomeClass; countsAsEmployment: boolean } | null
  /** Ended before its planned end, by a dropout or a decision. */
  earlyEnd: boolean
  /** Meetings logged and months lived (whole or part), for the meetings-per-month figure. */
  meetingsHeld: number
  monthsLived: number
  /** Check-ins that were due and whether each was held by its due date. */
  checkInsDue: number
  checkInsOnTime: number
  /** Evaluation questionnaires sent and answered (both sides), and each answer's overall satisfaction (1–5). */
  evaluationsSent: number
  evaluationsAnswered: number
  satisfaction: number[]
}

/**
 * Which duos a dashboard counts: `period` — what happened in the window (duos started in it, active at its end, closed
 * in it); `cohort` — the duos that started in the window, followed to `asOf` (how a funder asks "of those who started
 * in 2026, how many found a job?").
 */
export interface ResultsWindow {
  basis: 'period' | 'cohort'
  /** First and last day of the window, YYYY-MM-DD, both included. */
  from: string
  to: string
  /** For a cohort: the day its outcomes are read (today). */
  asOf?: string
}

export interface Rate {
  count: number
  /** Of how many. */
  of: number
  /** Whole percent, or null when `of` is 0 (a rate of nothing is not 0 %). */
  percent: number | null
}

export interface ProgrammeResults {
  started: number
  active: number
  closed: number
  positiveExits: Rate
  /** Exits to a job, over all closed duos (PLS: "70 % de sorties positives dont 37 % d'emploi"). */
  employment: Rate
  exitsByOutcome: { outcomeId: string; class: OutcomeClass; count: number }[]
  earlyEnds: Rate
  /** Median days from start to end of the closed duos. */
  medianDurationDays: number | null
  /** Meetings per month lived, over the counted duos, next to what the cadence asks. */
  meetingsPerMonth: { average: number | null; cadence: number }
  checkInsOnTime: Rate
  evaluationResponses: Rate
  /** Average overall satisfaction (1–5, one decimal) of the answers. */
  satisfaction: number | null
}

export const rate = (count: number, of: number): Rate => ({ count, of, percent: of === 0 ? null : Math.round((count / of) * 100) })

const inWindow = (iso: string | null, w: { from: string; to: string }) => iso !== null && dayOf(iso) >= w.from && dayOf(iso) <= w.to

/**
 * The median of numbers (the mean of the two middle ones for an even count), or null for none.
 *
 * @example
 * median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/**
 * A programme's (or an organisation's) results for a window, from its duos' facts.
 *
 * @example
 * programmeResults(duos, { basis: 'period', from: '2026-01-01', to: '2026-12-31' }, { meetingsPerMonth: 2 }).positiveExits
 * // { count: 7, of: 10, percent: 70 }
 */
export function programmeResults(
  duos: readonly DuoResultFacts[],
  window: ResultsWindow,
  cadence: { meetingsPerMonth: number },
): ProgrammeResults {
  const lived = duos.filter((d) => d.startedAt !== null)
  const startedIn = lived.filter((d) => inWindow(d.startedAt, window))
  const readOn = window.basis === 'cohort' ? (window.asOf ?? window.to) : window.to
  const pool = window.basis === 'cohort' ? startedIn : lived
  const active = pool.filter((d) => dayOf(d.startedAt!) <= readOn && (d.endedAt === null || dayOf(d.endedAt) > readOn))
  const closed = window.basis === 'cohort'
    ? pool.filter((d) => d.endedAt !== null && dayOf(d.endedAt) <= readOn)
    : pool.filter((d) => inWindow(d.endedAt, window))
  const counted = window.basis === 'cohort' ? pool : [...new Set([...startedIn, ...active, ...closed])]

  const byOutcome = new Map<string, { outcomeId: string; class: OutcomeClass; count: number }>()
  let positive = 0
  let employment = 0
  for (const d of closed) {
    if (!d.outcome) continue
    if (d.outcome.class === 'positive') positive += 1
    if (d.outcome.countsAsEmployment) employment += 1
    const row = byOutcome.get(d.outcome.id) ?? { outcomeId: d.outcome.id, class: d.outcome.class, count: 0 }
    row.count += 1
    byOutcome.set(d.outcome.id, row)
  }
  const months = counted.reduce((n, d) => n + d.monthsLived, 0)
  const meetings = counted.reduce((n, d) => n + d.meetingsHeld, 0)
  const sum = (pick: (d: DuoResultFacts) => number) => counted.reduce((n, d) => n + pick(d), 0)
  const answers = counted.flatMap((d) => d.satisfaction)
  return {
    started: startedIn.length,
    active: active.length,
    closed: closed.length,
    positiveExits: rate(positive, closed.length),
    employment: rate(employment, closed.length),
    exitsByOutcome: [...byOutcome.values()].sort((a, b) => b.count - a.count || a.outcomeId.localeCompare(b.outcomeId)),
    earlyEnds: rate(closed.filter((d) => d.earlyEnd).length, closed.length),
    medianDurationDays: median(closed.map((d) => daysBetween(d.startedAt!, d.endedAt!))),
    meetingsPerMonth: { average: months === 0 ? null : Math.round((meetings / months) * 10) / 10, cadence: cadence.meetingsPerMonth },
    checkInsOnTime: rate(sum((d) => d.checkInsOnTime), sum((d) => d.checkInsDue)),
    evaluationResponses: rate(sum((d) => d.evaluationsAnswered), sum((d) => d.evaluationsSent)),
    satisfaction: answers.length === 0 ? null : Math.round((answers.reduce((a, b) => a + b, 0) / answers.length) * 10) / 10,
  }
}
