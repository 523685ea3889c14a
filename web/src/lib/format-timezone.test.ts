// The reader's computer set to UTC (a laptop abroad, a CI runner): Node reads TZ when it next needs the zone, so the
// browser-zone methods below really are UTC here, and the formatters must still say Brussels' time.
process.env.TZ = 'UTC'

import { describe, expect, it } from 'vitest'
import { brusselsDay, brusselsWallTime, formatDate, formatDateTime, formatTime } from './format'
import { sessionWhen } from './sessions'

describe('times in the programme\'s zone, read by a browser in UTC', () => {
  it('runs in UTC indeed', () => {
    expect(new Date('2026-07-01T16:30:00Z').getHours()).toBe(16)
  })

  it('shows an 18:30 Brussels summer meeting (16:30 UTC) at 18:30', () => {
    expect(formatDateTime('2026-07-01T16:30:00.000Z', 'fr')).toBe('01/07/2026 18:30')
    expect(formatTime('2026-07-01T16:30:00.000Z')).toBe('18:30')
    expect(brusselsWallTime('2026-07-01T16:30:00.000Z')).toBe('2026-07-01T18:30')
  })

  it('shows an 18:30 Brussels winter meeting (17:30 UTC) at 18:30', () => {
    expect(formatDateTime('2026-12-10T17:30:00.000Z', 'nl')).toBe('10/12/2026 18:30')
    expect(formatTime('2026-12-10T17:30:00Z')).toBe('18:30')
  })

  it('says the Brussels day of a late moment, and a calendar date as it is', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('01/01/2027')
    expect(formatDate('2026-06-30T22:15:00Z')).toBe('01/07/2026')
    expect(formatDate('2026-12-31')).toBe('31/12/2026')
  })

  it('keeps a Brussels wall time (sessions, closing interviews) as it is', () => {
    expect(formatDateTime('2026-07-01T18:30')).toBe('01/07/2026 18:30')
    expect(formatTime('2026-12-10T18:30')).toBe('18:30')
    expect(sessionWhen('2026-12-10T18:30')).toBe('10/12/2026 18:30')
  })

  it('leaves what is not a date as it came, and says nothing as a dash', () => {
    expect(formatDateTime('soon')).toBe('soon')
    expect(formatTime(null)).toBe('—')
    expect(formatDate(undefined)).toBe('—')
  })

  it('counts days on the Brussels calendar, not the UTC one (the org home offers « tomorrow » to snooze an alert)', () => {
    // 00:30 on 3 December in Brussels is still 2 December in UTC: tomorrow is the 4th, not the 3rd (today).
    expect(brusselsDay(1, new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-04')
    expect(brusselsDay(0, new Date('2026-12-02T23:30:00Z'))).toBe('2026-12-03')
    expect(brusselsDay(1, new Date('2026-12-02T12:00:00Z'))).toBe('2026-12-03')
    // Summer time: 00:30 on 1 July in Brussels is 22:30 UTC the day before.
    expect(brusselsDay(1, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-02')
    // The night the clocks go forward (29 March 2026) is one calendar day all the same.
    expect(brusselsDay(1, new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-30')
    expect(brusselsDay(1, new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-02')
  })

  it('counts the pause form\'s days (tomorrow at the earliest, two weeks by default) on the calendar across both daylight-saving nights', () => {
    // 23:30 in Brussels the evening before the clocks go forward (29 March 2026): 24 hours later it is already 00:30 on
    // the 30th, so adding hours would offer the 30th as « tomorrow » and the 12th as « in two weeks ».
    const spring = new Date('2026-03-28T22:30:00Z')
    expect(brusselsDay(1, spring)).toBe('2026-03-29')
    expect(brusselsDay(14, spring)).toBe('2026-04-11')
    // 00:30 in Brussels the night the clocks go back (25 October 2026): 24 hours later it is still 23:30 on the 25th.
    const autumn = new Date('2026-10-24T22:30:00Z')
    expect(brusselsDay(0, autumn)).toBe('2026-10-25')
    expect(brusselsDay(1, autumn)).toBe('2026-10-26')
    expect(brusselsDay(14, autumn)).toBe('2026-11-08')
  })
})
