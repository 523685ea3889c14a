import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * An organisation working in Dutch writes to its people in Dutch: a session invitation, whose sender names no
 * language, takes the organisation's from the one programme e-mail sender; its calendar file, in the mail and in the
 * portal, is named in Dutch too. (The demo programmes took the standard e-mails when seeded.)
 */
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let mentee: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  const admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  mentee = await signIn(p, 'mentee@mentoryou.demo')
  const org = (await admin.get(`/api/onboarding/orgs/${PLS}`)).body
  const switched = await admin.patch(`/api/onboarding/orgs/${PLS}`, { locale: 'nl', version: org.version })
  expect(switched.status, JSON.stringify(switched.body)).toBe(200)
})
afterAll(() => p?.stop())

describe('an organisation working in Dutch', () => {
  it('invites to an information session in Dutch, with a calendar file named in Dutch in the mail and in the portal', async () => {
    const created = await coordinator.post(`${programme}/sessions`, {
      kind: 'information', title: 'Infosessie van maart', startsAt: '2030-03-12T18:00', durationMinutes: 60,
      place: 'Rue Coenraets 72, 1060 Saint-Gilles', videoLink: null, capacity: 5, topics: ['who-can-take-part'],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const invited = await coordinator.post(`${programme}/sessions/${created.body.id}/invitations`, { personIds: ['mentee-01'] })
    expect(invited.status, JSON.stringify(invited.body)).toBe(200)
    const invitee = invited.body.invitees[0]
    const mail = p.outbox.list({ to: invitee.email }).at(-1)!
    expect(mail.subject).toMatch(/^MentorYou.*: infosessie op 12\/03\/2030$/)
    expect(mail.text).toMatch(new RegExp(`^Hallo ${invitee.firstName},`))
    expect(mail.text).toContain('Op 12/03/2030, van 18:00 tot 19:00 (Brusselse tijd)')
    expect(mail.text).toContain('Plaats: Rue Coenraets 72, 1060 Saint-Gilles')
    expect(mail.text).toContain('Het team van ')
    expect(`${mail.subject}\n${mail.text}`).not.toMatch(/Bonjour|\bvous\b|\bvotre\b|séance|L’équipe/)
    expect(mail.attachments?.map((a) => a.fileName)).toEqual(['infosessie.ics'])

    const file = await mentee.get(`/api/matching/orgs/${PLS}/me/sessions/${created.body.id}/calendar`)
    expect(file.status, JSON.stringify(file.body)).toBe(200)
    expect(file.body.filename).toBe('infosessie-2030-03-12.ics')
  })
})
