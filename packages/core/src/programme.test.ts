import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { archiveProgramme, newProgramme, updateProgramme } from './programme'

const now = '2026-11-21T10:00:00.000Z'
const p = newProgramme({ name: '  MentorYou 2027 ' }, { id: 'p1', orgId: 'o1', now })

describe('programmes', () => {
  it('start as drafts, with version 1 of their rules in force', () => {
    expect(p).toMatchObject({ name: 'MentorYou 2027', status: 'draft', rulesVersion: 1, version: 1 })
    expect(p).not.toHaveProperty('checkInEveryWeeks')
  })

  it('update bumps the version and keeps what was not changed', () => {
    const next = updateProgramme(p, { description: 'Six mois' }, '2026-11-22T10:00:00.000Z')
    expect(next).toMatchObject({ description: 'Six mois', name: 'MentorYou 2027', rulesVersion: 1, version: 2, updatedAt: '2026-11-22T10:00:00.000Z' })
  })

  it('refuse an end before the start, naming the field', () => {
    expect(() => updateProgramme(p, { startDate: '2027-03-01', endDate: '2027-01-01' }, now)).toThrow(DomainError)
    expect(() => newProgramme({ name: 'X y', startDate: '2027-03-01', endDate: '2027-01-01' }, { id: 'p2', orgId: 'o1', now })).toThrow(
      expect.objectContaining({
        reason: 'end-before-start',
        code: 'validation_failed',
        values: { startDate: '2027-03-01', endDate: '2027-01-01' },
        details: [
          { path: 'endDate', reason: 'end-before-start', message: expect.any(String), values: { startDate: '2027-03-01', endDate: '2027-01-01' } },
        ],
      }),
    )
  })

  it('once archived, are read-only and cannot be archived again', () => {
    const archived = archiveProgramme(p, now)
    expect(archived).toMatchObject({ status: 'archived', archivedAt: now, version: 2 })
    expect(() => updateProgramme(archived, { name: 'Autre' }, now)).toThrow(expect.objectContaining({ reason: 'programme-archived', code: 'conflict' }))
    expect(() => archiveProgramme(archived, now)).toThrow(expect.objectContaining({ reason: 'programme-already-archived' }))
  })
})
