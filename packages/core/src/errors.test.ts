import { describe, expect, it } from 'vitest'
import { DomainError, errorCodes, errorEntities, errorReasons, notFound, staleVersion, type ErrorReason } from './errors'

describe('the error catalogue', () => {
  it('gives every reason a known kind, and reasons are kebab-case words', () => {
    for (const [reason, { code, values }] of Object.entries(errorReasons)) {
      expect(errorCodes[code], reason).toBeGreaterThanOrEqual(400)
      expect(reason).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(new Set(values).size, reason).toBe(values.length)
    }
  })

  it('names entities so that an ICU select can choose words by them', () => {
    for (const entity of errorEntities) expect(entity).toMatch(/^[a-z][a-zA-Z]*$/)
  })

  it('a stale version and a rule that refuses are different reasons of the same kind', () => {
    const stale = staleVersion('programme')
    const rule = new DomainError('last-admin', 'The organisation must keep at least one active admin')
    expect([stale.status, rule.status]).toEqual([409, 409])
    expect(stale.reason).not.toBe(rule.reason)
    expect(stale.values).toEqual({ entity: 'programme' })
    expect(rule.values).toBeUndefined()
  })

  it('derives the kind and status from the reason', () => {
    const e = notFound('person')
    expect(e).toMatchObject({ reason: 'not-found', code: 'not_found', values: { entity: 'person' } })
    expect(e.status).toBe(404)
    const reasons: ErrorReason[] = ['already-invited', 'end-before-start', 'too-many-attempts']
    expect(reasons.map((r) => errorCodes[errorReasons[r].code])).toEqual([409, 400, 429])
  })
})
