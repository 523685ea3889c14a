import { describe, expect, it } from 'vitest'
import { UsageMeter } from './usage-meter'

describe('a container’s usage meter', () => {
  const t = Date.parse('2026-11-30T10:15:00Z')

  it('counts a write’s requests as being written until it settles, then learns the stored counts', () => {
    const tallies = new UsageMeter().of('org', '2026-11-30T10:15')
    const held = tallies.startWriting('u1')
    expect(held).toEqual({ total: 0, users: new Map() })
    expect(tallies.organisation).toMatchObject({ writing: 1, readAt: Number.NEGATIVE_INFINITY })
    tallies.learn(12, new Map([['u1', 3]]), t)
    tallies.settle(held, 'u1', true)
    expect(tallies.organisation).toEqual({ stored: 12, readAt: t, unwritten: 0, writing: 0 })
    expect(tallies.users.get('u1')).toEqual({ stored: 3, readAt: t, unwritten: 0, writing: 0 })
  })

  it('writes the held-back requests of every user with the next write, and holds them back again if it fails', () => {
    const tallies = new UsageMeter().of('org', '2026-11-30T10:15')
    for (const u of ['u1', 'u2']) {
      const first = tallies.startWriting(u)
      tallies.learn(1, new Map([[u, 1]]), t)
      tallies.settle(first, u, true)
    }
    tallies.hold('u1')
    tallies.hold('u1')
    tallies.hold('u2')
    const held = tallies.startWriting('u2')
    expect(held).toEqual({ total: 3, users: new Map([['u1', 2], ['u2', 1]]) })
    expect(tallies.organisation).toMatchObject({ unwritten: 0, writing: 4 })
    expect(tallies.users.get('u2')).toMatchObject({ unwritten: 0, writing: 2 })
    tallies.settle(held, 'u2', false)
    expect(tallies.organisation).toMatchObject({ unwritten: 3, writing: 0 })
    expect(tallies.users.get('u1')).toMatchObject({ unwritten: 2, writing: 0 })
    expect(tallies.users.get('u2')).toMatchObject({ unwritten: 1, writing: 0 })
  })

  it('never lowers a count on a slower, older answer', () => {
    const tallies = new UsageMeter().of('org', '2026-11-30T10:15')
    tallies.startWriting('u1')
    tallies.learn(9, new Map([['u1', 9]]), t + 5)
    tallies.learn(4, new Map([['u1', 4]]), t)
    expect(tallies.organisation).toMatchObject({ stored: 9, readAt: t + 5 })
  })

  it('keeps one minute: a new minute starts from nothing, a late request of the last one is kept nowhere', () => {
    const meter = new UsageMeter()
    meter.of('org', '2026-11-30T10:15').startWriting('u1')
    expect(meter.of('org', '2026-11-30T10:15').organisation?.writing).toBe(1)
    expect(meter.of('org', '2026-11-30T10:16').organisation).toBeUndefined()
    meter.of('org', '2026-11-30T10:15').startWriting('u1')
    expect(meter.of('org', '2026-11-30T10:16').organisation).toBeUndefined()
  })
})
