import { describe, expect, it } from 'vitest'
import { usageLimitReached, usageWindow } from './usage'

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
