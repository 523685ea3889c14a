import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { DomainError } from '../errors'
import {
  actionLifecycle, dayAfter, dayIn, dayWords, monthIn, attentionColour, cadenceByMonth, checkInsDue, commentAction, daysBetween, duoAttention,
  isDay, isLoggableDay, localDay, wallClock, wallClockWords, lastActivity, monthsFrom, moveAction, newAction, openRisk, planSummary, type DuoFacts,
} from './index'

const now = '2027-01-10T09:00:00.000Z'
const ctx = { id: 'a1', duoId: 'd1', programmeId: 'p1', userId: 'u1', now }

describe('calendar days', () => {
  it('writes a day as readers of each language do, and nothing for a day not set', () => {
    expect(dayWords('2028-02-29')).toBe('29/02/2028')
    expect(dayWords(null)).toBe('')
    expect(dayIn('2027-03-04', 'fr')).toBe('04/03/2027')
    expect(dayIn('2027-03-04', 'nl')).toBe('04/03/2027')
    expect(dayIn('2027-03-04', 'en')).toBe('2027-03-04')
  })
  it('names a month as a letter does in each language, whatever the server\'s zone', () => {
    expect(monthIn('2026-11', 'fr')).toBe('novembre 2026')
    expect(monthIn('2027-01', 'en')).toBe('January 2027')
    expect(monthIn('2026-12', 'nl')).toBe('december 2026')
  })

  it('checks, counts and adds days across months, years and leap days', () => {
    expect(isDay('2028-02-29')).toBe(true)
    expect(isDay('2027-02-29')).toBe(false)
    expect(isDay('2027-1-05')).toBe(false)
    expect(daysBetween('2027-12-30', '2028-01-02')).toBe(3)
    expect(daysBetween('2027-03-05T23:59:00.000Z', '2027-03-01')).toBe(-4)
    expect(dayAfter('2028-02-28', 1)).toBe('2028-02-29')
    expect(monthsFrom('2026-11-20', '2027-02-01')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02'])
    expect(monthsFrom('2027-02-01', '2027-01-01')).toEqual([])
  })

  it('adds then counts back to the same number of days', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: -800, max: 800 }), (offset, n) => {
      const day = dayAfter('2000-01-01', offset)
      return isDay(day) && daysBetween(day, dayAfter(day, n)) === n
    }))
  })

  it("says today as Brussels says it, not UTC: after midnight there, in winter and in summer time", () => {
    expect(localDay('2027-03-03T23:30:00.000Z')).toBe('2027-03-04') // 00:30 in winter (UTC+1)
    expect(localDay('2027-03-03T22:59:00.000Z')).toBe('2027-03-03') // 23:59
    expect(localDay('2027-07-01T22:15:00.000Z')).toBe('2027-07-02') // 00:15 in summer (UTC+2)
    expect(localDay('2027-07-01T21:59:00.000Z')).toBe('2027-07-01')
    expect(localDay('2027-12-31T23:00:00.000Z')).toBe('2028-01-01') // a new year
    expect(localDay(new Date('2028-02-28T23:30:00.000Z'))).toBe('2028-02-29') // a leap day
  })

  it('reads a Brussels clock at an instant, on both sides of each change of hour, and words it as the e-mails do', () => {
    expect(wallClock('2027-01-14T17:00:00.000Z')).toEqual({ year: '2027', month: '01', day: '14', hour: '18', minute: '00' })
    expect(wallClock(Date.parse('2027-03-28T00:59:00.000Z'))).toMatchObject({ hour: '01', minute: '59' }) // winter time
    expect(wallClock(new Date('2027-03-28T01:00:00.000Z'))).toMatchObject({ hour: '03', minute: '00' }) // 02:00 → 03:00
    expect(wallClock('2027-10-31T00:30:00.000Z')).toMatchObject({ hour: '02', minute: '30' }) // summer time
    expect(wallClock('2027-10-31T01:30:00.000Z')).toMatchObject({ hour: '02', minute: '30' }) // the hour again
    expect(wallClock('2027-12-31T23:05:00.000Z')).toEqual({ year: '2028', month: '01', day: '01', hour: '00', minute: '05' })
    expect(wallClockWords('2027-06-14T16:00:00.000Z')).toEqual({ date: '14/06/2027', time: '18:00' })
  })
})

describe('the action plan', () => {
  const item = newAction({ goal: ' Décrocher un stage ', action: ' Refaire le CV au format belge ', support: 'concrete', owner: 'mentee', dueDate: '2027-01-31' }, ctx)

  it('starts planned, trimmed, at version 1', () => {
    expect(item).toMatchObject({ status: 'planned', goal: 'Décrocher un stage', action: 'Refaire le CV au format belge', comments: [], version: 1 })
  })

  it('moves by its lifecycle and refuses what the status does not allow with a 409 naming it', () => {
    const done = moveAction(moveAction(item, 'start', now), 'complete', now)
    expect(done).toMatchObject({ status: 'done', version: 3 })
    expect(moveAction(done, 'reopen', now).status).toBe('in-progress')
    let error: unknown
    try { moveAction(done, 'drop', now) } catch (e) { error = e }
    expect(error).toBeInstanceOf(DomainError)
    expect(error).toMatchObject({ reason: 'wrong-state', values: { state: 'done' } })
  })

  it('keeps every event inside the lifecycle over random sequences', () => {
    const events = Object.keys(actionLifecycle.transitions) as (keyof typeof actionLifecycle.transitions)[]
    fc.assert(fc.property(fc.array(fc.constantFrom(...events), { maxLength: 30 }), (seq) => {
      let current = item
      for (const e of seq) {
        const allowed = actionLifecycle.allows(current.status, e)
        try {
          const next = moveAction(current, e, now)
          if (!allowed || next.version !== current.version + 1) return false
          current = next
        } catch {
          if (allowed) return false
        }
      }
      return actionLifecycle.states.includes(current.status)
    }))
  })

  it('keeps comments in order and counts the plan by kind, open and overdue', () => {
    const commented = commentAction(item, { at: now, by: 'u2', byName: 'Marc', text: ' Envoyé à trois cabinets ' })
    expect(commented.comments).toEqual([{ at: now, by: 'u2', byName: 'Marc', text: 'Envoyé à trois cabinets' }])
    const other = newAction({ goal: 'Réseau', action: 'Présenter à un collègue RH', support: 'relational', owner: 'mentor', dueDate: null }, { ...ctx, id: 'a2' })
    const dropped = moveAction(newAction({ goal: 'x', action: 'y', support: 'technical', owner: 'both', dueDate: '2027-01-01' }, { ...ctx, id: 'a3' }), 'drop', now)
    expect(planSummary([item, other, dropped], '2027-02-01')).toEqual({
      total: 3, done: 0, open: 2, overdue: 1, bySupport: { technical: 1, objective: 0, concrete: 1, psychological: 0, relational: 1 },
    })
    expect(planSummary([item], '2027-01-31').overdue).toBe(0)
  })
})

describe('the log against the cadence', () => {
  const meeting = (date: string, minutes = 90) => ({ kind: 'meeting' as const, date, minutes })
  const contact = (date: string) => ({ kind: 'contact' as const, date, minutes: null })

  it('counts meetings, minutes and contacts per month, pro rata in the first month, judging finished months only', () => {
    const rows = cadenceByMonth(
      [meeting('2027-01-20'), contact('2027-01-22'), meeting('2027-02-03', 60), meeting('2027-03-02'), meeting('2026-12-30')],
      { startedAt: '2027-01-16T10:00:00.000Z', today: '2027-03-05', meetingsPerMonth: 2 },
    )
    expect(rows).toEqual([
      { month: '2027-01', meetings: 1, minutes: 90, contacts: 1, expected: 1, closed: true, met: true },
      { month: '2027-02', meetings: 1, minutes: 60, contacts: 0, expected: 2, closed: true, met: false },
      { month: '2027-03', meetings: 1, minutes: 90, contacts: 0, expected: 2, closed: false, met: false },
    ])
  })

  it('stops at the planned end and asks for its month in proportion', () => {
    const rows = cadenceByMonth([], { startedAt: '2027-01-01', today: '2027-09-10', meetingsPerMonth: 2, plannedEndAt: '2027-07-10' })
    expect(rows.map((r) => r.month)).toEqual(['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07'])
    expect(rows.at(-1)!.expected).toBe(0)
    expect(rows[0]!.expected).toBe(2)
  })

  it('knows the last activity and which days can be logged', () => {
    expect(lastActivity([])).toBeNull()
    expect(lastActivity([{ date: '2027-02-01' }, { date: '2027-02-14' }, { date: '2027-01-30' }])).toBe('2027-02-14')
    const duo = { startedAt: '2027-01-16T10:00:00.000Z', today: '2027-03-05' }
    expect(isLoggableDay('2027-01-16', duo)).toBe(true)
    expect(isLoggableDay('2027-01-15', duo)).toBe(false)
    expect(isLoggableDay('2027-03-06', duo)).toBe(false)
  })
})

describe('check-ins', () => {
  it('are due every N weeks from the start, then from each side’s last check-in (both sides counts for each)', () => {
    expect(checkInsDue([], { startedAt: '2027-01-10T09:00:00.000Z', everyWeeks: 6 })).toEqual({ mentor: '2027-02-21', mentee: '2027-02-21' })
    expect(checkInsDue(
      [{ side: 'mentee', date: '2027-02-20' }, { side: 'both', date: '2027-02-01' }],
      { startedAt: '2027-01-10', everyWeeks: 6 },
    )).toEqual({ mentor: '2027-03-15', mentee: '2027-04-03' })
  })

  it('show the open risk of the latest check-in of each side', () => {
    expect(openRisk([])).toBe('none')
    expect(openRisk([{ side: 'mentee', date: '2027-02-01', risk: 'high' }, { side: 'both', date: '2027-03-01', risk: 'watch' }])).toBe('watch')
    expect(openRisk([{ side: 'mentee', date: '2027-02-01', risk: 'high' }, { side: 'mentor', date: '2027-03-01', risk: 'none' }])).toBe('high')
  })
})

describe('what needs the coordinator', () => {
  const active: DuoFacts = {
    state: 'active', acceptedAt: '2027-01-02T10:00:00.000Z', firstMeetingAt: '2027-01-08T14:00:00.000Z', firstMeetingHeld: true,
    contractGeneratedAt: '2027-01-09T10:00:00.000Z', startedAt: '2027-01-10T10:00:00.000Z', plannedEndAt: '2027-07-10T10:00:00.000Z',
    lastActivity: '2027-03-01', cadence: [], checkInsDue: { mentor: '2027-03-20', mentee: '2027-03-20' }, risk: 'none',
  }
  const cadences = { firstMeetingWithinDays: 14 }
  const kinds = (f: DuoFacts, today: string) => duoAttention(f, cadences, today).map((i) => i.kind)

  it('says nothing for a duo that keeps its rhythm', () => {
    expect(duoAttention(active, cadences, '2027-03-05')).toEqual([])
    expect(attentionColour([])).toBe('green')
  })

  it('announces a check-in a week ahead, then flags it overdue per side', () => {
    expect(duoAttention(active, cadences, '2027-03-14')).toEqual([
      { kind: 'check-in-due', level: 'info', values: { side: 'mentor', dueDate: '2027-03-20', days: 6 } },
      { kind: 'check-in-due', level: 'info', values: { side: 'mentee', dueDate: '2027-03-20', days: 6 } },
    ])
    const late = duoAttention({ ...active, lastActivity: '2027-03-20', checkInsDue: { mentor: '2027-03-20', mentee: '2027-04-20' } }, cadences, '2027-03-23')
    expect(late[0]).toEqual({ kind: 'check-in-overdue', level: 'urgent', values: { side: 'mentor', dueDate: '2027-03-20', days: 3 } })
    expect(attentionColour(late)).toBe('red')
  })

  it('flags a duo quiet for three weeks, behind its cadence last month, at high risk, or near its end', () => {
    expect(kinds({ ...active, lastActivity: '2027-02-10' }, '2027-03-05')).toContain('inactive')
    expect(kinds({ ...active, lastActivity: null }, '2027-01-30')).not.toContain('inactive')
    expect(kinds({ ...active, lastActivity: null }, '2027-01-31')).toContain('inactive')
    const cadence = [{ month: '2027-02', meetings: 1, minutes: 90, contacts: 0, expected: 2, closed: true, met: false }]
    expect(duoAttention({ ...active, cadence }, cadences, '2027-03-05')).toEqual([
      { kind: 'behind-cadence', level: 'warning', values: { month: '2027-02', meetings: 1, expected: 2 } },
    ])
    expect(kinds({ ...active, risk: 'high' }, '2027-03-05')).toEqual(['high-risk'])
    const ending = duoAttention({ ...active, lastActivity: '2027-06-20', checkInsDue: { mentor: '2027-07-30', mentee: '2027-07-30' } }, cadences, '2027-06-25')
    expect(ending).toEqual([{ kind: 'ending-soon', level: 'warning', values: { days: 15, endDate: '2027-07-10' } }])
    expect(attentionColour(ending)).toBe('amber')
  })

  it('flags a first meeting not held in time and a contract left unsigned', () => {
    const accepted: DuoFacts = { ...active, state: 'meeting-scheduled', firstMeetingHeld: false, startedAt: null, plannedEndAt: null, contractGeneratedAt: null, checkInsDue: null }
    expect(kinds(accepted, '2027-01-16')).toEqual([])
    expect(duoAttention(accepted, cadences, '2027-01-20')).toEqual([
      { kind: 'first-meeting-late', level: 'warning', values: { dueDate: '2027-01-16', days: 4, scheduled: '2027-01-08' } },
    ])
    const signing: DuoFacts = { ...accepted, state: 'signing', firstMeetingHeld: true, contractGeneratedAt: '2027-01-09T10:00:00.000Z' }
    expect(kinds(signing, '2027-01-23')).toEqual([])
    expect(kinds(signing, '2027-01-24')).toEqual(['contract-unsigned'])
  })
})
