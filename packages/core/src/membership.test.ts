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

describe('partner users and their network partner', () => {
  const partner = (networkPartnerId?: string) =>
    invite({ orgId: 'o1', userId: 'u3', email: 'p@q.be', name: 'P', role: 'partner', networkPartnerId }, 'u1', now)

  it('a partner user is invited for one network partner, and only a partner user has one', () => {
    expect(partner('np1').networkPartnerId).toBe('np1')
    expect(() => partner()).toThrow(expect.objectContaining({ reason: 'validation', details: [expect.objectContaining({ path: 'networkPartnerId', reason: 'required' })] }))
    const coordinator = () => invite({ orgId: 'o1', userId: 'u4', email: 'c@q.be', name: 'C', role: 'coordinator', networkPartnerId: 'np1' }, 'u1', now)
    expect(() => coordinator()).toThrow(expect.objectContaining({ details: [expect.objectContaining({ path: 'networkPartnerId', reason: 'unknown-field' })] }))
    expect(invite({ orgId: 'o1', userId: 'u5', email: 'm@q.be', name: 'M', role: 'mentor', personId: 'mentor-01', programmeId: 'p1' }, 'u1', now)).not.toHaveProperty('networkPartnerId')
  })

  it('changing the role: becoming a partner needs one, staying keeps or moves it, leaving drops it', () => {
    const mentor = invite({ orgId: 'o1', userId: 'u5', email: 'm@q.be', name: 'M', role: 'mentor', personId: 'mentor-01', programmeId: 'p1' }, 'u1', now)
    expect(() => changeRole(mentor, 'partner', { activeAdmins: 1 })).toThrow(expect.objectContaining({ reason: 'validation' }))
    const made = changeRole(mentor, 'partner', { activeAdmins: 1, networkPartnerId: 'np1' })
    expect(made).toMatchObject({ role: 'partner', networkPartnerId: 'np1', version: 2 })
    expect(changeRole(made, 'partner', { activeAdmins: 1 }).networkPartnerId).toBe('np1')
    expect(changeRole(made, 'partner', { activeAdmins: 1, networkPartnerId: 'np2' }).networkPartnerId).toBe('np2')
    expect(made).not.toHaveProperty('personId')
    expect(changeRole(made, 'coordinator', { activeAdmins: 1 })).not.toHaveProperty('networkPartnerId')
  })
})

describe('mentor and mentee accounts and their person', () => {
  const account = (role: 'mentor' | 'mentee' | 'coordinator', link: { personId?: string; programmeId?: string }) =>
    invite({ orgId: 'o1', userId: 'u6', email: 'm@q.be', name: 'M', role, ...link }, 'u1', now)

  it('a mentor or mentee is invited as one person of a programme, and only they are', () => {
    expect(account('mentor', { personId: 'mentor-01', programmeId: 'p1' })).toMatchObject({ personId: 'mentor-01', programmeId: 'p1' })
    expect(() => account('mentee', { personId: 'mentee-01' })).toThrow(expect.objectContaining({
      reason: 'validation', details: [expect.objectContaining({ path: 'programmeId', reason: 'required' })],
    }))
    expect(() => account('mentor', {})).toThrow(expect.objectContaining({
      details: [expect.objectContaining({ path: 'personId' }), expect.objectContaining({ path: 'programmeId' })],
    }))
    expect(() => account('coordinator', { personId: 'mentor-01', programmeId: 'p1' })).toThrow(expect.objectContaining({
      details: [expect.objectContaining({ path: 'personId', reason: 'unknown-field' }), expect.objectContaining({ path: 'programmeId', reason: 'unknown-field' })],
    }))
    expect(account('coordinator', {})).not.toHaveProperty('personId')
  })

  it('changing the role: becoming a mentor needs a person, staying keeps it, leaving drops it', () => {
    const coordinator = account('coordinator', {})
    expect(() => changeRole(coordinator, 'mentor', { activeAdmins: 1 })).toThrow(expect.objectContaining({ reason: 'validation' }))
    const mentor = changeRole(coordinator, 'mentor', { activeAdmins: 1, personId: 'mentor-02', programmeId: 'p1' })
    expect(mentor).toMatchObject({ role: 'mentor', personId: 'mentor-02', programmeId: 'p1' })
    expect(changeRole(mentor, 'mentor', { activeAdmins: 1 })).toMatchObject({ personId: 'mentor-02', programmeId: 'p1' })
    // A person is one side: a mentor's person does not follow the account to the mentee role.
    expect(() => changeRole(mentor, 'mentee', { activeAdmins: 1 })).toThrow(expect.objectContaining({ reason: 'validation' }))
    const back = changeRole(mentor, 'coordinator', { activeAdmins: 1 })
    expect(back).not.toHaveProperty('personId')
    expect(back).not.toHaveProperty('programmeId')
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
