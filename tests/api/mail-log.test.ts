import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicantForm, formFields } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { ApiClient, CAI, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The per-person mail log: every programme e-mail the platform sends to a person (decision, session invitation,
 * application acknowledgement) is recorded against them — template, subject, address, date, never the body — once the
 * mailer accepted it; staff read it on the person's page, the access export lists it, erasure deletes it, and no other
 * organisation reads it.
 */
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const people = `${programme}/people`
const clock = new Date('2026-11-30T09:00:00Z')
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let n = 0

beforeAll(async () => {
  p = await testPlatform({ now: () => clock })
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p?.stop())

const ok = async (r: Promise<{ status: number; body: any }>, status = 200) => {
  const reply = await r
  expect(reply.status, JSON.stringify(reply.body).slice(0, 400)).toBe(status)
  return reply.body
}

/** A new mentee of the PLS programme, entered by the coordinator (no e-mail sent on creation). */
async function newMentee(firstName: string): Promise<any> {
  const answers = (await coordinator.get(`${people}/mentee-02`)).body.answers
  return ok(coordinator.post(people, {
    kind: 'mentee', firstName, lastName: 'Courrier', email: `${firstName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.courrier.${++n}@journal.test`, birthDate: '1990-05-06', answers,
  }), 201)
}

const mailsOf = async (personId: string) => (await ok(coordinator.get(`${people}/${personId}/mails?limit=50`))).items as any[]

async function refuse(person: any): Promise<any> {
  const rules = (await coordinator.get(`${programme}/rules`)).body.rules
  const checks = rules.eligibility.filter((e: { side: string }) => e.side === 'mentee').map((e: { id: string }) => ({ itemId: e.id, met: true }))
  person = await ok(coordinator.put(`${people}/${person.id}/interview`, { version: person.version, heldOn: '2026-11-20', commitsToDuration: true, commitsToFrequency: true, checks }))
  return ok(coordinator.post(`${people}/${person.id}/stage`, { version: person.version, event: 'refuse', reason: 'Hors zone' }))
}

describe('the per-person mail log', () => {
  it('records a decision e-mail with its template, subject, address and date, not its body', async () => {
    const person = await newMentee('Décima')
    expect(await mailsOf(person.id)).toEqual([])
    await refuse(person)
    const sent = p.outbox.list({ to: person.email })
    expect(sent).toHaveLength(1)
    const mails = await mailsOf(person.id)
    expect(mails).toEqual([{
      id: expect.any(String), programmeId: PLS_PROGRAMME, personId: person.id, kind: 'email-decision',
      subject: sent[0]!.subject, to: person.email, sentAt: clock.toISOString(),
    }])
    expect(JSON.stringify(mails)).not.toContain(sent[0]!.text!.slice(0, 40))
  })

  it('records each session invitation against its invitee', async () => {
    const person = await newMentee('Séraphin')
    const session = await ok(coordinator.post(`${programme}/sessions`, {
      kind: 'information', title: 'Séance du journal', startsAt: '2026-12-15T18:00', durationMinutes: 60, place: 'Rue Coenraets 72',
      videoLink: null, capacity: 5, topics: ['who-can-take-part'],
    }), 201)
    await ok(coordinator.post(`${programme}/sessions/${session.id}/invitations`, { personIds: [person.id] }))
    const [mail] = p.outbox.list({ to: person.email })
    // The invitation still carries its calendar file.
    expect(mail?.attachments?.[0]?.fileName).toBe('seance-information.ics')
    expect(await mailsOf(person.id)).toEqual([expect.objectContaining({ kind: 'email-information-session', subject: mail!.subject, to: person.email })])
  })

  it('records the acknowledgement of a public application against the person it created', async () => {
    const formPath = `${programme}/public-form`
    const existing = await admin.get(formPath)
    const token = (await ok(admin.put(formPath, { mentee: true, ...(existing.status === 200 && { version: existing.body.version }) }))).token
    const seeded = (await coordinator.get(`${people}/mentee-01`)).body.answers
    const asked = formFields(applicantForm(methodologyRules('pls-mentoryou')!.forms.mentee)).map((f) => f.id)
    const answers = Object.fromEntries(Object.entries(seeded).filter(([id]) => asked.includes(id)))
    const email = 'aminata.journal@exemple.be'
    expect((await new ApiClient(p.url).post(`/api/onboarding/public/forms/${token}/applications`, {
      side: 'mentee', locale: 'en', firstName: 'Aminata', lastName: 'Journal', email, birthDate: '1994-03-08', answers,
      consent: { accepted: true, noticeVersion: 1 },
    })).status).toBe(202)
    const line = (await ok(coordinator.get(`${people}?limit=10&q=${encodeURIComponent(email)}`))).items.find((x: { email: string }) => x.email === email)
    const [mail] = p.outbox.list({ to: email })
    expect(await mailsOf(line.id)).toEqual([expect.objectContaining({ kind: 'email-application-received', subject: mail!.subject, to: email, personId: line.id })])
  })

  it('lists the e-mails sent in the person’s access export, and erasure deletes them', async () => {
    const person = await newMentee('Exporta')
    const refused = await refuse(person)
    const exported = await ok(admin.get(`${people}/${person.id}/export?locale=en`))
    expect(exported.mails).toEqual([expect.objectContaining({ kind: 'email-decision', to: person.email, sentAt: clock.toISOString() })])
    expect(exported.mails[0]).not.toHaveProperty('orgId')
    await ok(admin.post(`${people}/${person.id}/erasure`, { version: refused.version }))
    expect(await mailsOf(person.id)).toEqual([])
    expect((await ok(admin.get(`${people}/${person.id}/export`))).mails).toEqual([])
  })

  it('is read by staff only, and never by another organisation', async () => {
    const person = await newMentee('Isola')
    await refuse(person)
    expect(await mailsOf(person.id)).toHaveLength(1)
    const caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
    // Through CAI's own organisation in the path, or through PLS's: nothing.
    expect((await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${PLS_PROGRAMME}/people/${person.id}/mails`)).status).toBe(404)
    expect([403, 404]).toContain((await caiAdmin.get(`${people}/${person.id}/mails`)).status)
    const partner = await signIn(p, 'partenaire@mission-locale.demo')
    expect((await partner.get(`${people}/${person.id}/mails`)).status).toBe(403)
    // A read of the log is a read of personal data: it is in the audit trail.
    const trail = (await ok(admin.get(`${people}/${person.id}/export`))).auditTrail
    expect(trail.some((e: { facts: { route: string } }) => e.facts.route?.endsWith('/mails'))).toBe(true)
  })

  it('answers 400 naming the field for a bad page size, and 404 for an unknown person', async () => {
    const bad = await coordinator.get(`${people}/mentee-01/mails?limit=0`)
    expect(bad.status).toBe(400)
    expect(bad.body.error.details[0].path).toBe('limit')
    expect((await coordinator.get(`${people}/nobody/mails`)).status).toBe(404)
  })
})
