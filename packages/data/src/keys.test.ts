import { describe, expect, it } from 'vitest'
import { emailIndexEntity, membershipIndexEntity, organisationEntryEntity, signInCodeEntity, subjectLinkEntity, userEntity } from './identity-entities'
import { definePlatformEntity } from './entity'
import { stripKeys, tenantPrefix } from './keys'
import { adminGuardEntity, memberEntity } from './tenant/members'
import { auditEntryEntity } from './tenant/audit'
import { organisationEntity } from './tenant/organisation'

describe('the key declarations', () => {
  it('starts every tenant partition key with ORG#<orgId>#', () => {
    const pks = [
      organisationEntity.for('o1').key([], []).PK,
      memberEntity.for('o1').key([], ['u1']).PK,
      adminGuardEntity.for('o1').key([], []).PK,
      auditEntryEntity.for('o1').key([], ['2026-11-30T10:00:00Z', 'e1']).PK,
    ]
    for (const pk of pks) expect(pk.startsWith(tenantPrefix('o1'))).toBe(true)
  })

  it('keeps platform keys out of the tenant namespace, and refuses a platform entity that would enter it', () => {
    const keys = [
      userEntity.key(['u1'], []), membershipIndexEntity.key(['u1'], ['o1']), emailIndexEntity.key(['a@b.be'], []),
      subjectLinkEntity.key(['s1'], []), signInCodeEntity.key(['a@b.be'], []), organisationEntryEntity.key([], ['o1']),
    ]
    for (const key of keys) expect(key.PK.startsWith('ORG#')).toBe(false)
    const intruder = definePlatformEntity({ type: 'x', partition: (o: string) => `ORG#${o}#PROFILE`, sort: () => 'PROFILE' })
    expect(() => intruder.key(['o1'], [])).toThrow(/cannot use a tenant partition/)
  })

  it('refuses ids that could forge another key', () => {
    expect(() => memberEntity.for('o1#PROGRAMMES')).toThrow(/invalid orgId/)
    expect(() => memberEntity.for('o1').key([], ['u#1'])).toThrow(/invalid userId/)
    expect(() => userEntity.key(['u#1'], [])).toThrow(/invalid userId/)
    expect(() => memberEntity.for('')).toThrow()
  })

  it('reads back a platform item only under its own type and key', () => {
    const user = { id: 'u1', email: 'a@b.be', name: 'A', platformRole: null, createdAt: '2026-11-30T10:00:00Z', version: 1 }
    expect(userEntity.parse({ ...userEntity.key(['u1'], []), type: 'user', ...user })).toEqual(user)
    expect(() => userEntity.parse({ ...userEntity.key(['u2'], []), type: 'user', ...user })).toThrow(/belongs at USER#u1/)
    expect(() => userEntity.parse({ ...userEntity.key(['u1'], []), type: 'member', ...user })).toThrow(/its type is/)
  })

  it('strips storage attributes from stored items', () => {
    expect(stripKeys({ PK: 'a', SK: 'b', type: 't', expiresAt: 1, name: 'n' })).toEqual({ name: 'n' })
  })
})
