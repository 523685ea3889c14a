import { describe, expect, it } from 'vitest'
import { inPoolFilter, matchingPool } from './matching-pool'

const none = { open: new Map<string, number>(), endedPairs: new Set<string>() }

describe('matchingPool', () => {
  it('keeps everyone when no duo holds anyone', () => {
    const pool = matchingPool([{ id: 'e1' }], [{ id: 'm1', capacity: 2 }, { id: 'm2' }], none)
    expect(pool).toEqual({ mentees: [{ id: 'e1' }], mentors: [{ id: 'm1', capacity: 2 }, { id: 'm2', capacity: 1 }], exclusions: [] })
  })

  it('leaves out mentees in an open duo and gives mentors only the places left', () => {
    const pool = matchingPool(
      [{ id: 'e1' }, { id: 'e2' }],
      [{ id: 'm1', capacity: 2 }, { id: 'm2', capacity: 1 }, { id: 'm3' }],
      { open: new Map([['e2', 1], ['m1', 1], ['m2', 1]]), endedPairs: new Set() },
    )
    expect(pool.mentees.map((e) => e.id)).toEqual(['e1'])
    expect(pool.mentors).toEqual([{ id: 'm1', capacity: 1 }, { id: 'm3', capacity: 1 }])
  })

  it('excludes the ended pairs among the people of the run, and only those', () => {
    const pool = matchingPool([{ id: 'e1' }, { id: 'e2' }], [{ id: 'm1' }, { id: 'm2' }], {
      open: new Map([['m2', 1]]),
      endedPairs: new Set(['e1#m1', 'e2#m2', 'e9#m1']),
    })
    expect(pool.exclusions).toEqual([{ menteeId: 'e1', mentorId: 'm1' }])
  })

  it('uses the default capacity for a mentor who has none', () => {
    expect(matchingPool([], [{ id: 'm1', capacity: null }], { open: new Map([['m1', 1]]), endedPairs: new Set() }, 2).mentors).toEqual([{ id: 'm1', capacity: 1 }])
  })
})

describe('inPoolFilter', () => {
  const amina = { facets: { locality: 'Liège', sector: 'health' }, interview: { interviewer: 'u1' } }
  const yonas = { facets: { locality: 'Namur', sector: 'logistics' } }
  it('keeps everyone without a filter', () => {
    expect([amina, yonas].filter(inPoolFilter(null))).toEqual([amina, yonas])
    expect([amina, yonas].filter(inPoolFilter({}))).toEqual([amina, yonas])
  })
  it('keeps the localities given, without case or accents, and nobody without a locality', () => {
    expect([amina, yonas, { facets: {} }].filter(inPoolFilter({ localities: [' LIEGE '] }))).toEqual([amina])
  })
  it('ands every part given: sector and coordinator', () => {
    expect([amina, yonas].filter(inPoolFilter({ sectors: ['logistics', 'health'], coordinatorId: 'u1' }))).toEqual([amina])
    expect([amina, yonas].filter(inPoolFilter({ localities: ['Namur'], sectors: ['health'] }))).toEqual([])
    expect([amina, yonas].filter(inPoolFilter({ coordinatorId: 'u2' }))).toEqual([])
  })
})
