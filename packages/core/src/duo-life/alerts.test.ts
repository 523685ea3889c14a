import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { alertShown, cadenceReminder, duoAlerts, handleAlert, trackingRow, type TrackingLine } from './index'

const cadences = { meetingsPerMonth: 2, checkInEveryWeeks: 6, firstMeetingWithinDays: 14 }

/** An active duo started on `startDate` with the given months' counts and check-ins. */
function line(over: Partial<TrackingLine> = {}): TrackingLine {
  return {
    programmeId: 'p1', duoId: 'd1', state: 'active', menteeId: 'm1', mentorId: 'r1', menteeName: 'Amina Haddad',
    mentorName: 'Sophie Lambert', coordinatorId: 'u1', acceptedAt: '2027-01-02T10:00:00.000Z', firstMeetingAt: '2027-01-05T10:00:00.000Z',
    firstMeetingHeld: true, contractGeneratedAt: '2027-01-06T10:00:00.000Z', startDate: '2027-01-10', plannedEndDate: '2027-07-10',
    months: {}, lastActivity: null, checkIns: { mentor: null, mentee: null }, updatedAt: '2027-01-10T10:00:00.000Z', version: 1,
    ...over,
  }
}
const kinds = (l: TrackingLine, today: string) => duoAlerts(trackingRow(l, cadences, today)).map((a) => a.subject)

describe('duo alerts, each kind with the day handed in', () => {
  it('check-in due a week ahead, then overdue, each side apart; a check-in clears its side', () => {
    // 6 weeks after 2027-01-10 is 2027-02-21.
    const busy = { months: { '2027-01': { meetings: 2, minutes: 180, contacts: 0 }, '2027-02': { meetings: 2, minutes: 180, contacts: 0 } }, lastActivity: '2027-02-14' }
    expect(kinds(line(busy), '2027-02-14')).toEqual(['d1-check-in-due-mentor-20270221', 'd1-check-in-due-mentee-20270221'])
    expect(kinds(line(busy), '2027-02-22')).toEqual(['d1-check-in-overdue-mentor-20270221', 'd1-check-in-overdue-mentee-20270221'])
    const seen = line({ ...busy, checkIns: { mentor: { date: '2027-02-22', risk: 'none' }, mentee: null } })
    expect(kinds(seen, '2027-02-22')).toEqual(['d1-check-in-overdue-mentee-20270221'])
  })

  it('fewer meetings than the cadence in the last closed month, across a year end and a leap February', () => {
    const december = line({ startDate: '2027-12-01', plannedEndDate: '2028-06-01', months: { '2027-12': { meetings: 1, minutes: 90, contacts: 2 } }, lastActivity: '2027-12-28' })
    expect(kinds(december, '2028-01-03')).toContain('d1-behind-cadence-202712')
    const february = line({ startDate: '2028-01-01', plannedEndDate: '2028-09-01', lastActivity: '2028-02-29', months: { '2028-01': { meetings: 2, minutes: 180, contacts: 0 }, '2028-02': { meetings: 1, minutes: 90, contacts: 0 } } })
    // On the leap day February is still running: not judged; on 1 March it is.
    expect(kinds(february, '2028-02-29').filter((s) => s.includes('behind'))).toEqual([])
    expect(kinds(february, '2028-03-01')).toContain('d1-behind-cadence-202802')
  })

  it('no activity for the rules\' days, counted from the start when nothing was logged', () => {
    expect(kinds(line(), '2027-01-30')).not.toContain('d1-inactive-20270110')
    expect(kinds(line(), '2027-01-31')).toContain('d1-inactive-20270110')
    expect(kinds(line({ lastActivity: '2027-01-20' }), '2027-02-10')).toContain('d1-inactive-20270120')
  })

  it('planned end within 30 days, keyed by the end date', () => {
    expect(kinds(line(), '2027-06-09')).not.toContain('d1-ending-soon-20270710')
    expect(kinds(line(), '2027-06-10')).toContain('d1-ending-soon-20270710')
  })

  it('contract not signed after the rules\' days; first meeting not held in time', () => {
    const signing = line({ state: 'signing', startDate: null, plannedEndDate: null })
    expect(kinds(signing, '2027-01-20')).toEqual([])
    expect(kinds(signing, '2027-01-21')).toEqual(['d1-contract-unsigned-20270106'])
    const waiting = line({ state: 'accepted', firstMeetingAt: null, firstMeetingHeld: false, contractGeneratedAt: null, startDate: null, plannedEndDate: null })
    expect(kinds(waiting, '2027-01-16')).toEqual([])
    expect(kinds(waiting, '2027-01-17')).toEqual(['d1-first-meeting-late-20270116'])
  })

  it('a high risk left by a check-in, on the coordinator who follows the duo, with the names', () => {
    const risky = line({ checkIns: { mentor: null, mentee: { date: '2027-01-20', risk: 'high' } }, lastActivity: '2027-01-20' })
    const [first] = duoAlerts(trackingRow(risky, cadences, '2027-01-21'))
    expect(first).toMatchObject({ kind: 'high-risk', level: 'urgent', coordinatorId: 'u1', duoId: 'd1', values: { mentee: 'Amina Haddad' } })
  })

  it('a duo that ended (or any state but the ones above) raises nothing; pausing is not in the lifecycle yet', () => {
    expect(kinds(line({ state: 'cancelled' }), '2027-06-20')).toEqual([])
  })

  it('keeps an alert\'s id from day to day while the condition lasts, so a dismissal holds', () => {
    expect(kinds(line(), '2027-02-01')).toEqual(expect.arrayContaining(['d1-inactive-20270110']))
    expect(kinds(line(), '2027-02-02')).toEqual(expect.arrayContaining(['d1-inactive-20270110']))
    for (const id of [...kinds(line(), '2027-02-25'), ...kinds(line({ state: 'accepted', startDate: null, firstMeetingHeld: false }), '2027-03-01')]) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/)
    }
  })
})

describe('dismissing and snoozing', () => {
  const at = '2027-03-04T09:00:00.000Z'
  it('hides a dismissed alert; a snoozed one until its day', () => {
    const dismissed = handleAlert(undefined, 'a1', { type: 'dismiss', by: 'u1', at })
    expect(dismissed).toMatchObject({ dismissed: { by: 'u1', at }, snoozed: null, version: 1 })
    expect(alertShown(dismissed, '2027-03-04')).toBe(false)
    const snoozed = handleAlert(dismissed, 'a1', { type: 'snooze', by: 'u2', at, until: '2027-03-11' })
    expect(snoozed).toMatchObject({ dismissed: null, snoozed: { by: 'u2', until: '2027-03-11' }, version: 2 })
    expect(alertShown(snoozed, '2027-03-10')).toBe(false)
    expect(alertShown(snoozed, '2027-03-11')).toBe(true)
    expect(alertShown(undefined, '2027-03-11')).toBe(true)
  })

  it('refuses a snooze to today, the past or a day that does not exist, naming `until`', () => {
    for (const until of ['2027-03-04', '2027-03-01', '2027-02-29']) {
      const e = (() => { try { handleAlert(undefined, 'a1', { type: 'snooze', by: 'u1', at, until }) } catch (x) { return x } })()
      expect(e).toBeInstanceOf(DomainError)
      expect((e as DomainError).details?.[0]?.path).toBe('until')
    }
    expect(handleAlert(undefined, 'a1', { type: 'snooze', by: 'u1', at: '2028-02-28T10:00:00Z', until: '2028-02-29' }).snoozed?.until).toBe('2028-02-29')
  })
})

describe('the gentle reminder when meetings fall behind', () => {
  const behind = line({ months: { '2027-02': { meetings: 1, minutes: 90, contacts: 0 } }, startDate: '2027-01-10', lastActivity: '2027-02-20' })
  it('once a month at most, about last month', () => {
    const row = trackingRow(behind, cadences, '2027-03-02')
    expect(cadenceReminder(row, '2027-03-02', null)).toBe('2027-02')
    expect(cadenceReminder(row, '2027-03-02', '2027-02')).toBeNull()
    expect(cadenceReminder(row, '2027-03-02', '2027-01')).toBe('2027-02')
  })
  it('not when last month met the cadence, nor for a duo no longer active', () => {
    const met = line({ months: { '2027-02': { meetings: 2, minutes: 180, contacts: 0 } } })
    expect(cadenceReminder(trackingRow(met, cadences, '2027-03-02'), '2027-03-02', null)).toBeNull()
    expect(cadenceReminder(trackingRow({ ...behind, state: 'cancelled' }, cadences, '2027-03-02'), '2027-03-02', null)).toBeNull()
  })
})
