import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfText } from '@binome/documents/pdf-text'
import { CAI, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The engagement contract against the local platform: generated once both sides validated the first meeting,
 * stored as a PDF, read by staff and by the duo's own mentor and mentee, signed three times (the last signature makes
 * the duo active, with its start and planned end), a signature on another document refused, a second signature
 * refused, a regenerated contract voiding earlier signatures, another organisation's ids not found, bad input named.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const mine = `/api/matching/orgs/${PLS}/me/duos`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let admin: ApiClient
let mentor: ApiClient
let mentee: ApiClient
let caiAdmin: ApiClient
let clock = Date.parse('2030-03-02T09:00:00.000Z')

async function signInAll() {
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  admin = await signIn(p, 'admin@mentoryou.demo')
  mentor = await signIn(p, 'mentor@mentoryou.demo')
  mentee = await signIn(p, 'mentee@mentoryou.demo')
  caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
const bytesOf = (doc: { base64: string }) => new Uint8Array(Buffer.from(doc.base64, 'base64'))
const textOf = async (doc: { base64: string }) => (await pdfText(bytesOf(doc))).flat().join('\n')

/** A duo of the demo mentor and mentee (mentor-01, mentee-01) taken to `validated` through the staff routes. */
async function validatedDuo(menteeId: string, mentorId: string) {
  const proposed = await coordinator.post(duos, { pairs: [{ menteeId, mentorId }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  const id = proposed.body.items[0].id as string
  expect((await coordinator.post(`${duos}/${id}/answer`, { version: 1, answer: 'accept' })).status).toBe(200)
  const meeting = await coordinator.put(`${duos}/${id}/meeting`, { version: 2, startsAt: '2030-03-03T10:00', place: 'Rue Royale 10, Bruxelles', placeKind: 'mentor-workplace' })
  expect(meeting.status, JSON.stringify(meeting.body)).toBe(200)
  return id
}

async function validate(id: string) {
  for (const [side, version] of [['mentor', 3], ['mentee', 4]] as const) {
    const r = await coordinator.post(`${duos}/${id}/verdicts`, { version, side, verdict: 'validate' })
    expect(r.status, JSON.stringify(r.body)).toBe(200)
  }
  return (await coordinator.get(`${duos}/${id}`)).body
}

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  await signInAll()
})
afterAll(() => p?.stop())

describe('the engagement contract', () => {
  let duoId: string
  let other: string
  let first: any

  it('is refused before both sides validated the first meeting (409 with the state)', async () => {
    duoId = await validatedDuo('mentee-01', 'mentor-01')
    other = await validatedDuo('mentee-02', 'mentor-02')
    const early = await coordinator.post(`${duos}/${duoId}/contract`, { version: 3 })
    expect(early.status).toBe(409)
    expect(early.body.error).toMatchObject({ reason: 'wrong-state', values: { entity: 'duo', state: 'meeting-scheduled' } })
    expect((await coordinator.get(`${duos}/${duoId}/contract`)).body.error).toMatchObject({ reason: 'not-found', values: { entity: 'contract' } })
  })

  it('is generated from the programme’s template, stored, and announced to the mentor and the mentee', async () => {
    // The first meeting took place: each side validated it.
    clock = Date.parse('2030-03-03T12:00:00.000Z')
    await signInAll()
    const validated = await validate(duoId)
    await validate(other)
    expect(validated.state).toBe('validated')
    const stale = await coordinator.post(`${duos}/${duoId}/contract`, { version: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ reason: 'stale-version', values: { entity: 'duo' } })

    const made = await coordinator.post(`${duos}/${duoId}/contract`, { version: validated.version, startDate: '2030-03-10' })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    first = made.body
    expect(first).toMatchObject({
      state: 'signing', version: validated.version + 1, signatures: [], next: expect.arrayContaining(['sign', 'contract-generated', 'cancel']),
      contract: { documentId: 'contract-v1', revision: 1, parties: 'tripartite', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    })
    const stored = await p.deps.documents.get(`${PLS}/duos/${duoId}/contract-v1.pdf`)
    expect(stored && sha(stored)).toBe(first.contract.sha256)

    for (const email of [first.mentor, first.mentee].map((x: { id: string }) => x.id)) {
      const person = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${email}`)).body
      const mail = p.outbox.list({ to: person.email }).at(-1)!
      expect(mail.subject).toContain('contrat d’engagement à signer')
      expect(mail.text).toContain(`/orgs/${PLS}/portal/duos/${duoId}`)
    }
  })

  it('is read by staff and by the duo’s own mentor and mentee, the same exact PDF with its SHA-256', async () => {
    const staff = await coordinator.get(`${duos}/${duoId}/contract`)
    expect(staff.status, JSON.stringify(staff.body)).toBe(200)
    expect(staff.body).toMatchObject({ duoId, revision: 1, kind: 'contract', parties: 'tripartite', contentType: 'application/pdf', sha256: first.contract.sha256, contractSha256: first.contract.sha256 })
    expect(sha(bytesOf(staff.body))).toBe(first.contract.sha256)
    const text = await textOf(staff.body)
    expect(text).toContain(`${first.mentor.firstName} ${first.mentor.lastName}`)
    expect(text).toContain(`${first.mentee.firstName} ${first.mentee.lastName}`)
    expect(text).toContain('10/03/2030')
    expect(text).toContain('10/09/2030')
    for (const own of [mentor, mentee]) {
      const r = await own.get(`${mine}/${duoId}/contract`)
      expect(r.status, JSON.stringify(r.body)).toBe(200)
      expect(r.body.sha256).toBe(first.contract.sha256)
      expect(r.body.base64).toBe(staff.body.base64)
    }
  })

  it('is not shown to a mentee or mentor of another duo (404), nor to another organisation', async () => {
    const theirs = await mentee.get(`${mine}/${other}/contract`)
    expect(theirs.status).toBe(404)
    expect(theirs.body.error.values).toEqual({ entity: 'duo' })
    expect((await caiAdmin.get(`/api/matching/orgs/${CAI}/programmes/${PLS_PROGRAMME}/duos/${duoId}/contract`)).status).toBe(404)
    expect((await caiAdmin.get(`${duos}/${duoId}/contract`)).status).toBe(403)
  })

  it('refuses a signature on another document (409 document-changed) and bad input (400 naming the field)', async () => {
    const wrong = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version: first.version, sha256: 'f'.repeat(64) })
    expect(wrong.status).toBe(409)
    expect(wrong.body.error.reason).toBe('document-changed')
    const bad = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version: first.version, sha256: 'abc' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(['sha256'])
    const noVersion = await coordinator.post(`${duos}/${duoId}/contract/signatures`, { sha256: first.contract.sha256 })
    expect(noVersion.status).toBe(400)
    expect(noVersion.body.error.details.map((d: { path: string }) => d.path)).toEqual(['version'])
    const badDay = await coordinator.post(`${duos}/${duoId}/contract`, { version: first.version, startDate: '2030-02-30' })
    expect(badDay.status).toBe(400)
    expect(badDay.body.error.details.map((d: { path: string }) => d.path)).toEqual(['startDate'])
    expect((await coordinator.get(`${duos}/${duoId}`)).body.version).toBe(first.version)
  })

  it('records the mentor’s signature once: who, when, from where, on which document', async () => {
    const signed = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version: first.version, sha256: first.contract.sha256 })
    expect(signed.status, JSON.stringify(signed.body)).toBe(200)
    expect(signed.body).toMatchObject({ duoId, side: 'mentor', state: 'signing', revision: 1, sha256: first.contract.sha256, signed: [{ party: 'mentor' }], missing: ['mentee', 'organisation'] })
    const staff = (await coordinator.get(`${duos}/${duoId}`)).body
    expect(staff.signatures).toEqual([{ party: 'mentor', by: expect.any(String), at: expect.any(String), clientAddress: expect.stringMatching(/127\.0\.0\.1|::1/), sha256: first.contract.sha256 }])
    const twice = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version: staff.version, sha256: first.contract.sha256 })
    expect(twice.status).toBe(409)
    expect(twice.body.error).toMatchObject({ reason: 'already-recorded', values: { party: 'mentor' } })
  })

  it('generated again, voids the signatures given and tells both that it changed', async () => {
    const before = (await coordinator.get(`${duos}/${duoId}`)).body
    const again = await coordinator.post(`${duos}/${duoId}/contract`, { version: before.version, startDate: '2030-03-11' })
    expect(again.status, JSON.stringify(again.body)).toBe(201)
    expect(again.body).toMatchObject({ state: 'signing', signatures: [], contract: { revision: 2, documentId: 'contract-v2' } })
    expect(again.body.contract.sha256).not.toBe(first.contract.sha256)
    const mail = p.outbox.list({ to: (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentor-01`)).body.email }).at(-1)!
    expect(mail.text).toContain('a été modifié')
    // The PDF the mentor signed is no longer the contract.
    const old = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version: again.body.version, sha256: first.contract.sha256 })
    expect(old.status).toBe(409)
    expect(old.body.error.reason).toBe('document-changed')
    first = again.body
  })

  it('signed by the mentor, the mentee and the organisation, makes the duo active with its start and planned end', async () => {
    const shown = (await mentor.get(`${mine}/${duoId}/contract`)).body
    let version = first.version
    const m = await mentor.post(`${mine}/${duoId}/contract/signatures`, { version, sha256: sha(bytesOf(shown)) })
    expect(m.status, JSON.stringify(m.body)).toBe(200)
    const e = await mentee.post(`${mine}/${duoId}/contract/signatures`, { version: ++version, sha256: shown.sha256 })
    expect(e.status, JSON.stringify(e.body)).toBe(200)
    expect(e.body).toMatchObject({ side: 'mentee', state: 'signing', missing: ['organisation'] })
    clock = Date.parse('2030-03-04T08:30:00.000Z')
    await signInAll()
    const o = await coordinator.post(`${duos}/${duoId}/contract/signatures`, { version: ++version, sha256: shown.sha256 })
    expect(o.status, JSON.stringify(o.body)).toBe(200)
    expect(o.body).toMatchObject({ state: 'active', startDate: '2030-03-04', plannedEndDate: '2030-09-04', next: ['close', 'pause'] })
    expect(o.body.signatures.map((s: { party: string }) => s.party)).toEqual(['mentor', 'mentee', 'organisation'])
    // The duo has started: its mentor and mentee are each told, with its dates and their duo's page.
    for (const id of [first.mentor.id, first.mentee.id]) {
      const person = (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${id}`)).body
      const mail = p.outbox.list({ to: person.email }).at(-1)!
      expect(mail.subject).toContain(`Votre binôme commence : ${first.mentor.firstName} et ${first.mentee.firstName}`)
      expect(mail.text).toContain('04/03/2030')
      expect(mail.text).toContain('04/09/2030')
      expect(mail.text).toContain(`/orgs/${PLS}/portal/duos/${duoId}`)
    }

    // The signed copy: the contract's pages and a signature page naming each signature.
    const signed = await coordinator.get(`${duos}/${duoId}/contract`)
    expect(signed.body).toMatchObject({ kind: 'signed', contractSha256: shown.sha256, revision: 2 })
    expect(signed.body.sha256).toBe(sha(bytesOf(signed.body)))
    const pages = await pdfText(bytesOf(signed.body))
    expect(pages.length).toBe((await pdfText(bytesOf(shown))).length + 1)
    const last = pages.at(-1)!.join('\n')
    expect(last).toContain('Signatures électroniques')
    expect(last).toContain(`Signé par ${first.mentor.firstName} ${first.mentor.lastName}`)
    expect(last).toContain(`Signé par ${first.mentee.firstName} ${first.mentee.lastName}`)
    expect(last).toContain('Signé par Julien Moreau')
    expect(last).toContain(`SHA-256 signé : ${shown.sha256}`)
    expect(await p.deps.documents.get(`${PLS}/duos/${duoId}/contract-v2-signed.pdf`)).toBeDefined()
    expect((await mentee.get(`${mine}/${duoId}/contract`)).body.sha256).toBe(signed.body.sha256)
    // Nothing more to sign.
    const late = await admin.post(`${duos}/${duoId}/contract/signatures`, { version: o.body.version, sha256: shown.sha256 })
    expect(late.status).toBe(409)
    expect(late.body.error).toMatchObject({ reason: 'wrong-state', values: { state: 'active' } })
  })

  it('the timeline records each step with the SHA-256 signed', async () => {
    const t = await coordinator.get(`${duos}/${duoId}/timeline?limit=20`)
    const events = t.body.items.map((x: { event: string; party?: string }) => x.party ? `${x.event}:${x.party}` : x.event)
    expect(events.slice(0, 6)).toEqual(['sign:organisation', 'sign:mentee', 'sign:mentor', 'contract-generated', 'sign:mentor', 'contract-generated'])
    expect(t.body.items[0].sha256).toBe(first.contract.sha256)
  })

  it('is deleted with the duo’s other documents when one of its people is erased', async () => {
    const person = (await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentee-01`)).body
    const erased = await admin.post(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentee-01/erasure`, { version: person.version })
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    for (const key of ['contract-v1.pdf', 'contract-v2.pdf', 'contract-v2-signed.pdf']) {
      expect(await p.deps.documents.get(`${PLS}/duos/${duoId}/${key}`), key).toBeUndefined()
    }
  })
})
