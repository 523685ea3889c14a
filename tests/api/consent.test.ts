import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

describe('consent: visible on the person, withdrawable', () => {
  it('shows the consent given with an application; a withdrawal closes the path, keeps the record and says so on the timeline', async () => {
    // applicant-01 applied through the demo's public form (packages/local/src/seed/demo-applications.ts).
    const person = (await coordinator.get(`${people}/applicant-01`)).body
    expect(person.stage).toBe('applied')
    const before = await coordinator.get(`${people}/applicant-01/consents`)
    expect(before.status).toBe(200)
    expect(before.body.items).toHaveLength(1)
    expect(before.body.items[0]).toMatchObject({ kind: 'mentee', consent: { purpose: 'application', givenAt: expect.any(String) } })
    expect(before.body.items[0].consent.withdrawnAt).toBeUndefined()
    expect(before.body.items[0]).not.toHaveProperty('orgId')

    expect((await coordinator.post(`${people}/applicant-01/consents/withdrawal`, { version: person.version + 1 })).status).toBe(409)
    expect((await coordinator.get(`${people}/applicant-01/consents`)).body.items[0].consent.withdrawnAt).toBeUndefined()
    const withdrawn = await coordinator.post(`${people}/applicant-01/consents/withdrawal`, { version: person.version })
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)
    const at = withdrawn.body.items[0].consent.withdrawnAt
    expect(at).toEqual(expect.any(String))
    const after = (await coordinator.get(`${people}/applicant-01`)).body
    expect(after).toMatchObject({ stage: 'closed', firstName: person.firstName })
    const [latest] = (await coordinator.get(`${people}/applicant-01/timeline?limit=1`)).body.items
    expect(latest).toMatchObject({ kind: 'consent-withdrawn', stage: { from: 'applied', to: 'closed', event: 'close' } })

    // Again: nothing moves, the first withdrawal's date stays.
    const again = await coordinator.post(`${people}/applicant-01/consents/withdrawal`, { version: after.version })
    expect(again.status).toBe(200)
    expect(again.body.items[0].consent.withdrawnAt).toBe(at)
    expect((await coordinator.get(`${people}/applicant-01`)).body.stage).toBe('closed')

    // Erased afterwards: the consent record stays as proof; nothing more can be recorded about the person.
    const current = (await coordinator.get(`${people}/applicant-01`)).body
    expect((await admin.post(`${people}/applicant-01/erasure`, { version: current.version })).status).toBe(200)
    expect((await coordinator.get(`${people}/applicant-01/consents`)).body.items[0].consent.withdrawnAt).toBe(at)
    const refused = await coordinator.post(`${people}/applicant-01/consents/withdrawal`, { version: current.version + 1 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.reason).toBe('person-erased')
  })

  it('lists no consent for someone staff entered; bad input and unknown people change nothing', async () => {
    expect((await coordinator.get(`${people}/mentee-03/consents`)).body.items).toEqual([])
    const bad = await coordinator.post(`${people}/mentee-03/consents/withdrawal`, { version: 'one' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('version')
    expect((await coordinator.get(`${people}/nobody/consents`)).status).toBe(404)
    expect((await coordinator.post(`${people}/nobody/consents/withdrawal`, { version: 1 })).status).toBe(404)
    expect((await coordinator.get(`${people}/mentee-03`)).body.stage).not.toBe('closed')
  })
})
