import { describe, expect, it } from 'vitest'
import type { WhoAmI } from './who-am-i-cache'
import { WhoAmICache, whoAmITtlMs } from './who-am-i-cache'

const me = (userId: string): WhoAmI => ({
  user: { id: userId, email: `${userId}@x.be`, name: userId, platformRole: null, subject: `sub-${userId}`, createdAt: '2026-01-01T00:00:00Z', version: 1 },
  memberships: [{ orgId: 'o1', role: 'coordinator', status: 'active', version: 1 }],
})

describe('the who-you-are cache', () => {
  it('answers until the bound, then forgets the memberships but keeps the sub → user binding', () => {
    const cache = new WhoAmICache()
    cache.set('sub-a', me('a'), 1_000)
    expect(cache.get('sub-a', 1_000 + whoAmITtlMs - 1)).toEqual(me('a'))
    expect(cache.get('sub-a', 1_000 + whoAmITtlMs)).toBeUndefined()
    expect(cache.boundUser('sub-a')).toBe('a')
  })

  it('forgets a user at once when their memberships change in this container', () => {
    const cache = new WhoAmICache()
    cache.set('sub-a', me('a'), 0)
    cache.set('sub-b', me('b'), 0)
    cache.forgetUser('a')
    expect(cache.get('sub-a', 1)).toBeUndefined()
    expect(cache.get('sub-b', 1)).toEqual(me('b'))
  })

  it('keeps a bounded number of entries, dropping the oldest', () => {
    const cache = new WhoAmICache()
    for (let i = 0; i <= 5_000; i++) cache.set(`sub-${i}`, me(String(i)), 0)
    expect(cache.get('sub-0', 1)).toBeUndefined()
    expect(cache.get('sub-5000', 1)).toBeDefined()
  })
})
