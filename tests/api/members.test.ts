import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
const members = `/api/onboarding/orgs/${PLS}/members`

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
})
afterAll(() => p.stop())

describe('members and invitations', () => {
  it('lists the seeded staff with their roles', async () => {
    const r = await admin.get(`${members}?limit=100`)
    expect(r.status).toBe(200)
    const roles = Object.fromEntries(r.body.items.map((m: { email: string; role: string }) => [m.email, m.role]))
    expect(roles).toMatchObject({
      'admin@mentoryou.demo': 'admin', 'coordination@mentoryou.demo': 'coordinator',
      'trainer@binome.demo': 'trainer', 'partenaire@mission-locale.demo': 'partner',
    })
  })

  it('an admin invites by e-mail with a role; the invitation arrives in French; a second invitation is 409', async () => {
    const r = await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'nouvelle@pls.demo', name: 'Nora Benali', role: 'coordinator' })
    expect(r.status).toBe(201)
    expect(r.body).toMatchObject({ email: 'nouvelle@pls.demo', role: 'coordinator', status: 'invited' })
    const mail = p.outbox.list({ to: 'nouvelle@pls.demo' }).at(-1)
    expect(mail?.subject).toBe('Pour la Solidarité — MentorYou vous invite sur Binôme')
    expect(mail?.text).toContain('coordinateur·rice')
    // The link prefills the address without putting it in a query string (access logs keep those).
    const link = mail?.text?.match(/https?:\/\/\S+/)?.[0]
    expect(link).toBe(`${p.url}/signin#email=nouvelle%40pls.demo`)
    expect(`${mail?.text}${mail?.html ?? ''}`).not.toMatch(/\?email=/)
    const again = await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'NOUVELLE@pls.demo', name: 'Nora', role: 'trainer' })
    expect(again.status).toBe(409)
  })

  it('an existing user of another organisation is invited without a second account', async () => {
    const r = await admin.post(`/api/onboarding/orgs/${PLS}/invitations`, { email: 'admin@duo-n2wa.demo', name: 'Pauline Lemaire', role: 'trainer' })
    expect(r.status).toBe(201)
    const pauline = await signIn(p, 'admin@duo-n2wa.demo')
    const orgs = (await pauline.get('/api/onboarding/me')).body.memberships
    expect(orgs.map((m: { orgId: string; status: string }) => `${m.orgId}:${m.status}`).sort()).toEqual(['cai-duo-n2wa:active', 'pls-mentoryou:invited'])
  })

  it('changes a role with the version; the last admin cannot be demoted or removed', async () => {
    const list = (await admin.get(`${members}?limit=100`)).body.items
    const me = list.find((m: { email: string }) => m.email === 'admin@mentoryou.demo')
    const demote = await admin.patch(`${members}/${me.userId}`, { role: 'coordinator', version: me.version })
    expect(demote.status).toBe(409)
    expect(demote.body.error.message).toMatch(/admin/)
    expect((await admin.delete(`${members}/${me.userId}?version=${me.version}`)).status).toBe(409)

    const coord = list.find((m: { email: string }) => m.email === 'coordination2@mentoryou.demo')
    const promoted = await admin.patch(`${members}/${coord.userId}`, { role: 'admin', version: coord.version })
    expect(promoted.status).toBe(200)
    expect(promoted.body).toMatchObject({ role: 'admin', version: coord.version + 1 })
    const stale = await admin.patch(`${members}/${coord.userId}`, { role: 'trainer', version: coord.version })
    expect(stale.status).toBe(409)
    // The promoted coordinator now reaches admin-only routes.
    const sarah = await signIn(p, 'coordination2@mentoryou.demo')
    expect((await sarah.post(`/api/onboarding/orgs/${PLS}/programmes`, { name: 'Par Sarah' })).status).toBe(201)
  })

  it('removing a member takes away their access at once', async () => {
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.get(`/api/onboarding/orgs/${PLS}`)).status).toBe(200)
    const m = (await admin.get(`${members}?limit=100`)).body.items.find((x: { email: string }) => x.email === 'partenaire@mission-locale.demo')
    expect((await admin.delete(`${members}/${m.userId}?version=${m.version}`)).status).toBe(204)
    expect((await partner.get(`/api/onboarding/orgs/${PLS}`)).status).toBe(403)
    expect((await partner.get('/api/onboarding/me')).body.memberships).toEqual([])
  })
})
