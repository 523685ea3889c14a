import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { lossesTakeover, matchingRunLifecycle as runs, matchingRunStatuses, type MatchingRunEvent } from './matching-run'

const events = Object.keys(runs.transitions) as MatchingRunEvent[]
const legal: Record<string, string> = {
  'queued start': 'running',
  'queued fail': 'failed',
  'running start': 'running',
  'running complete': 'completed',
  'running retry': 'queued',
  'running fail': 'failed',
  'failed requeue': 'queued',
}

describe('the matching run lifecycle', () => {
  it('starts queued', () => expect(runs.initial).toBe('queued'))

  for (const state of matchingRunStatuses) {
    for (const event of events) {
      const to = legal[`${state} ${event}`]
      if (to) {
        it(`${state} --${event}--> ${to}`, () => {
          expect(runs.next(state, event)).toBe(to)
          expect(runs.allows(state, event)).toBe(true)
        })
      } else {
        it(`refuses ${event} while ${state}, with a 409 naming the state`, () => {
          expect(runs.allows(state, event)).toBe(false)
          let error: unknown
          try {
            runs.next(state, event)
          } catch (e) {
            error = e
          }
          expect(error).toBeInstanceOf(DomainError)
          expect((error as DomainError).status).toBe(409)
          expect((error as DomainError).message).toContain(`while it is ${state}`)
          expect(error).toMatchObject({ reason: 'wrong-state', values: { entity: 'matchingRun', state } })
        })
      }
    }
  }

  it('a completed run is final', () => expect(runs.eventsFrom('completed')).toEqual([]))
  it('offers a failed run only to be asked again', () => expect(runs.eventsFrom('failed')).toEqual(['requeue']))
})

describe('lossesTakeover', () => {
  const cursor = { done: 250, total: 1000, input: 'sha', claimedAt: null as string | null, continuations: 1 }
  const now = new Date('2026-12-02T03:00:00Z')
  it('takes an unclaimed cursor of a completed run whose losses are computing', () => {
    expect(lossesTakeover({ status: 'completed', losses: 'computing', lossesCursor: cursor }, now, 300_000)).toBe('take')
  })
  it('leaves a claim younger than the lease to its invocation, and takes over an older one (a dead invocation)', () => {
    expect(lossesTakeover({ status: 'completed', losses: 'computing', lossesCursor: { ...cursor, claimedAt: '2026-12-02T02:58:00Z' } }, now, 300_000)).toBe('busy')
    expect(lossesTakeover({ status: 'completed', losses: 'computing', lossesCursor: { ...cursor, claimedAt: '2026-12-02T02:54:00Z' } }, now, 300_000)).toBe('take')
  })
  it('has nothing to do once ready or partial, or for a run not completed', () => {
    expect(lossesTakeover({ status: 'completed', losses: 'ready', lossesCursor: null }, now, 300_000)).toBe('done')
    expect(lossesTakeover({ status: 'completed', losses: 'partial', lossesCursor: null }, now, 300_000)).toBe('done')
    expect(lossesTakeover({ status: 'running', losses: null, lossesCursor: null }, now, 300_000)).toBe('done')
  })
})
