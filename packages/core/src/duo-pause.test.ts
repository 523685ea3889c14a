import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { applyDuoEvent, currentPause, duoEventsFrom, type Duo, type DuoEvent } from './duo'
import { lineFromDuo, trackingRow } from './duo-life/tracking'
import { cadenceReminder } from './duo-life/alerts'

/**
 * "A duo paused and resumed" (issue 10's tests): the pause stops the duo's life alerts, the resumption moves the
 * planned end by the paused days, across month ends and a leap day, with the clock handed in.
 */
const rules = { proposalAnswerDays: 7, firstMeetingPlace: 'free' as const, durationMonthsMax: 6 }
const ctx = { rules, entryId: 'e', outcomes: [] }
const cadences = { meetingsPerMonth: 2, checkInEveryWeeks: 6, firstMeetingWithinDays: 21 }

/** An active duo started on `startDate`, its planned end six months later. */
function activeDuo(startDate: string, plannedEndDate: string): Duo {
  return {
    id: 'd1', programmeId: 'p1', menteeId: 'e1', mentorId: 'm1', state: 'active', runId: null, score: null,
    proposedAt: `${startDate}T08:00:00.000Z`, proposedBy: 'u-coord', answerDeadline: `${startDate}T08:00:00.000Z`,
    answer: null, meeting: null, verdicts: { mentor: null, mentee: null }, contract: null, signatures: [],
    startDate, plannedEndDate, endedAt: null, endReason: null, closure: null, version: 5,
  }
}
const pause = (day: string, expectedResumeDate: string, reason = 'Maladie'): DuoEvent =>
  ({ type: 'pause', at: `${day}T09:00:00.000Z`, by: 'u-coord', reason, expectedResumeDate })
const resume = (day: string): DuoEvent => ({ type: 'resume', at: `${day}T10:00:00.000Z`, by: 'u-coord' })

function errorOf(f: () => unknown): DomainError {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return e
    throw e
  }
  throw new Error('expected a DomainError')
}

describe('a duo paused and resumed', () => {
  it('pauses with its reason and expected resumption, then resumes with the planned end moved by the paused days', () => {
    const { duo: paused, entry } = applyDuoEvent(activeDuo('2027-01-18', '2027-07-18'), pause('2027-03-01', '2027-03-22', ' Formation '), ctx)
    expect(paused.state).toBe('paused')
    expect(currentPause(paused)).toMatchObject({ from: '2027-03-01', reason: 'Formation', expectedResumeDate: '2027-03-22', resumedOn: null, days: null })
    expect(entry).toMatchObject({ event: 'pause', from: 'active', to: 'paused', reason: 'Formation', expectedResumeDate: '2027-03-22' })
    expect(duoEventsFrom(paused)).toEqual(['close', 'resume'])
    const { duo: back, entry: resumed } = applyDuoEvent(paused, resume('2027-03-29'), ctx)
    expect(back.state).toBe('active')
    expect(back.pauses).toEqual([expect.objectContaining({ from: '2027-03-01', resumedOn: '2027-03-29', days: 28 })])
    expect(back.plannedEndDate).toBe('2027-08-15')
    expect(resumed).toMatchObject({ event: 'resume', from: 'paused', to: 'active', pausedDays: 28 })
    expect(currentPause(back)).toBeNull()
  })

  it('counts the days across a month end and a leap day (2028-02-29)', () => {
    const { duo: paused } = applyDuoEvent(activeDuo('2027-12-31', '2028-06-30'), pause('2028-02-27', '2028-03-02'), ctx)
    const { duo: back } = applyDuoEvent(paused, resume('2028-03-01'), ctx)
    expect(back.pauses?.[0]?.days).toBe(3) // 27, 28, 29 February
    expect(back.plannedEndDate).toBe('2028-07-03')
  })

  it('adds up two pauses, and a pause resumed the same day moves nothing', () => {
    let duo = activeDuo('2027-01-31', '2027-07-31')
    duo = applyDuoEvent(duo, pause('2027-04-30', '2027-05-10'), ctx).duo
    duo = applyDuoEvent(duo, resume('2027-04-30'), ctx).duo
    expect(duo.plannedEndDate).toBe('2027-07-31')
    duo = applyDuoEvent(duo, pause('2027-05-31', '2027-06-15'), ctx).duo
    duo = applyDuoEvent(duo, resume('2027-06-02'), ctx).duo
    expect(duo.pauses?.map((p) => p.days)).toEqual([0, 2])
    expect(duo.plannedEndDate).toBe('2027-08-02')
  })

  it('refuses a pause without a reason or with a resumption not after today (400 naming the field)', () => {
    const duo = activeDuo('2027-01-18', '2027-07-18')
    expect(errorOf(() => applyDuoEvent(duo, pause('2027-03-01', '2027-03-22', '  '), ctx)).details?.[0]).toMatchObject({ path: 'reason', reason: 'required' })
    const today = errorOf(() => applyDuoEvent(duo, pause('2027-03-01', '2027-03-01'), ctx))
    expect(today.status).toBe(400)
    expect(today.details?.[0]).toMatchObject({ path: 'expectedResumeDate', reason: 'too-small', values: { min: '2027-03-02' } })
    expect(errorOf(() => applyDuoEvent(duo, pause('2027-03-01', '2027-02-30'), ctx)).details?.[0]).toMatchObject({ path: 'expectedResumeDate', reason: 'not-a-date' })
  })

  it('refuses to pause a paused duo or resume an active one (409 wrong-state with the state)', () => {
    const active = activeDuo('2027-01-18', '2027-07-18')
    const paused = applyDuoEvent(active, pause('2027-03-01', '2027-03-22'), ctx).duo
    const twice = errorOf(() => applyDuoEvent(paused, pause('2027-03-02', '2027-03-22'), ctx))
    expect([twice.status, twice.reason, twice.values]).toEqual([409, 'wrong-state', { entity: 'duo', state: 'paused' }])
    expect(errorOf(() => applyDuoEvent(active, resume('2027-03-02'), ctx)).values).toEqual({ entity: 'duo', state: 'active' })
  })

  it('raises no alert and no reminder while paused; back from the pause, its paused month is not held against the cadence', () => {
    const active = activeDuo('2027-01-04', '2027-07-04')
    const paused = applyDuoEvent(active, pause('2027-02-01', '2027-03-01'), ctx).duo
    // No meeting logged since the start: an active duo would be inactive, behind the cadence and overdue for check-ins.
    const quiet = lineFromDuo(active, { menteeName: 'A', mentorName: 'B' }, undefined, '2027-03-20T00:00:00Z')
    expect(trackingRow(quiet, cadences, '2027-03-20').attention.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['check-in-overdue', 'inactive', 'behind-cadence']),
    )
    const whilePaused = trackingRow(lineFromDuo(paused, undefined, quiet, '2027-02-25T00:00:00Z'), cadences, '2027-02-25')
    expect(whilePaused.attention).toEqual([])
    expect(whilePaused.colour).toBe('green')
    expect(cadenceReminder(whilePaused, '2027-02-25', null)).toBeNull()

    const back = applyDuoEvent(paused, resume('2027-03-01'), ctx).duo
    const line = lineFromDuo(back, undefined, quiet, '2027-03-02T00:00:00Z')
    expect(line.pauses).toEqual([{ from: '2027-02-01', to: '2027-03-01' }])
    const row = trackingRow(line, cadences, '2027-03-02')
    const kinds = row.attention.map((a) => a.kind)
    expect(kinds).not.toContain('behind-cadence') // February was paused
    expect(kinds).not.toContain('inactive') // the silence counts from the resumption
    expect(cadenceReminder(row, '2027-03-02', null)).toBeNull()
    // Three weeks after resuming without any contact, the duo is inactive again.
    expect(trackingRow(line, cadences, '2027-03-22').attention.map((a) => a.kind)).toContain('inactive')
  })

  it('closes a paused duo, ending its pause on the last day', () => {
    const paused = applyDuoEvent(activeDuo('2027-01-18', '2027-07-18'), pause('2027-03-01', '2027-03-22'), ctx).duo
    const outcomes = [{ id: 'dropout', class: 'negative' as const, countsAsEmployment: false, label: { fr: 'Abandon', en: 'Dropout', nl: 'Afhaker' } }]
    const { duo } = applyDuoEvent(paused, { type: 'close', at: '2027-03-10T09:00:00.000Z', by: 'u', outcomeId: 'dropout', endDate: '2027-03-10', decidedBy: 'mentee', reason: 'Déménagement' }, { ...ctx, outcomes })
    expect(duo.state).toBe('closed')
    expect(duo.pauses?.[0]).toMatchObject({ resumedOn: '2027-03-10', days: 9 })
  })
})
