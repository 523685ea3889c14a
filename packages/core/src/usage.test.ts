import { describe, expect, it } from 'vitest'
import { countsLocally, usageBatching, usageLimitReached, usageWindow, type UsageTally } from './usage'

describe('usage windows', () => {
  it('counts a request in its UTC minute, forgets it two minutes after the minute starts, and says when the next begins', () => {
    const w = usageWindow(new Date('2026-11-30T10:15:42.300Z'))
    expect(w.minute).toBe('2026-11-30T10:15')
    expect(w.expiresAt).toBe(Date.parse('2026-11-30T10:17:00Z') / 1000)
    expect(w.retryAfterSeconds).toBe(18)
  })

  it('never asks to come back in 0 seconds', () => {
    expect(usageWindow(new Date('2026-11-30T10:15:59.900Z')).retryAfterSeconds).toBe(1)
    expect(usageWindow(new Date('2026-11-30T10:16:00.000Z')).retryAfterSeconds).toBe(60)
  })

  it('refuses with 429, naming whose budget is spent', () => {
    const e = usageLimitReached('organisation', 12)
    expect(e.status).toBe(429)
    expect(e.values).toEqual({ scope: 'organisation', retryAfterSeconds: 12 })
  })
})

describe('counting in the container far from the limits', () => {
  const limits = { perOrganisationPerMinute: 1200, perUserPerMinute: 300 }
  const t = Date.parse('2026-11-30T10:15:00Z')
  const tally = (stored: number, unwritten = 0, readAt = t, writing = 0): UsageTally => ({ stored, readAt, unwritten, writing })

  it('counts locally when both counts are fresh, far from their limits, and fewer than a batch is held back', () => {
    expect(countsLocally(tally(40, 2), tally(9, 2), limits, t + 200)).toBe(true)
  })

  it('writes when the container does not know the organisation’s or the user’s count yet', () => {
    expect(countsLocally(undefined, tally(9), limits, t)).toBe(false)
    expect(countsLocally(tally(40), undefined, limits, t)).toBe(false)
  })

  it('writes once the counts are older than they are trusted, or come from a clock that went back', () => {
    expect(countsLocally(tally(40), tally(9), limits, t + usageBatching.freshForMs - 1)).toBe(true)
    expect(countsLocally(tally(40), tally(9), limits, t + usageBatching.freshForMs)).toBe(false)
    expect(countsLocally(tally(40), tally(9), limits, t - 1)).toBe(false)
  })

  it('writes every request from half of either limit on, counting what is held back', () => {
    expect(countsLocally(tally(599), tally(9), limits, t)).toBe(true)
    expect(countsLocally(tally(600), tally(9), limits, t)).toBe(false)
    expect(countsLocally(tally(595, 5), tally(9, 5), limits, t)).toBe(false)
    expect(countsLocally(tally(40), tally(149), limits, t)).toBe(true)
    expect(countsLocally(tally(40), tally(147, 3), limits, t)).toBe(false)
  })

  it('counts the requests of its writes still under way as spent', () => {
    expect(countsLocally(tally(40), tally(140, 0, t, 9), limits, t)).toBe(true)
    expect(countsLocally(tally(40), tally(140, 0, t, 10), limits, t)).toBe(false)
    expect(countsLocally(tally(590, 0, t, 10), tally(9), limits, t)).toBe(false)
  })

  it('writes for a counter whose first write is still under way', () => {
    expect(countsLocally(tally(0, 0, -Infinity, 1), tally(0, 0, -Infinity, 1), limits, t)).toBe(false)
  })

  it('holds back at most a batch less one: the next request writes them all', () => {
    const held = usageBatching.batch - 2
    expect(countsLocally(tally(40, held), tally(9, held), limits, t)).toBe(true)
    expect(countsLocally(tally(40, held + 1), tally(9, 1), limits, t)).toBe(false)
  })

  it('never counts locally under limits too small to halve', () => {
    expect(countsLocally(tally(0), tally(0), { perOrganisationPerMinute: 1, perUserPerMinute: 1 }, t)).toBe(false)
  })
})
