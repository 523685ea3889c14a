import { describe, expect, it } from 'vitest'
import { programmeAlerts } from './monitoring'
import { newProgramme } from './programme'

const base = newProgramme({ name: 'MentorYou 2027' }, { id: 'p1', orgId: 'o1', now: '2026-01-01T00:00:00.000Z' })

describe('programmeAlerts', () => {
  it('warns when an active programme ends within 30 days, not before', () => {
    const p = { ...base, status: 'active' as const, endDate: '2026-12-10' }
    expect(programmeAlerts(p, { waitingMentees: 0 }, '2026-11-21').map((a) => a.kind)).toEqual(['programme-ending'])
    expect(programmeAlerts(p, { waitingMentees: 0 }, '2026-10-01')).toEqual([])
    expect(programmeAlerts(p, { waitingMentees: 0 }, '2026-12-11')).toEqual([])
  })

  it('flags a draft whose start date has passed', () => {
    const p = { ...base, startDate: '2026-11-01' }
    expect(programmeAlerts(p, { waitingMentees: 0 }, '2026-11-21').map((a) => a.kind)).toEqual(['programme-not-started'])
  })

  it('flags waiting mentees only in active programmes, and never for archived ones', () => {
    const [waiting] = programmeAlerts({ ...base, status: 'active' }, { waitingMentees: 3 }, '2026-11-21')
    expect(waiting?.message).toContain('3 mentee(s) ready to match')
    expect(waiting?.values).toEqual({ programme: 'MentorYou 2027', count: 3 })
    expect(programmeAlerts(base, { waitingMentees: 3 }, '2026-11-21')).toEqual([])
    expect(programmeAlerts({ ...base, status: 'archived', startDate: '2026-01-01' }, { waitingMentees: 3 }, '2026-11-21')).toEqual([])
  })
})
