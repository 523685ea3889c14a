import { describe, expect, it } from 'vitest'
import { platformKeys, stripKeys, tenantKeys, tenantPrefix } from './keys'

describe('the key builder', () => {
  it('starts every tenant partition key with ORG#<orgId>#', () => {
    const k = tenantKeys('o1')
    const pks = [k.profile().PK, k.member('u1').PK, k.membersPartition()]
    for (const pk of pks) expect(pk.startsWith(tenantPrefix('o1'))).toBe(true)
  })

  it('keeps platform keys out of the tenant namespace', () => {
    for (const key of [platformKeys.user('u1'), platformKeys.emailIndex('a@b.be'), platformKeys.signInCode('a@b.be'), platformKeys.organisationEntry('o1')]) {
      expect(key.PK.startsWith('ORG#')).toBe(false)
    }
  })

  it('refuses ids that could forge another key', () => {
    expect(() => tenantKeys('o1#PROGRAMMES')).toThrow(/invalid orgId/)
    expect(() => tenantKeys('o1').member('u#1')).toThrow(/invalid userId/)
    expect(() => tenantKeys('')).toThrow()
  })

  it('strips storage attributes from stored items', () => {
    expect(stripKeys({ PK: 'a', SK: 'b', type: 't', expiresAt: 1, name: 'n' })).toEqual({ name: 'n' })
  })
})
