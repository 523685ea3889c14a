import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { checkLock, pairRulesForRun, setPairRule, type PairRule } from './pair-rules'

const ctx = { userId: 'u1', now: '2026-12-01T10:00:00.000Z' }
const pair = (menteeId: string, mentorId: string) => ({ programmeId: 'p1', menteeId, mentorId })
const rule = (menteeId: string, mentorId: string, kind: PairRule['kind'], at = ctx.now, delta: number | null = null): PairRule =>
  ({ ...pair(menteeId, mentorId), kind, delta, note: kind === 'adjust' ? 'pourquoi' : '', by: 'u1', at, version: 1 })
const issuesOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return (e.details ?? []).map((d) => `${d.path}:${d.reason}`)
    throw e
  }
  return []
}

describe('setting a pair rule', () => {
  it('records who and when, and counts versions', () => {
    const first = setPairRule(pair('e1', 'm1'), { kind: 'adjust', delta: -5, note: '  Méfiance mutuelle à l’entretien ' }, ctx)
    expect(first).toEqual({ ...pair('e1', 'm1'), kind: 'adjust', delta: -5, note: 'Méfiance mutuelle à l’entretien', by: 'u1', at: ctx.now, version: 1 })
    const again = setPairRule(pair('e1', 'm1'), { kind: 'exclude' }, { userId: 'u2', now: '2026-12-02T08:00:00.000Z' }, first)
    expect(again).toMatchObject({ kind: 'exclude', delta: null, note: '', by: 'u2', version: 2 })
  })

  it('a bonus or malus needs points within ±20 (not 0) and a note; other kinds take no points', () => {
    expect(issuesOf(() => setPairRule(pair('e1', 'm1'), { kind: 'adjust' }, ctx))).toEqual(['delta:required', 'note:required'])
    for (const delta of [0, 21, -20.5, Number.NaN]) expect(issuesOf(() => setPairRule(pair('e1', 'm1'), { kind: 'adjust', delta, note: 'x' }, ctx))).toEqual(['delta:invalid'])
    expect(issuesOf(() => setPairRule(pair('e1', 'm1'), { kind: 'adjust', delta: 20, note: ' ' }, ctx))).toEqual(['note:required'])
    expect(issuesOf(() => setPairRule(pair('e1', 'm1'), { kind: 'lock', delta: 3 }, ctx))).toEqual(['delta:invalid'])
    expect(issuesOf(() => setPairRule(pair('e1', 'm1'), { kind: 'exclude', note: 'x'.repeat(501) }, ctx))).toEqual(['note:too-long'])
  })
})

describe('locks', () => {
  it('a mentee is locked once; a mentor no more often than their capacity', () => {
    const rules = [rule('e1', 'm1', 'lock'), rule('e2', 'm2', 'exclude')]
    expect(() => checkLock(rules, { menteeId: 'e1', mentorId: 'm2' }, 1)).toThrow(/already locked to another mentor/)
    expect(() => checkLock(rules, { menteeId: 'e2', mentorId: 'm1' }, 1)).toThrow(/as many mentees/)
    expect(() => checkLock(rules, { menteeId: 'e2', mentorId: 'm1' }, 2)).not.toThrow()
    // Setting the same lock again is no conflict.
    expect(() => checkLock(rules, { menteeId: 'e1', mentorId: 'm1' }, 1)).not.toThrow()
  })
})

describe('the rules for a run', () => {
  it('keeps the pairs of the pool as the engine takes them, oldest lock first within capacity', () => {
    const rules = [
      rule('e1', 'm1', 'exclude'),
      rule('e2', 'm1', 'adjust', ctx.now, 7),
      rule('e3', 'm2', 'lock', '2026-11-02T00:00:00.000Z'),
      // A later lock on the same mentor, whose capacity was lowered to 1 since: skipped.
      rule('e4', 'm2', 'lock', '2026-11-03T00:00:00.000Z'),
      // Someone no longer in the pool.
      rule('gone', 'm1', 'exclude'),
      rule('e1', 'gone', 'lock'),
    ]
    const out = pairRulesForRun(rules, { menteeIds: new Set(['e1', 'e2', 'e3', 'e4']), mentorCapacity: new Map([['m1', 2], ['m2', 1]]) })
    expect(out.exclusions).toEqual([{ menteeId: 'e1', mentorId: 'm1' }])
    expect(out.adjustments).toEqual([{ menteeId: 'e2', mentorId: 'm1', delta: 7, note: 'pourquoi' }])
    expect(out.locks).toEqual([{ menteeId: 'e3', mentorId: 'm2' }])
    expect(out.skipped.map((r) => `${r.menteeId}-${r.mentorId}`).sort()).toEqual(['e1-gone', 'e4-m2', 'gone-m1'])
  })
})
