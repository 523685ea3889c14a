import { dayAfter, dayOf } from './dates'

/** Which side of the duo a check-in reached: staff call the mentor and the mentee apart, or meet both. */
export const checkInSides = ['mentor', 'mentee', 'both'] as const
export type CheckInSide = (typeof checkInSides)[number]

export const checkInChannels = ['phone', 'video', 'in-person', 'email', 'message'] as const
export type CheckInChannel = (typeof checkInChannels)[number]

/** How the duo feels, as the staff member heard it. */
export const checkInMoods = ['good', 'mixed', 'difficult'] as const
export type CheckInMood = (typeof checkInMoods)[number]

/** The risk the staff member sees for the duo: none, to watch, or high (a dropout is near). */
export const riskLevels = ['none', 'watch', 'high'] as const
export type RiskLevel = (typeof riskLevels)[number]

/**
 * A monitoring contact by staff with one side of a duo or both (seed 004: every six weeks at PLS; another guide says
 * every two months — the programme's `checkInEveryWeeks`).
 */
export interface CheckIn {
  id: string
  duoId: string
  programmeId: string
  side: CheckInSide
  /** The day it took place (YYYY-MM-DD). */
  date: string
  channel: CheckInChannel
  notes: string
  mood: CheckInMood
  risk: RiskLevel
  /** What staff will do next ("rappeler la mentee après son entretien du 12"). */
  followUps: string[]
  by: string
  byName: string
  createdAt: string
  version: number
}

/** When each side's next check-in is due. */
export interface CheckInsDue {
  mentor: string
  mentee: string
}

/**
 * The day each side's next check-in is due: `everyWeeks` after that side's last check-in (one with both sides counts
 * for each), or after the duo's start when there has been none.
 *
 * @example
 * checkInsDue([], { startedAt: '2027-01-10T09:00:00.000Z', everyWeeks: 6 }) // { mentor: '2027-02-21', mentee: '2027-02-21' }
 */
export function checkInsDue(
  checkIns: readonly Pick<CheckIn, 'side' | 'date'>[],
  duo: { startedAt: string; everyWeeks: number },
): CheckInsDue {
  const last = { mentor: dayOf(duo.startedAt), mentee: dayOf(duo.startedAt) }
  for (const c of checkIns) {
    if ((c.side === 'mentor' || c.side === 'both') && c.date > last.mentor) last.mentor = c.date
    if ((c.side === 'mentee' || c.side === 'both') && c.date > last.mentee) last.mentee = c.date
  }
  const days = duo.everyWeeks * 7
  return { mentor: dayAfter(last.mentor, days), mentee: dayAfter(last.mentee, days) }
}

/**
 * The highest risk of the duo's latest check-in per side: what the tracking table shows as its open risk (a later,
 * calmer check-in closes an earlier worry).
 *
 * @example
 * openRisk([{ side: 'mentee', date: '2027-02-01', risk: 'high' }, { side: 'both', date: '2027-03-01', risk: 'watch' }]) // 'watch'
 */
export function openRisk(checkIns: readonly Pick<CheckIn, 'side' | 'date' | 'risk'>[]): RiskLevel {
  const latest: Partial<Record<'mentor' | 'mentee', Pick<CheckIn, 'date' | 'risk'>>> = {}
  for (const c of checkIns) {
    for (const side of c.side === 'both' ? (['mentor', 'mentee'] as const) : [c.side]) {
      const seen = latest[side]
      if (!seen || c.date >= seen.date) latest[side] = c
    }
  }
  const order = riskLevels
  let worst: RiskLevel = 'none'
  for (const c of Object.values(latest)) if (c && order.indexOf(c.risk) > order.indexOf(worst)) worst = c.risk
  return worst
}
