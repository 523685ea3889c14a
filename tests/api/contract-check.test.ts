import { describe, expect, it } from 'vitest'
import { checkAgainstContract } from '../support/client'

/** The check every suite's client runs on each success answer: it must refuse what the contract does not promise. */
describe('the test client checks each success answer against its declaration', () => {
  const programme = '/api/onboarding/orgs/pls-mentoryou/programmes/mentoryou-2026'

  it('refuses an answer that does not parse against the declared schema', () => {
    expect(() => checkAgainstContract('GET', programme, 200, { id: 'x' })).toThrow(/does not match its contract/)
  })

  it('refuses a success status other than the declared one', () => {
    expect(() => checkAgainstContract('POST', '/api/onboarding/orgs/pls-mentoryou/programmes', 200, {})).toThrow(/declared 201/)
  })

  it('refuses a body on a route declared without one', () => {
    expect(() => checkAgainstContract('DELETE', '/api/onboarding/orgs/pls-mentoryou/members/u1?version=1', 204, { ok: true })).toThrow(/declared no body/)
  })

  it('leaves platform routes that are not declared API routes alone', () => {
    expect(() => checkAgainstContract('GET', '/api/health', 200, { status: 'ok' })).not.toThrow()
  })
})
