import { describe, expect, it } from 'vitest'
import { can } from './permissions'
import {
  addFieldSession, checklistProgress, maxFieldSessions, methodStages, newPartnership, nextPlannedItem, summarisePartnership,
  updateChecklistItem, type Partnership,
} from './partnership'

const now = '2026-11-30T10:00:00.000Z'
const later = '2026-12-01T10:00:00.000Z'
const p: Partnership = newPartnership(
  { partnerOrgId: 'p1', partnerName: '  Asbl Tremplin ', methodologyId: 'pls-mentoryou', admin: { userId: 'u9', email: 'a@t.be', name: 'Ada' } },
  { orgId: 't1', userId: 'u1', now },
)

describe('a new partnership', () => {
  it('starts with one item per kind, one per stage of the method and a first field session, all to do', () => {
    expect(p.items.map((i) => i.id)).toEqual([
      'tools', 'tools-training', 'stage-recruitment', 'stage-selection', 'stage-matching', 'stage-duo-follow-up', 'stage-closure', 'field-1',
    ])
    expect(p.items.filter((i) => i.kind === 'stage-training').map((i) => i.stage)).toEqual([...methodStages])
    expect(p.items.every((i) => i.status === 'todo' && i.plannedDate === null && i.doneDate === null)).toBe(true)
    expect(p).toMatchObject({ orgId: 't1', partnerOrgId: 'p1', partnerName: 'Asbl Tremplin', methodologyId: 'pls-mentoryou', version: 1 })
    expect(checklistProgress(p.items)).toEqual({ done: 0, total: 8 })
  })
})

describe('checklist items', () => {
  it('a planned date makes an item planned, a done date done, and the version moves on', () => {
    const planned = updateChecklistItem(p, 'tools', { plannedDate: '2027-01-10' }, later)
    expect(planned.items[0]).toMatchObject({ status: 'planned', plannedDate: '2027-01-10' })
    expect(planned).toMatchObject({ version: 2, updatedAt: later })
    const done = updateChecklistItem(planned, 'tools', { doneDate: '2027-01-12', notes: ' Clé USB remise ' }, later)
    expect(done.items[0]).toMatchObject({ status: 'done', doneDate: '2027-01-12', notes: 'Clé USB remise' })
    expect(checklistProgress(done.items)).toEqual({ done: 1, total: 8 })
    expect(p.items[0]!.status).toBe('todo')
  })

  it('refuses a status its dates do not support, naming the field', () => {
    expect(() => updateChecklistItem(p, 'tools', { status: 'done' }, later)).toThrow(
      expect.objectContaining({ reason: 'validation', details: [expect.objectContaining({ path: 'doneDate', reason: 'required' })] }),
    )
    expect(() => updateChecklistItem(p, 'tools', { status: 'planned' }, later)).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: 'plannedDate', reason: 'required' })] }),
    )
    expect(() => updateChecklistItem(p, 'tools', { status: 'todo', doneDate: '2027-01-01' }, later)).toThrow(
      expect.objectContaining({ details: [expect.objectContaining({ path: 'doneDate', reason: 'invalid' })] }),
    )
  })

  it('an unknown item is a 404 naming the checklist item', () => {
    expect(() => updateChecklistItem(p, 'nope', { notes: 'x' }, later)).toThrow(
      expect.objectContaining({ reason: 'not-found', values: { entity: 'checklistItem' }, status: 404 }),
    )
  })

  it('field sessions are added after the last one, up to a bound', () => {
    const two = addFieldSession(p, { plannedDate: '2027-03-01', notes: 'Sur place' }, later)
    expect(two.items.at(-1)).toMatchObject({ id: 'field-2', kind: 'field-follow-up', status: 'planned', plannedDate: '2027-03-01', notes: 'Sur place' })
    expect(addFieldSession(two, {}, later).items.at(-1)).toMatchObject({ id: 'field-3', status: 'todo' })
    let full = p
    for (let i = 1; i < maxFieldSessions; i++) full = addFieldSession(full, {}, later)
    expect(() => addFieldSession(full, {}, later)).toThrow(expect.objectContaining({ reason: 'too-many-sessions', status: 409 }))
  })
})

describe('the overview line', () => {
  it('names the earliest planned item and the admin’s status', () => {
    let q = updateChecklistItem(p, 'stage-matching', { plannedDate: '2027-02-01' }, later)
    q = updateChecklistItem(q, 'tools-training', { plannedDate: '2027-01-15' }, later)
    q = updateChecklistItem(q, 'tools', { doneDate: '2027-01-02' }, later)
    expect(nextPlannedItem(q.items)?.id).toBe('tools-training')
    expect(summarisePartnership(q, 'active')).toMatchObject({
      partnerOrgId: 'p1', adminStatus: 'active', progress: { done: 1, total: 8 },
      nextPlanned: { id: 'tools-training', kind: 'tools-training', stage: null, plannedDate: '2027-01-15' },
    })
    expect(summarisePartnership(p, 'invited').nextPlanned).toBeNull()
  })
})

describe('what a trainer may do', () => {
  it('onboards partners but never reads people, matching results or alerts', () => {
    expect(can('trainer', 'partners.write')).toBe(true)
    expect(can('trainer', 'partners.read')).toBe(true)
    for (const action of ['people.read', 'matching.read', 'matching.run', 'monitoring.read'] as const) expect(can('trainer', action)).toBe(false)
    for (const role of ['coordinator', 'mentor', 'mentee', 'partner'] as const) expect(can(role, 'partners.read')).toBe(false)
  })
})
