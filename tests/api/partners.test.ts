import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { declaredRoutes, fill } from '../support/routes'

/**
 * Methodology transfer: a trainer of a training organisation onboards partners (organisation from a template, its
 * admin invited, a checklist in the trainer's organisation) and reads their configuration — never their people.
 */
const TRAINING = 'pls-formation'
const TREMPLIN = 'tremplin-charleroi'
const VERVIERS = 'mentorat-verviers'
const base = `/api/onboarding/orgs/${TRAINING}/partners`

let p: Awaited<ReturnType<typeof testPlatform>>
let trainer: ApiClient
let plsAdmin: ApiClient
let caiAdmin: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  trainer = await signIn(p, 'trainer@binome.demo')
  plsAdmin = await signIn(p, 'admin@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
})
afterAll(() => p?.stop())

describe('the trainer’s overview', () => {
  it('lists every partner the training organisation onboards, with progress, next planned item and the admin’s answer', async () => {
    const r = await trainer.get(base)
    expect(r.status).toBe(200)
    const byId = Object.fromEntries(r.body.items.map((s: { partnerOrgId: string }) => [s.partnerOrgId, s]))
    expect(Object.keys(byId).sort()).toEqual([VERVIERS, TREMPLIN].sort())
    expect(byId[TREMPLIN]).toMatchObject({
      partnerName: 'Tremplin Charleroi', methodologyId: 'pls-mentoryou', adminStatus: 'active', progress: { done: 4, total: 9 },
      nextPlanned: { id: 'stage-matching', kind: 'stage-training', stage: 'matching' },
    })
    expect(byId[VERVIERS]).toMatchObject({ adminStatus: 'invited', progress: { done: 0, total: 8 }, nextPlanned: { id: 'tools' } })
  })
})

describe('onboarding a new partner', () => {
  let created: any

  it('creates the organisation with a first programme on the template’s rules, invites its admin by e-mail and starts its checklist', async () => {
    const r = await trainer.post(base, {
      name: 'Mentorat Namur', methodologyId: 'pls-mentoryou', admin: { email: 'Direction@Mentorat-Namur.demo', name: 'Inès Lambert' },
    })
    expect(r.status).toBe(201)
    created = r.body
    expect(created).toMatchObject({
      orgId: TRAINING, partnerName: 'Mentorat Namur', methodologyId: 'pls-mentoryou', adminEmail: 'direction@mentorat-namur.demo',
      adminStatus: 'invited', progress: { done: 0, total: 8 }, version: 1,
    })
    expect(created.items.map((i: { kind: string }) => i.kind)).toEqual([
      'tools', 'tools-training', 'stage-training', 'stage-training', 'stage-training', 'stage-training', 'stage-training', 'field-follow-up',
    ])
    const mail = p.outbox.list({ to: 'direction@mentorat-namur.demo' }).at(-1)
    expect(mail?.subject).toContain('Mentorat Namur')

    // The invited admin accepts and runs the new organisation; the overview says so.
    const ines = await signIn(p, 'direction@mentorat-namur.demo')
    expect((await ines.post(`/api/onboarding/me/memberships/${created.partnerOrgId}/accept`)).status).toBe(200)
    expect((await ines.get(`/api/onboarding/orgs/${created.partnerOrgId}`)).body.name).toBe('Mentorat Namur')
    // It starts with a draft programme on the PLS methodology's rules, which its admin adapts.
    const programmes = (await ines.get(`/api/onboarding/orgs/${created.partnerOrgId}/programmes`)).body.items
    expect(programmes).toEqual([expect.objectContaining({ name: 'Pour la Solidarité — MentorYou', status: 'draft', rulesVersion: 1 })])
    const rules = (await ines.get(`/api/onboarding/orgs/${created.partnerOrgId}/programmes/${programmes[0].id}/rules`)).body
    expect(rules).toMatchObject({ version: 1, origin: { kind: 'template', from: 'pls-mentoryou' } })
    expect(rules.rules.criteria).toHaveLength(8)
    const line = (await trainer.get(base)).body.items.find((s: { partnerOrgId: string }) => s.partnerOrgId === created.partnerOrgId)
    expect(line).toMatchObject({ adminStatus: 'active', progress: { done: 0, total: 8 } })
    // The trainer is not a member of the partner: its own routes stay closed to them.
    expect((await trainer.get(`/api/onboarding/orgs/${created.partnerOrgId}`)).status).toBe(403)
  })

  it('refuses an unknown template, naming the field, and writes nothing', async () => {
    const before = (await trainer.get(base)).body.items.length
    const r = await trainer.post(base, { name: 'Sans modèle', methodologyId: 'home-made', admin: { email: 'x@y.demo', name: 'X' } })
    expect(r.status).toBe(400)
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(['methodologyId'])
    expect((await trainer.get(base)).body.items.length).toBe(before)
  })

  it('updates a checklist item with the version read; a stale version is 409 stale-version', async () => {
    const url = `${base}/${created.partnerOrgId}/checklist/tools`
    const planned = await trainer.patch(url, { plannedDate: '2027-01-12', notes: 'Remise des outils', version: 1 })
    expect(planned.status).toBe(200)
    expect(planned.body.items[0]).toMatchObject({ id: 'tools', status: 'planned', plannedDate: '2027-01-12', notes: 'Remise des outils' })
    expect(planned.body.version).toBe(2)
    const stale = await trainer.patch(url, { doneDate: '2027-01-12', version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ reason: 'stale-version', values: { entity: 'partnership' } })
    const done = await trainer.patch(url, { status: 'done', doneDate: '2027-01-12', version: 2 })
    expect(done.body).toMatchObject({ progress: { done: 1, total: 8 }, version: 3 })
    const read = await trainer.get(`${base}/${created.partnerOrgId}`)
    expect(read.body.items[0]).toMatchObject({ status: 'done', doneDate: '2027-01-12', notes: 'Remise des outils' })
  })

  it('refuses a status its dates do not support (400 naming the date) and an unknown item (404)', async () => {
    const version = (await trainer.get(`${base}/${created.partnerOrgId}`)).body.version
    const r = await trainer.patch(`${base}/${created.partnerOrgId}/checklist/tools-training`, { status: 'done', version })
    expect(r.status).toBe(400)
    expect(r.body.error.details).toEqual([expect.objectContaining({ path: 'doneDate', reason: 'required' })])
    const missing = await trainer.patch(`${base}/${created.partnerOrgId}/checklist/no-such-item`, { notes: 'x', version })
    expect(missing.status).toBe(404)
    expect(missing.body.error.values).toEqual({ entity: 'checklistItem' })
    expect((await trainer.get(`${base}/${created.partnerOrgId}`)).body.version).toBe(version)
  })

  it('adds field follow-up sessions', async () => {
    const version = (await trainer.get(`${base}/${created.partnerOrgId}`)).body.version
    const r = await trainer.post(`${base}/${created.partnerOrgId}/checklist`, { plannedDate: '2027-04-02', notes: 'Supervision', version })
    expect(r.status).toBe(201)
    expect(r.body.items.at(-1)).toMatchObject({ id: 'field-2', kind: 'field-follow-up', status: 'planned', plannedDate: '2027-04-02' })
    expect(r.body.progress.total).toBe(9)
  })
})

describe('what the trainer sees of a partner', () => {
  it('its configuration: the organisation and its programmes’ settings, read-only', async () => {
    const r = await trainer.get(`${base}/${TREMPLIN}/configuration`)
    expect(r.status).toBe(200)
    expect(r.body.organisation).toMatchObject({ id: TREMPLIN, name: 'Tremplin Charleroi' })
    expect(r.body.programmes).toEqual([expect.objectContaining({
      id: 'charleroi-2027', rulesVersion: 1,
      rules: expect.objectContaining({ version: 1, origin: { kind: 'template', from: 'pls-mentoryou' } }),
    })])
    expect(r.body.programmes[0].rules.rules.cadences).toMatchObject({ checkInEveryWeeks: 6, meetingsPerMonth: 2 })
    expect(Object.keys(r.body).sort()).toEqual(['organisation', 'programmes'])
  })

  it('only through a partnership of its own organisation: any other organisation is 404', async () => {
    for (const other of [PLS, CAI, 'no-such-org']) {
      expect((await trainer.get(`${base}/${other}/configuration`)).status, other).toBe(404)
      expect((await trainer.get(`${base}/${other}`)).status, other).toBe(404)
    }
  })

  it('never its people, members, matching runs or alerts: every route of the partner is 403 or 404', async () => {
    const ids = {
      orgId: TREMPLIN, programmeId: 'charleroi-2027', runId: 'r1', userId: 'direction-tremplin', partnerId: TREMPLIN, itemId: 'tools', companyId: 'no-such-company',
      personId: 'mentee-01', version: '1', queue: 'matching', sessionId: 's1', networkPartnerId: 'antenne-emploi-schaerbeek',
      duoId: 'd1', menteeId: 'mentee-01', mentorId: 'mentor-01', actionId: 'a1', alertId: 'no-such-alert', jobId: 'no-such-job', newsletterId: 'no-such-newsletter',
    }
    const tenantRoutes = declaredRoutes.filter((r) => r.fullPath.includes('{orgId}') && !r.fullPath.includes('/recovery/'))
    expect(tenantRoutes.length).toBeGreaterThanOrEqual(20)
    for (const r of tenantRoutes) {
      const res = await trainer.request(r.method.toUpperCase(), fill(r.fullPath, ids), r.request?.body ? {} : undefined)
      expect([403, 404], `${r.method} ${r.fullPath} → ${res.status}`).toContain(res.status)
      expect(JSON.stringify(res.body)).not.toMatch(/Nadia|Benali|tremplin-charleroi\.demo/)
    }
  })

  it('even with the role trainer inside a programme organisation, people, matching and alerts are refused', async () => {
    for (const path of [
      `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`,
      `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`,
      `/api/monitoring/orgs/${PLS}/alerts`,
    ]) {
      const r = await trainer.get(path)
      expect(r.status, path).toBe(403)
      expect(r.body.error.reason, path).toBe('role-not-allowed')
    }
  })
})

describe('who may touch partnerships', () => {
  it('a coordinator, a partner or any role without the permission gets 403', async () => {
    for (const email of ['coordination@mentoryou.demo', 'partenaire@mission-locale.demo']) {
      const c = await signIn(p, email)
      const list = await c.get(`/api/onboarding/orgs/${PLS}/partners`)
      expect(list.status, email).toBe(403)
      expect(list.body.error.reason).toBe('role-not-allowed')
      const create = await c.post(`/api/onboarding/orgs/${PLS}/partners`, { name: 'Pirate', methodologyId: 'pls-mentoryou', admin: { email: 'p@p.demo', name: 'P' } })
      expect(create.status, email).toBe(403)
    }
  })

  it('another organisation cannot reach the training organisation’s partners: 403 on its routes, 404 with its own', async () => {
    expect((await caiAdmin.get(base)).status).toBe(403)
    expect((await caiAdmin.get(`${base}/${TREMPLIN}`)).status).toBe(403)
    for (const path of [`/${TREMPLIN}`, `/${TREMPLIN}/configuration`]) {
      const r = await caiAdmin.get(`/api/onboarding/orgs/${CAI}/partners${path}`)
      expect(r.status, path).toBe(404)
      expect(JSON.stringify(r.body)).not.toContain('Tremplin')
    }
    expect((await plsAdmin.patch(`/api/onboarding/orgs/${PLS}/partners/${TREMPLIN}/checklist/tools`, { notes: 'x', version: 1 })).status).toBe(404)
    expect((await trainer.get(base)).body.items.find((s: { partnerOrgId: string }) => s.partnerOrgId === TREMPLIN).version).toBeGreaterThan(1)
  })
})
