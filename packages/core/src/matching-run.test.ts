import { describe, expect, it } from 'vitest'
import { DomainError } from './errors'
import { matchingRunLifecycle as runs, matchingRunStatuses, type MatchingRunEvent } from './matching-run'

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
