import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PDFDocument } from 'pdf-lib'
import type { Platform } from '@binome/local'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
let p: Platform
let admin: ApiClient
let coordinator: ApiClient

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

describe('the right of access: a person’s data exported as JSON and PDF', () => {
  it('holds the identity, answers, path, timeline and who read them; the PDF is a readable document in the asked language', async () => {
    const person = (await coordinator.get(`${people}/mentee-10`)).body
    const r = await admin.get(`${people}/mentee-10/export?locale=nl`)
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(200)
    const { orgId: _org, ...held } = person
    expect(r.body.person).toEqual(held)
    expect(r.body.timeline.length).toBeGreaterThanOrEqual(2)
    expect(r.body.timeline.at(-1)).toMatchObject({ kind: 'created' })
    // The coordinator's read above is in the trail.
    expect(r.body.auditTrail.some((e: { facts: { route: string; role: string } }) => e.facts.role === 'coordinator' && e.facts.route.startsWith('GET'))).toBe(true)
    const pdf = Buffer.from(r.body.pdf.base64, 'base64')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const doc = await PDFDocument.load(pdf)
    expect(doc.getTitle()).toBe(`Persoonsgegevens van ${person.firstName} ${person.lastName}`)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    expect(r.body.pdf.filename).toMatch(/\.pdf$/)
  })

  it('writes names in any script without failing (what the fonts cannot draw is written as code points)', async () => {
    const created = await coordinator.post(people, {
      kind: 'mentee', firstName: 'ሰላም', lastName: 'تسفاي', email: 'selam.tesfaye@exemple.be', birthDate: '1993-04-05',
      answers: (await coordinator.get(`${people}/mentee-02`)).body.answers,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const r = await admin.get(`${people}/${created.body.id}/export`)
    expect(r.status).toBe(200)
    expect((await PDFDocument.load(Buffer.from(r.body.pdf.base64, 'base64'))).getTitle()).toBe('Données personnelles de ሰላም تسفاي')
  })

  it('is for admins; an unknown person is a 404', async () => {
    expect((await coordinator.get(`${people}/mentee-10/export`)).status).toBe(403)
    expect((await admin.get(`${people}/nobody/export`)).status).toBe(404)
    expect((await admin.get(`${people}/mentee-10/export?locale=de`)).status).toBe(400)
  })
})
