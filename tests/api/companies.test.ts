import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * Mentors' employers: companies (CRUD), a mentor's employment with management's agreement and hours per month, and
 * the value of each company's skills sponsorship at the organisation's hourly rate (demo: 45 €/h; see
 * packages/local/src/seed/demo-companies.ts).
 */
const base = `/api/onboarding/orgs/${PLS}/companies`
const employmentOf = (personId: string, programmeId = PLS_PROGRAMME, org = PLS) =>
  `/api/onboarding/orgs/${org}/programmes/${programmeId}/people/${personId}/employment`

let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let caiAdmin: ApiClient
let trainer: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
  trainer = await signIn(p, 'trainer@binome.demo')
})
afterAll(() => p?.stop())

describe('the sponsorship of the demo companies', () => {
  it('values each company’s hours up to the day asked at the organisation’s rate; a pending agreement counts for nothing', async () => {
    const r = await coordinator.get(`/api/onboarding/orgs/${PLS}/sponsorship?until=2026-12-01`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ from: null, until: '2026-12-01', hourlyRate: 45 })
    const byId = Object.fromEntries(r.body.items.map((i: { companyId: string }) => [i.companyId, i]))
    // Sophie Lambert: 3 whole months × 4 h; Céline Dupont: 2 × 3 h → 18 h × 45 €.
    expect(byId['assurances-mosane']).toMatchObject({ mentors: 2, agreed: 2, pending: 0, hoursPerMonth: 7, hours: 18, value: 810 })
    // Marc Dubois: 15 Sept → 15 Nov, 2 × 3 h; David Lemaire's agreement is pending.
    expect(byId['datagora']).toMatchObject({ mentors: 2, agreed: 1, pending: 1, hoursPerMonth: 3, hours: 6, value: 270 })
    expect(r.body.totals).toEqual({ mentors: 4, hours: 24, value: 1080 })
  })

  it('counts from the start of the period when one is given, and refuses a period that ends before it starts', async () => {
    const r = await admin.get(`/api/onboarding/orgs/${PLS}/sponsorship?from=2026-11-01&until=2026-12-01`)
    expect(r.body.items.find((i: { companyId: string }) => i.companyId === 'assurances-mosane')).toMatchObject({ hours: 7, value: 315 })
    const bad = await admin.get(`/api/onboarding/orgs/${PLS}/sponsorship?from=2026-12-01&until=2026-11-01`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['until'])
    const notADate = await admin.get(`/api/onboarding/orgs/${PLS}/sponsorship?until=1er-décembre`)
    expect(notADate.status).toBe(400)
    expect(notADate.body.error.details.map((d: { path: string }) => d.path)).toEqual(['until'])
  })

  it('shows a company’s page with its mentors by name, their stage in the pipeline, their agreement, hours and value', async () => {
    const r = await coordinator.get(`${base}/datagora?until=2026-12-01`)
    expect(r.status).toBe(200)
    expect(r.body.company).toMatchObject({ name: 'Datagora', locality: 'Etterbeek', contactName: 'Koen Verstraeten' })
    type Row = { lastName: string; stage: string; agreement: string; hours: number; value: number }
    expect(r.body.mentors.map((m: Row) => [m.lastName, m.stage, m.agreement, m.hours, m.value])).toEqual([
      ['Dubois', 'ready', 'agreed', 6, 270],
      ['Lemaire', 'interviewed', 'pending', 0, 0],
    ])
    expect(r.body.mentors[0]).toMatchObject({ programmeName: 'MentorYou 2026-2027', agreementDate: '2026-09-10', hoursPerMonth: 3 })
  })

  it('has no value while the organisation has set no rate, and takes the rate an admin sets', async () => {
    const cai = await caiAdmin.get(`/api/onboarding/orgs/${CAI}/sponsorship`)
    expect(cai.body).toMatchObject({ hourlyRate: null, items: [], totals: { mentors: 0, hours: 0, value: null } })
    const org = (await caiAdmin.get(`/api/onboarding/orgs/${CAI}`)).body
    expect(org.sponsorshipHourlyRate).toBeNull()
    const tooPrecise = await caiAdmin.patch(`/api/onboarding/orgs/${CAI}`, { sponsorshipHourlyRate: 42.125, version: org.version })
    expect(tooPrecise.status).toBe(400)
    expect(tooPrecise.body.error.details.map((d: { path: string }) => d.path)).toEqual(['sponsorshipHourlyRate'])
    const set = await caiAdmin.patch(`/api/onboarding/orgs/${CAI}`, { sponsorshipHourlyRate: 38.5, version: org.version })
    expect(set.status).toBe(200)
    expect(set.body.sponsorshipHourlyRate).toBe(38.5)
    expect((await caiAdmin.get(`/api/onboarding/orgs/${CAI}/sponsorship`)).body.hourlyRate).toBe(38.5)
  })
})

describe('companies', () => {
  it('are created, read, changed at their version and deleted when no mentor names them', async () => {
    const created = await coordinator.post(base, { name: '  Brasserie du Canal ', sector: 'Horeca', locality: 'Molenbeek-Saint-Jean', contactEmail: 'RH@Canal.demo' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ name: 'Brasserie du Canal', sector: 'Horeca', contactEmail: 'rh@canal.demo', address: '', version: 1 })
    const id = created.body.id
    const list = await coordinator.get(`${base}?limit=100`)
    expect(list.body.items.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Assurances Mosane', 'Datagora', 'Brasserie du Canal']))
    const changed = await coordinator.patch(`${base}/${id}`, { notes: 'Contact pris au salon RSE', version: 1 })
    expect(changed.body).toMatchObject({ notes: 'Contact pris au salon RSE', name: 'Brasserie du Canal', version: 2 })
    const stale = await admin.patch(`${base}/${id}`, { name: 'Autre nom', version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ reason: 'stale-version', values: { entity: 'company' } })
    expect((await coordinator.request('DELETE', `${base}/${id}?version=1`)).status).toBe(409)
    expect((await coordinator.request('DELETE', `${base}/${id}?version=2`)).status).toBe(204)
    expect((await coordinator.get(`${base}/${id}`)).status).toBe(404)
  })

  it('refuses to delete a company that mentors still name', async () => {
    const mosane = (await admin.get(`${base}/assurances-mosane`)).body.company
    const r = await admin.request('DELETE', `${base}/assurances-mosane?version=${mosane.version}`)
    expect(r.status).toBe(409)
    expect(r.body.error).toMatchObject({ reason: 'company-in-use', values: { mentors: 2 } })
  })

  it('names the field of bad input', async () => {
    const short = await admin.post(base, { name: 'X' })
    expect(short.status).toBe(400)
    expect(short.body.error.details.map((d: { path: string }) => d.path)).toEqual(['name'])
    const email = await admin.post(base, { name: 'Brasserie', contactEmail: 'pas-une-adresse' })
    expect(email.body.error.details.map((d: { path: string }) => d.path)).toEqual(['contactEmail'])
  })

  it('are staff’s: a trainer is refused, and another organisation’s company is not found', async () => {
    expect((await trainer.get(`${base}`)).status).toBe(403)
    const caiCompany = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/companies`, { name: 'Ferme du Bocq' })
    expect(caiCompany.status).toBe(201)
    expect((await admin.get(`${base}/${caiCompany.body.id}`)).status).toBe(404)
    expect((await admin.patch(`${base}/${caiCompany.body.id}`, { name: 'Pris', version: 1 })).status).toBe(404)
    expect((await admin.request('DELETE', `${base}/${caiCompany.body.id}?version=1`)).status).toBe(404)
    expect((await admin.get(`${base}?limit=100`)).body.items.map((c: { id: string }) => c.id)).not.toContain(caiCompany.body.id)
  })
})

describe('a mentor’s employment', () => {
  const job = { companyId: 'datagora', agreement: 'agreed', agreementDate: '2026-10-02', hoursPerMonth: 1.5, startDate: '2026-10-15' }

  it('is read for a mentor who has one, and is not found for one who has none', async () => {
    const r = await coordinator.get(employmentOf('mentor-01'))
    expect(r.body).toMatchObject({ companyId: 'assurances-mosane', agreement: 'agreed', hoursPerMonth: 4, version: 1 })
    const none = await coordinator.get(employmentOf('mentor-05'))
    expect(none.status).toBe(404)
    expect(none.body.error.values).toEqual({ entity: 'employment' })
  })

  it('is created without a version, replaced at its version (409 when stale), and removed', async () => {
    const created = await coordinator.put(employmentOf('mentor-05'), job)
    expect(created.status).toBe(200)
    expect(created.body).toMatchObject({ ...job, personId: 'mentor-05', programmeId: PLS_PROGRAMME, endDate: null, version: 1 })
    const again = await coordinator.put(employmentOf('mentor-05'), job)
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ reason: 'already-exists', values: { entity: 'employment' } })
    const replaced = await coordinator.put(employmentOf('mentor-05'), { ...job, hoursPerMonth: 3, version: 1 })
    expect(replaced.body).toMatchObject({ hoursPerMonth: 3, version: 2 })
    const stale = await admin.put(employmentOf('mentor-05'), { ...job, version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.reason).toBe('stale-version')
    const page = await coordinator.get(`${base}/datagora?until=2026-12-15`)
    expect(page.body.mentors.map((m: { lastName: string }) => m.lastName)).toContain('Renard')
    expect((await coordinator.request('DELETE', `${employmentOf('mentor-05')}?version=2`)).status).toBe(204)
    expect((await coordinator.get(employmentOf('mentor-05'))).status).toBe(404)
  })

  it('is a record beside the person: recording and removing it change neither the person nor their timeline', async () => {
    const person = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentor-08`
    const before = { person: (await coordinator.get(person)).body, timeline: (await coordinator.get(`${person}/timeline?limit=100`)).body.items }
    expect((await coordinator.put(employmentOf('mentor-08'), job)).status).toBe(200)
    expect((await coordinator.request('DELETE', `${employmentOf('mentor-08')}?version=1`)).status).toBe(204)
    expect((await coordinator.get(person)).body).toMatchObject({ version: before.person.version, stage: before.person.stage })
    expect((await coordinator.get(`${person}/timeline?limit=100`)).body.items).toEqual(before.timeline)
  })

  it('belongs to mentors only: a mentee gets 422 naming the person', async () => {
    const r = await coordinator.put(employmentOf('mentee-01'), job)
    expect(r.status).toBe(422)
    expect(r.body.error).toMatchObject({ reason: 'not-a-mentor' })
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(['personId'])
    expect((await coordinator.get(employmentOf('mentee-01'))).status).toBe(404)
  })

  it('names the field of bad input and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...job, agreementDate: null }, 'agreementDate'],
      [{ ...job, agreement: 'pending' }, 'agreementDate'],
      [{ ...job, endDate: '2026-10-01' }, 'endDate'],
      [{ ...job, hoursPerMonth: 2.25 }, 'hoursPerMonth'],
      [{ ...job, hoursPerMonth: 41 }, 'hoursPerMonth'],
      [{ ...job, agreement: 'maybe' }, 'agreement'],
      [{ ...job, startDate: '2026-02-30' }, 'startDate'],
      [{ ...job, companyId: 'no-such-company' }, 'companyId'],
    ]
    for (const [body, field] of cases) {
      const r = await coordinator.put(employmentOf('mentor-06'), body)
      expect(r.status, field).toBe(400)
      expect(r.body.error.details.map((d: { path: string }) => d.path), field).toEqual([field])
    }
    expect((await coordinator.get(employmentOf('mentor-06'))).status).toBe(404)
  })

  it('of an erased mentor still counts without a name, and cannot be changed any more', async () => {
    expect((await coordinator.put(employmentOf('mentor-09'), job)).status).toBe(200)
    const person = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentor-09`
    const { version, lastName } = (await admin.get(person)).body
    expect((await admin.post(`${person}/erasure`, { version })).status).toBe(200)
    const mentors = (await coordinator.get(`${base}/datagora?until=2026-12-15`)).body.mentors as Array<Record<string, unknown>>
    expect(mentors.find((m) => m.personId === 'mentor-09')).toMatchObject({ firstName: null, lastName: null, stage: 'closed', hours: 3 })
    expect(JSON.stringify(mentors)).not.toContain(lastName)
    const refused = await coordinator.put(employmentOf('mentor-09'), { ...job, version: 1 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.reason).toBe('person-erased')
    expect((await coordinator.request('DELETE', `${employmentOf('mentor-09')}?version=1`)).status).toBe(204)
  })

  it('cannot name another organisation’s company, programme or person', async () => {
    const caiCompany = (await caiAdmin.post(`/api/onboarding/orgs/${CAI}/companies`, { name: 'Carrières de Namur' })).body.id
    const foreign = await coordinator.put(employmentOf('mentor-07'), { ...job, companyId: caiCompany })
    expect(foreign.status).toBe(400)
    expect(foreign.body.error.details.map((d: { path: string }) => d.path)).toEqual(['companyId'])
    expect((await coordinator.put(employmentOf('mentor-01', CAI_PROGRAMME), job)).status).toBe(404)
    expect((await coordinator.get(employmentOf('mentor-01', CAI_PROGRAMME))).status).toBe(404)
    expect((await coordinator.put(employmentOf('mentor-01', CAI_PROGRAMME, CAI), job)).status).toBe(403)
  })
})
