import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, latestCode, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let operator: ApiClient
let admin: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  operator = await signIn(p, 'operator@binome.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
})
afterAll(() => p.stop())

describe('organisations', () => {
  it('the operator lists every organisation; others get 403', async () => {
    const r = await operator.get('/api/onboarding/orgs')
    expect(r.status).toBe(200)
    // The two programme organisations, and the demo training organisation with the two partners it onboards.
    expect(r.body.items.map((o: { id: string }) => o.id).sort()).toEqual([CAI, 'mentorat-verviers', 'pls-formation', PLS, 'tremplin-charleroi'])
    expect((await admin.get('/api/onboarding/orgs')).status).toBe(403)
  })

  it('the operator creates an organisation with its first admin, who is invited by e-mail and can accept', async () => {
    const created = await operator.post('/api/onboarding/orgs', {
      name: 'Mentorat Liège', locale: 'fr', admin: { email: 'Direction@Mentorat-Liege.demo', name: 'Lucie Dumont' },
    })
    expect(created.status).toBe(201)
    const orgId = created.body.id
    const mail = p.outbox.list({ to: 'direction@mentorat-liege.demo' }).at(-1)
    expect(mail?.subject).toContain('Mentorat Liège')
    // The invited admin signs in, sees the pending invitation, accepts it, and then reaches the organisation.
    const lucie = await signIn(p, 'direction@mentorat-liege.demo')
    expect(await latestCode(p, 'direction@mentorat-liege.demo')).toMatch(/^\d{6}$/)
    const me = await lucie.get('/api/onboarding/me')
    expect(me.body.memberships).toEqual([{ orgId, orgName: 'Mentorat Liège', role: 'admin', status: 'invited' }])
    expect((await lucie.get(`/api/onboarding/orgs/${orgId}`)).status).toBe(403)
    const accepted = await lucie.post(`/api/onboarding/me/memberships/${orgId}/accept`)
    expect(accepted.status).toBe(200)
    expect(accepted.body.status).toBe('active')
    expect((await lucie.get(`/api/onboarding/orgs/${orgId}`)).status).toBe(200)
    expect((await lucie.post(`/api/onboarding/me/memberships/${orgId}/accept`)).status).toBe(409)
  })

  it('only the operator creates organisations', async () => {
    const r = await admin.post('/api/onboarding/orgs', { name: 'Pirate' })
    expect(r.status).toBe(403)
    const list = await operator.get('/api/onboarding/orgs?limit=100')
    expect(list.body.items.map((o: { name: string }) => o.name)).not.toContain('Pirate')
  })

  it('an admin edits their own organisation with its version; stale edits get 409', async () => {
    const org = (await admin.get(`/api/onboarding/orgs/${PLS}`)).body
    const r = await admin.patch(`/api/onboarding/orgs/${PLS}`, { contactEmail: 'Contact@PLS.demo', version: org.version })
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ contactEmail: 'contact@pls.demo', version: org.version + 1 })
    expect((await admin.patch(`/api/onboarding/orgs/${PLS}`, { name: 'Autre', version: org.version })).status).toBe(409)
    const coordinator = await signIn(p, 'coordination@mentoryou.demo')
    expect((await coordinator.patch(`/api/onboarding/orgs/${PLS}`, { name: 'Autre', version: org.version + 1 })).status).toBe(403)
  })

  it('a rename shows in the members’ organisation switcher', async () => {
    const org = (await admin.get(`/api/onboarding/orgs/${PLS}`)).body
    await admin.patch(`/api/onboarding/orgs/${PLS}`, { name: 'PLS — MentorYou', version: org.version })
    const trainer = await signIn(p, 'trainer@binome.demo')
    const names = (await trainer.get('/api/onboarding/me')).body.memberships.map((m: { orgName: string }) => m.orgName)
    expect(names).toContain('PLS — MentorYou')
    expect(names).toContain('CAI — Duo N2WA')
  })
})
