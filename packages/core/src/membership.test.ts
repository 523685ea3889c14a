import { describe, expect, it } from 'vitest'
import { accept, assertCanInvite, changeRole, invite } from './membership'
import { can, permissions } from './permissions'
import { membershipRoles } from './roles'

const now = '2026-11-21T10:00:00.000Z'
const admin = { ...invite({ orgId: 'o1', userId: 'u1', email: 'a@b.be', name: 'A', role: 'admin' }, null, now), status: 'active' as const }

describe('memberships', () => {
  it('an invitation is pending until accepted, once', () => {
    const m = invite({ orgId: 'o1', userId: 'u2', email: 'c@d.be', name: 'C', role: 'coordinator' }, 'u1', now)
    expect(m.status).toBe('invited')
    const accepted = accept(m, now)
    expect(accepted).toMatchObject({ status: 'active', joinedAt: now, version: 2 })
    expect(() => accept(accepted, now)).toThrow(expect.objectContaining({ reason: 'invitation-already-accepted' }))
  })

  it('refuses to invite someone already there', () => {
    expect(() => assertCanInvite(admin)).toThrow(expect.objectContaining({ reason: 'already-member' }))
    expect(() => assertCanInvite({ ...admin, status: 'invited' })).toThrow(expect.objectContaining({ reason: 'already-invited' }))
    expect(() => assertCanInvite(undefined)).not.toThrow()
  })

  it('keeps at least one active admin', () => {
    expect(() => changeRole(admin, 'coordinator', { activeAdmins: 1 })).toThrow(expect.objectContaining({ reason: 'last-admin', code: 'conflict' }))
    expect(changeRole(admin, 'coordinator', { activeAdmins: 2 }).role).toBe('coordinator')
  })
})

describe('permissions', () => {
  it('only admins configure; coordinators run matching; partners and mentees only read what concerns them', () => {
    expect(can('admin', 'programmes.write')).toBe(true)
    expect(can('coordinator', 'programmes.write')).toBe(false)
    expect(can('coordinator', 'matching.run')).toBe(true)
    expect(can('partner', 'people.read')).toBe(false)
    expect(can('mentee', 'members.read')).toBe(false)
  })

  it('name only known roles', () => {
    for (const roles of Object.values(permissions)) for (const r of roles) expect(membershipRoles).toContain(r)
  })
})
