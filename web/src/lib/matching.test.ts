/** Which runs the matching panel keeps polling: unfinished ones, then completed ones until their losses are computed. */
import { describe, expect, it } from 'vitest'
import { isUnfinished, isWatched } from './matching'

describe('isWatched', () => {
  it('polls a queued or running run, then a completed one while its losses are computing, and nothing after', () => {
    expect(isWatched({ status: 'queued', losses: null })).toBe(true)
    expect(isWatched({ status: 'running', losses: null })).toBe(true)
    expect(isWatched({ status: 'completed', losses: 'computing' })).toBe(true)
    expect(isWatched({ status: 'completed', losses: 'ready' })).toBe(false)
    expect(isWatched({ status: 'completed', losses: 'partial' })).toBe(false)
    expect(isWatched({ status: 'failed', losses: null })).toBe(false)
    // The start button waits for the run only, not for its losses.
    expect(isUnfinished({ status: 'completed' })).toBe(false)
  })
})
