import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { partnerVisibleFields, type Answers } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { demoAnswers, plsMentees } from '@binome/local'
import { CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The organisation's local network ("partenaires ISP") and referrals by partner users: a partner refers a job
 * seeker with the programme's form and a note, then follows only the people its own network partner referred,
 * reading only the answers the programme lets partners see.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let partner: ApiClient
let caiAdmin: ApiClient
const org = `/api/onboarding/orgs/${PLS}`
const network = `${org}/network-partners`
const referrals = `${org}/programmes/${PLS_PROGRAMME}/referrals`
const people = `${org}/programmes/${PLS_PROGRAMME}/people`
const pls = methodologyRules('pls-mentoryou')!
const menteeAnswers = (): Answers => ({ ...demoAnswers(plsMentees[5]!, 'mentee', pls.forms.mentee, 5), referredBy: 'Antenne Emploi Schaerbeek' })
const jobSeeker = { firstName: 'Meron', lastName: 'Gebremedhin', email: 'meron.g@exemple.be', birthDate: '1993-11-02' }
const OWN_PARTNER = 'antenne-emploi-schaerbeek'
const OTHER_PARTNER = 'service-social-saint-josse'

beforeAll(async () => {
  p = await testPlatform()
  ;[admin, coordinator, partner, caiAdmin] = await Promise.all([
    signIn(p, 'admin@mentoryou.demo'), signIn(p, 'coordination@mentoryou.demo'), signIn(p, 'partenaire@mission-locale.demo'),
    signIn(p, 'admin@duo-n2wa.demo'),
  ])
})
afterAll(() => p.stop())

describe('network partners', () => {
  it('staff list the demo network, narrowed by kind or to the active ones', async () => {
    const all = (await coordinator.get(`${network}?limit=100`)).body.items as Array<{ id: string; kinds: string[]; active: boolean }>
    expect(all.length).toBeGreaterThanOrEqual(5)
    const receiving = (await coordinator.get(`${network}?kind=receives&limit=100`)).body.items as typeof all
    expect(receiving.map((x) => x.id).sort()).toEqual(all.filter((x) => x.kinds.includes('receives')).map((x) => x.id).sort())
    expect(receiving.map((x) => x.id)).not.toContain(OWN_PARTNER)
    const active = (await coordinator.get(`${network}?kind=receives&active=true&limit=100`)).body.items as typeof all
    expect(active.every((x) => x.active)).toBe(true)
    expect(active.length).toBe(receiving.length - 1)
  })

  it('a coordinator adds one, changes it with the version read, and a stale version is 409', async () => {
    const created = await coordinator.post(network, {
      name: '  Atelier Langues Molenbeek ', kinds: ['receives', 'receives'], locality: 'Molenbeek-Saint-Jean',
      services: 'Tables de conversation en français', contactEmail: 'Contact@Langues.demo', website: 'https://langues.demo',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({ name: 'Atelier Langues Molenbeek', kinds: ['receives'], contactEmail: 'contact@langues.demo', active: true, version: 1 })
    const changed = await coordinator.patch(`${network}/${created.body.id}`, { kinds: ['refers', 'receives'], active: false, version: 1 })
    expect(changed.status).toBe(200)
    expect(changed.body).toMatchObject({ kinds: ['refers', 'receives'], active: false, version: 2, name: 'Atelier Langues Molenbeek' })
    const stale = await admin.patch(`${network}/${created.body.id}`, { name: 'Autre', version: 1 })
    expect(stale.status).toBe(409)
    expect((await admin.get(`${network}/${created.body.id}`)).body).toEqual(changed.body)
  })

  it('bad input names the field and writes nothing', async () => {
    const before = (await admin.get(`${network}?limit=100`)).body.items.length
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'X', kinds: ['refers'], locality: 'Ixelles' }, 'name'],
      [{ name: 'Service', kinds: [], locality: 'Ixelles' }, 'kinds'],
      [{ name: 'Service', kinds: ['teaches'], locality: 'Ixelles' }, 'kinds.0'],
      [{ name: 'Service', kinds: ['refers'], locality: '' }, 'locality'],
      [{ name: 'Service', kinds: ['refers'], locality: 'Ixelles', website: 'javascript:alert(1)' }, 'website'],
      [{ name: 'Service', kinds: ['refers'], locality: 'Ixelles', contactEmail: 'pas-un-email' }, 'contactEmail'],
    ]
    for (const [body, field] of cases) {
      const r = await admin.post(network, body)
      expect(r.status, field).toBe(400)
      expect(r.body.error.details.map((d: { path: string }) => d.path), field).toContain(field)
    }
    const noKind = await admin.patch(`${network}/ecole-francais-ixelles`, { kinds: [], version: 1 })
    expect(noKind.status).toBe(400)
    expect((await admin.get(`${network}?limit=100`)).body.items.length).toBe(before)
  })

  it('a partner user does not read the network list; another tenant’s partner id is 404', async () => {
    expect((await partner.get(network)).status).toBe(403)
    const cai = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/network-partners`, { name: 'Service namurois', kinds: ['receives'], locality: 'Namur' })
    expect(cai.status).toBe(201)
    expect((await admin.get(`${network}/${cai.body.id}`)).status).toBe(404)
    expect((await admin.patch(`${network}/${cai.body.id}`, { active: false, version: 1 })).status).toBe(404)
  })
})

describe('partner users belong to one network partner', () => {
  it('an admin invites a partner user for a network partner; without one, or with another tenant’s, the field is named', async () => {
    const invitations = `${org}/invitations`
    const ok = await admin.post(invitations, { email: 'insertion@sjtn.demo', name: 'Hélène Vandamme', role: 'partner', networkPartnerId: OTHER_PARTNER })
    expect(ok.status, JSON.stringify(ok.body)).toBe(201)
    expect(ok.body).toMatchObject({ role: 'partner', networkPartnerId: OTHER_PARTNER, status: 'invited' })
    const missing = await admin.post(invitations, { email: 'x1@sjtn.demo', name: 'X', role: 'partner' })
    expect(missing.status).toBe(400)
    expect(missing.body.error.details).toEqual([expect.objectContaining({ path: 'networkPartnerId', reason: 'required' })])
    const unknown = await admin.post(invitations, { email: 'x2@sjtn.demo', name: 'X', role: 'partner', networkPartnerId: 'no-such-partner' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.details[0].path).toBe('networkPartnerId')
    const notPartner = await admin.post(invitations, { email: 'x3@sjtn.demo', name: 'X', role: 'coordinator', networkPartnerId: OTHER_PARTNER })
    expect(notPartner.status).toBe(400)
    expect(notPartner.body.error.details[0]).toMatchObject({ path: 'networkPartnerId', reason: 'unknown-field' })
    const emails = (await admin.get(`${org}/members?limit=100`)).body.items.map((m: { email: string }) => m.email)
    expect(emails).toContain('insertion@sjtn.demo')
    expect(emails).not.toEqual(expect.arrayContaining(['x1@sjtn.demo']))
    expect(emails.filter((e: string) => /^x\d@sjtn/.test(e))).toEqual([])
  })

  it('a member made a partner needs a network partner; leaving the role drops it', async () => {
    const invited = (await admin.post(`${org}/invitations`, { email: 'devient.partenaire@pls.demo', name: 'Dev Partenaire', role: 'coordinator' })).body
    const refused = await admin.patch(`${org}/members/${invited.userId}`, { role: 'partner', version: invited.version })
    expect(refused.status).toBe(400)
    expect(refused.body.error.details[0].path).toBe('networkPartnerId')
    const made = await admin.patch(`${org}/members/${invited.userId}`, { role: 'partner', networkPartnerId: OWN_PARTNER, version: invited.version })
    expect(made.status).toBe(200)
    expect(made.body.networkPartnerId).toBe(OWN_PARTNER)
    const back = await admin.patch(`${org}/members/${invited.userId}`, { role: 'coordinator', version: made.body.version })
    expect(back.status).toBe(200)
    expect(back.body.networkPartnerId).toBeUndefined()
  })
})

describe('referrals by a partner user', () => {
  it('the referral form is the programme’s mentee form, with the partner the user refers for', async () => {
    const r = await partner.get(`${org}/programmes/${PLS_PROGRAMME}/referral-form`)
    expect(r.status).toBe(200)
    expect(r.body).toMatchObject({ programmeId: PLS_PROGRAMME, networkPartnerId: OWN_PARTNER, networkPartnerName: 'Antenne Emploi Schaerbeek' })
    expect(r.body.form).toEqual(pls.forms.mentee)
  })

  it('a partner refers a job seeker: a mentee at the first stage, referred by its network partner, the note on their timeline', async () => {
    const created = await partner.post(referrals, { ...jobSeeker, answers: menteeAnswers(), note: '  Suivi chez nous depuis mars.  ' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.personId as string
    const person = (await coordinator.get(`${people}/${id}`)).body
    expect(person).toMatchObject({ kind: 'mentee', stage: 'applied', referredBy: OWN_PARTNER, email: 'meron.g@exemple.be' })
    expect(person).not.toHaveProperty('status')
    expect(person.answers.sector).toBe(menteeAnswers().sector)
    expect(created.body).toMatchObject({ stage: 'applied', stageDate: person.stageDates.applied, note: 'Suivi chez nous depuis mars.' })
    // The note stays on the entry that records where the person came from: a referral, by the partner user.
    const timeline = (await coordinator.get(`${people}/${id}/timeline`)).body.items
    expect(timeline).toEqual([expect.objectContaining({ kind: 'created', source: 'referral', note: 'Suivi chez nous depuis mars.', by: expect.any(String) })])
    // Found with the indexed list's referredBy filter, like every person.
    const filtered = (await coordinator.get(`${people}?referredBy=${OWN_PARTNER}&q=gebremedhin`)).body.items
    expect(filtered.map((x: { id: string }) => x.id)).toEqual([id])
    const staffView = (await coordinator.get(`${org}/programmes/${PLS_PROGRAMME}/network-partners/${OWN_PARTNER}/referrals?limit=100`)).body.items
    expect(staffView).toContainEqual(expect.objectContaining({
      personId: id, note: 'Suivi chez nous depuis mars.', networkPartnerId: OWN_PARTNER, firstName: 'Meron', stage: 'applied',
      referredByUserId: timeline[0].by, createdAt: person.createdAt,
    }))
    const others = (await coordinator.get(`${org}/programmes/${PLS_PROGRAMME}/network-partners/${OTHER_PARTNER}/referrals?limit=100`)).body.items
    expect(others.map((r: { personId: string }) => r.personId)).not.toContain(id)
  })

  it('the partner lists only the people its network partner referred, with only the answers partners may see', async () => {
    const visible = partnerVisibleFields(pls.forms.mentee)
    expect(visible.size).toBeGreaterThan(0)
    const listed = (await partner.get(`${referrals}?limit=100`)).body.items as Array<{ personId: string; answers: Answers; stage: string; stageDate: string }>
    const all = (await coordinator.get(`${people}?kind=mentee&limit=100`)).body.items as Array<{ id: string; referredBy?: string }>
    const ours = all.filter((x) => x.referredBy === OWN_PARTNER).map((x) => x.id).sort()
    expect(ours.length).toBeGreaterThanOrEqual(5)
    expect(listed.map((x) => x.personId).sort()).toEqual(ours)
    for (const item of listed) {
      for (const field of Object.keys(item.answers)) expect(visible.has(field), field).toBe(true)
      expect(item).not.toHaveProperty('email')
      expect(item).not.toHaveProperty('birthDate')
    }
    expect(new Set(listed.map((x) => x.stage)).size).toBeGreaterThan(1)
    for (const item of listed) expect(item).not.toHaveProperty('decision')
    const text = JSON.stringify(listed)
    for (const secret of ['motivation', 'expectations', 'Bénéficiaire d’un accompagnement social']) expect(text).not.toContain(secret)
  })

  it('a partner asking for someone it did not refer gets 404, whoever referred them; its own referral it reads', async () => {
    const mine = (await partner.get(`${referrals}?limit=1`)).body.items[0]
    expect((await partner.get(`${referrals}/${mine.personId}`)).body).toEqual(mine)
    const all = (await coordinator.get(`${people}?kind=mentee&limit=100`)).body.items as Array<{ id: string; referredBy?: string }>
    const otherPartners = all.find((x) => x.referredBy === OTHER_PARTNER)!
    const nobodys = all.find((x) => x.referredBy === undefined)!
    for (const id of [otherPartners.id, nobodys.id, 'mentor-01', 'no-such-person']) {
      const r = await partner.get(`${referrals}/${id}`)
      expect(r.status, id).toBe(404)
      expect(JSON.stringify(r.body)).not.toMatch(/firstName|answers/)
    }
  })

  it('wrong answers are a 422 naming answers.<fieldId>, bad identity a 400 naming the field, and nothing is written', async () => {
    const count = async () => (await coordinator.get(`${people}?kind=mentee&limit=100`)).body.items.length as number
    const before = await count()
    const { sector: _s, ...withoutSector } = menteeAnswers()
    const wrong = await partner.post(referrals, { ...jobSeeker, email: 'autre@exemple.be', answers: withoutSector, note: '' })
    expect(wrong.status).toBe(422)
    expect(wrong.body.error.details.map((d: { path: string }) => d.path)).toContain('answers.sector')
    for (const [body, field] of [
      [{ ...jobSeeker, email: 'pas-un-email', answers: menteeAnswers() }, 'email'],
      [{ ...jobSeeker, birthDate: '1993-02-30', answers: menteeAnswers() }, 'birthDate'],
      [{ ...jobSeeker, firstName: '', answers: menteeAnswers() }, 'firstName'],
      [{ ...jobSeeker, answers: menteeAnswers(), note: 'x'.repeat(2001) }, 'note'],
      [{ ...jobSeeker, answers: menteeAnswers(), stage: 'ready' }, 'stage'],
      [{ ...jobSeeker, answers: menteeAnswers(), referredBy: OTHER_PARTNER }, 'referredBy'],
    ] as const) {
      const r = await partner.post(referrals, body)
      expect(r.status, field).toBe(400)
      expect(r.body.error.details.map((d: { path: string }) => d.path), field).toContain(field)
    }
    expect(await count()).toBe(before)
  })

  it('roles: staff cannot use the partner routes, the partner cannot read the staff people routes', async () => {
    for (const client of [admin, coordinator]) {
      expect((await client.get(referrals)).status).toBe(403)
      expect((await client.post(referrals, { ...jobSeeker, answers: menteeAnswers() })).status).toBe(403)
    }
    expect((await partner.get(people)).status).toBe(403)
    expect((await partner.get(`${people}/mentee-01`)).status).toBe(403)
    expect((await partner.get(`${org}/programmes/${PLS_PROGRAMME}/network-partners/${OWN_PARTNER}/referrals`)).status).toBe(403)
  })

  it('another tenant’s programme or organisation: 404 or 403, nothing written there', async () => {
    const caiPeople = async () => (await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people?limit=100`)).body.items.length
    const before = await caiPeople()
    expect((await partner.get(`${org}/programmes/${CAI_PROGRAMME}/referrals`)).status).toBe(404)
    expect((await partner.get(`${org}/programmes/${CAI_PROGRAMME}/referrals/mentee-01`)).status).toBe(404)
    expect((await partner.post(`${org}/programmes/${CAI_PROGRAMME}/referrals`, { ...jobSeeker, answers: menteeAnswers() })).status).toBe(404)
    expect((await partner.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/referrals`)).status).toBe(403)
    expect(await caiPeople()).toBe(before)
  })

  it('a partner whose network partner no longer refers cannot refer, and still sees its referrals', async () => {
    const np = (await admin.get(`${network}/${OWN_PARTNER}`)).body
    await admin.patch(`${network}/${OWN_PARTNER}`, { active: false, version: np.version })
    const refused = await partner.post(referrals, { ...jobSeeker, email: 'tard@exemple.be', answers: menteeAnswers() })
    expect(refused.status).toBe(403)
    expect((await partner.get(`${referrals}?limit=100`)).body.items.length).toBeGreaterThan(0)
    await admin.patch(`${network}/${OWN_PARTNER}`, { active: true, version: np.version + 1 })
  })
})

describe('erasure of a referred person', () => {
  it('takes the partner’s note with the rest: gone from the timeline, the partner’s list and its reads', async () => {
    const created = await partner.post(referrals, { ...jobSeeker, email: 'a.effacer@exemple.be', answers: menteeAnswers(), note: 'Note Xyloréférence' })
    expect(created.status).toBe(201)
    const id = created.body.personId as string
    const person = (await admin.get(`${people}/${id}`)).body
    expect((await admin.post(`${people}/${id}/erasure`, { version: person.version })).status).toBe(200)
    const timeline = (await admin.get(`${people}/${id}/timeline`)).body.items
    expect(timeline).toEqual([expect.objectContaining({ kind: 'created', source: 'referral' })])
    expect(JSON.stringify(timeline)).not.toContain('Xyloréférence')
    expect((await partner.get(`${referrals}/${id}`)).status).toBe(404)
    expect((await partner.get(`${referrals}?limit=100`)).body.items.map((x: { personId: string }) => x.personId)).not.toContain(id)
  })
})

describe('onward referral of a refused mentee', () => {
  const move = (person: { id: string; version: number }, body: Record<string, unknown>) =>
    coordinator.post(`${people}/${person.id}/stage`, { version: person.version, event: 'refuse', reason: 'Une formation qualifiante d’abord.', ...body })

  it('is only to one of the organisation’s active partners that receive people: anything else is a 400 naming referredTo, nothing changed', async () => {
    const [mentee] = (await coordinator.get(`${people}?kind=mentee&stage=interviewed`)).body.items
    const before = (await coordinator.get(`${people}/${mentee.id}`)).body
    const inactive = (await coordinator.get(`${network}?kind=receives&active=false`)).body.items[0].id
    for (const referredTo of ['no-such-partner', OWN_PARTNER, inactive]) {
      const r = await move(before, { referredTo })
      expect(r.status, referredTo).toBe(400)
      expect(r.body.error.details.map((d: { path: string }) => d.path), referredTo).toEqual(['referredTo'])
    }
    // Another organisation's partner id is unknown here too.
    const caiPerson = (await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people?kind=mentee&stage=interviewed`)).body.items[0]
    const cai = await caiAdmin.post(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people/${caiPerson.id}/stage`, {
      version: (await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/people/${caiPerson.id}`)).body.version,
      event: 'refuse', reason: 'Non', referredTo: 'ecole-francais-ixelles',
    })
    expect(cai.status).toBe(400)
    expect((await coordinator.get(`${people}/${mentee.id}`)).body).toEqual(before)

    const refused = await move(before, { referredTo: 'ecole-francais-ixelles' })
    expect(refused.status, JSON.stringify(refused.body)).toBe(200)
    expect(refused.body).toMatchObject({ stage: 'refused', decision: { outcome: 'refused', referredTo: 'ecole-francais-ixelles' } })
    const [last] = (await coordinator.get(`${people}/${mentee.id}/timeline`)).body.items
    expect(last).toMatchObject({ kind: 'stage', decision: { referredTo: 'ecole-francais-ixelles' } })
  })

  it('the demo has a refused mentee referred on to a training centre', async () => {
    const refused = (await coordinator.get(`${people}?kind=mentee&stage=refused`)).body.items as Array<{ id: string }>
    const decisions = await Promise.all(refused.map(async (x) => (await coordinator.get(`${people}/${x.id}`)).body.decision))
    expect(decisions).toContainEqual(expect.objectContaining({ outcome: 'refused', referredTo: 'centre-formation-anderlecht' }))
  })
})
