/** Which runs the matching panel keeps polling: unfinished ones, then completed ones until their losses are computed. */
import { describe, expect, it } from 'vitest'
import { isUnfinished, isWatched, poolBody, poolFieldError, poolParts } from './matching'

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

describe('the pool limit of a run, as the form gives it and the run shows it', () => {
  it('reads localities separated by commas or semicolons, one sector and the coordinator; nothing given is no limit', () => {
    expect(poolBody({ localities: ' Liège; Namur ,, ', sector: '', coordinatorId: undefined })).toEqual({ localities: ['Liège', 'Namur'] })
    expect(poolBody({ localities: '', sector: 'health', coordinatorId: 'u1' })).toEqual({ sectors: ['health'], coordinatorId: 'u1' })
    expect(poolBody({ localities: ' , ', sector: '', coordinatorId: undefined })).toBeUndefined()
  })
  it('says the limit in a line, the sector by its label and the coordinator as the reader', () => {
    const words = (k: 'byMe' | 'byColleague') => ({ byMe: 'par vous', byColleague: 'par un·e collègue' })[k]
    expect(poolParts({ localities: ['Liège', 'Namur'], sectors: ['health'], coordinatorId: 'u1' }, { sectorLabel: () => 'Santé', mine: true, words }))
      .toBe('Liège, Namur · Santé · par vous')
    expect(poolParts({ coordinatorId: 'u2' }, { sectorLabel: (v) => v, mine: false, words })).toBe('par un·e collègue')
  })
  it('puts the list\'s error or its first refused item, named and shortened, next to the field', () => {
    const named = (item: string, error: string) => `« ${item} » : ${error}`
    const long = 'Rue de la Loi '.repeat(10)
    const sent = { localities: ['Liège', long, 'Namur'] }
    expect(poolFieldError({ 'pool.localities.2': 'B', 'pool.localities.1': 'A', minScore: 'x' }, 'localities', sent, named))
      .toBe(`« ${long.slice(0, 29)}… » : A`)
    expect(poolFieldError({ 'pool.localities': 'Au plus 50.', 'pool.localities.0': 'A' }, 'localities', sent, named)).toBe('Au plus 50.')
    expect(poolFieldError({ 'pool.localities.0': 'A' }, 'localities', sent, named)).toBe('« Liège » : A')
    // Another field's error, or none, shows nothing here; an item the form no longer knows is said without its name.
    expect(poolFieldError({ 'pool.sectors.0': 'A', minScore: 'x' }, 'localities', sent, named)).toBeUndefined()
    expect(poolFieldError({ 'pool.localities.5': 'A' }, 'localities', sent, named)).toBe('A')
  })
})
