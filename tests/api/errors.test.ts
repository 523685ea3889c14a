import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ErrorBody } from '@binome/contracts'
import { PLS, signIn, type ApiClient, type Reply } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Refusals carry a stable reason and their values, so that interfaces say them in the reader's language: a stale
 * version ("reload") and a rule that refuses ("already invited", "last admin") are different reasons under the same 409.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
const programmes = `/api/onboarding/orgs/${PLS}/programmes`
const members = `/api/onboarding/orgs/${PLS}/members`

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
})
afterAll(() => p.stop())

/** The reply is in the contract's error shape; returns its error. */
function refusal(r: Reply, status: number) {
  expect(r.status, JSON.stringify(r.body)).toBe(status)
  const parsed = ErrorBody.safeParse(r.body)
  expect(parsed.error).toBeUndefined()
  return parsed.data!.error
}

describe('409s say why', () => {
  it('a stale programme update, an invitation already sent and the last admin are three different reasons', async () => {
    const { body: prog } = await admin.post(programmes, { name: 'Raisons distinctes' })
    expect((await admin.patch(`${programmes}/${prog.id}`, { name: 'Première', version: 1 })).status).toBe(200)
    const stale = refusal(await admin.patch(`${programmes}/${prog.id}`, { name: 'Seconde', version: 1 }), 409)
    expect(stale).toMatchObject({ code: 'conflict', reason: 'stale-version', values: { entity: 'programme' } })

    const invitation = { email: 'deux-fois@pls.demo', name: 'Deux Fois', role: 'coordinator' }
    expect((await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, invitation)).status).toBe(201)
    const again = refusal(await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, invitation), 409)
    expect(again).toMatchObject({ code: 'conflict', reason: 'already-invited' })

    const me = (await admin.get(`${members}?limit=100`)).body.items.find((m: { email: string }) => m.email === 'admin@mentoryou.demo')
    const lastAdmin = refusal(await admin.patch(`${members}/${me.userId}`, { role: 'coordinator', version: me.version }), 409)
    expect(lastAdmin).toMatchObject({ code: 'conflict', reason: 'last-admin' })

    const stalePerson = refusal(await admin.patch(`${members}/${me.userId}`, { role: 'admin', version: me.version + 5 }), 409)
    expect(stalePerson).toMatchObject({ reason: 'stale-version', values: { entity: 'membership' } })
    expect(new Set([stale.reason, again.reason, lastAdmin.reason]).size).toBe(3)
  })

  it('an archived programme refuses changes with its own reason, not as a stale version', async () => {
    const { body: prog } = await admin.post(programmes, { name: 'À archiver' })
    const archived = await admin.post(`${programmes}/${prog.id}/archive`, { version: 1 })
    expect(archived.status).toBe(200)
    const change = refusal(await admin.patch(`${programmes}/${prog.id}`, { name: 'Non', version: archived.body.version }), 409)
    expect(change).toMatchObject({ code: 'conflict', reason: 'programme-archived' })
  })
})

describe('400s say which rule and which field', () => {
  it('an end before the start names the rule, the field and the dates', async () => {
    const r = refusal(await admin.post(programmes, { name: 'Dates', startDate: '2027-03-01', endDate: '2027-01-01' }), 400)
    expect(r).toMatchObject({ code: 'validation_failed', reason: 'end-before-start', values: { startDate: '2027-03-01', endDate: '2027-01-01' } })
    expect(r.details).toEqual([expect.objectContaining({ path: 'endDate', reason: 'end-before-start' })])
  })

  it('schema errors carry each field with a stable reason and its limit', async () => {
    const r = refusal(await admin.post(programmes, { name: 'M', description: 'x'.repeat(4001), startDate: '31/12/2026' }), 400)
    expect(r.reason).toBe('validation')
    expect(r.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'name', reason: 'too-short', values: { min: 2 } }),
        expect.objectContaining({ path: 'description', reason: 'too-long', values: { max: 4000 } }),
        expect.objectContaining({ path: 'startDate', reason: 'not-a-date' }),
      ]),
    )
  })

  it('a missing thing names the entity', async () => {
    const r = refusal(await admin.get(`${programmes}/no-such-programme`), 404)
    expect(r).toMatchObject({ code: 'not_found', reason: 'not-found', values: { entity: 'programme' } })
  })
})
