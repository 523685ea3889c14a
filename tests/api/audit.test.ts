import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Platform } from '@binome/local'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { declaredRoutes } from '../support/declarations'
import { testPlatform } from '../support/platform'

const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
const audit = `/api/onboarding/orgs/${PLS}/audit`
let p: Platform
let admin: ApiClient
let coordinator: ApiClient
let partner: ApiClient
let runId: string
let duoId: string
let refusedDuoId: string
/** A mentee of that run (the alternatives route names one). */
let menteeInRun: string

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  partner = await signIn(p, 'partenaire@mission-locale.demo')
  runId = (await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, { objective: 'max-score' })).body.id
  // A duo with its contract (its first meeting yesterday, validated by both): every duo route reads something.
  const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
  duoId = (await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-09', mentorId: 'mentor-11' }] })).body.items[0].id
  await coordinator.post(`${duos}/${duoId}/answer`, { version: 1, answer: 'accept' })
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)
  await coordinator.put(`${duos}/${duoId}/meeting`, { version: 2, startsAt: `${yesterday}T10:00`, place: 'Rue Royale 10, Bruxelles', placeKind: 'mentor-workplace' })
  await coordinator.post(`${duos}/${duoId}/verdicts`, { version: 3, side: 'mentor', verdict: 'validate' })
  await coordinator.post(`${duos}/${duoId}/verdicts`, { version: 4, side: 'mentee', verdict: 'validate' })
  const contract = await coordinator.post(`${duos}/${duoId}/contract`, { version: 5 })
  expect(contract.status, JSON.stringify(contract.body)).toBe(201)
  // A refused duo: the next alternatives are read only once a duo ended before it started.
  refusedDuoId = (await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-08', mentorId: 'mentor-10' }] })).body.items[0].id
  await coordinator.post(`${duos}/${refusedDuoId}/answer`, { version: 1, answer: 'refuse', reason: 'Pas de disponibilité' })
  await p.drain()
  menteeInRun = (await coordinator.get(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs/${runId}/suggestions?limit=1`)).body.items[0].menteeId
})
afterAll(() => p.stop())

const entriesAbout = async (query: string) => (await admin.get(`${audit}?limit=100&${query}`)).body.items as Array<Record<string, any>>

describe('the audit log of personal data', () => {
  it('every route that reads personal data leaves an entry: who, when, which route, about whom, from where', async () => {
    const me = (await admin.get('/api/onboarding/me')).body.user.id
    // A partner user's reads (the people its network partner referred; mentee-01 is one) are recorded as its own.
    const partnerId = (await partner.get('/api/onboarding/me')).body.user.id
    const reads = declaredRoutes.filter((r) => r.personalData === 'read')
    // A session's page lists its invitees (names, e-mails): any of the demo's sessions will do.
    const sessionId = (await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/sessions?when=all`)).body.items[0].id
    expect(reads.length).toBeGreaterThanOrEqual(5)
    for (const r of reads) {
      const asPartner = r.permission === 'referrals.partner'
      // Only a mentor has an employer (demo: Sophie Lambert's, ./packages/local/src/seed/demo-companies.ts).
      const subject = r.path.endsWith('/employment') ? 'mentor-01' : 'mentee-01'
      const path = r.fullPath.replace('{orgId}', PLS).replace('{programmeId}', PLS_PROGRAMME).replace('{personId}', subject).replace('{runId}', runId).replace('{menteeId}', menteeInRun).replace('{sessionId}', sessionId)
        .replace('{duoId}', r.path.endsWith('/next-alternatives') ? refusedDuoId : duoId).replace('{networkPartnerId}', 'antenne-emploi-schaerbeek')
      const reply = await (asPartner ? partner : admin).get(path)
      expect(reply.status, `${r.method} ${r.fullPath}`).toBe(200)
      const [latest] = await entriesAbout(`actorId=${asPartner ? partnerId : me}&action=personal-data.read`)
      expect(latest, r.fullPath).toMatchObject({
        action: 'personal-data.read', actorId: asPartner ? partnerId : me, actorKind: 'member',
        facts: { route: `${r.method.toUpperCase()} ${r.path}`, role: asPartner ? 'partner' : 'admin' },
      })
      // Organisation-wide reads (the retention dry run) are about no single programme.
      expect(latest!.programmeId, r.fullPath).toBe(r.path.includes('{programmeId}') ? PLS_PROGRAMME : undefined)
      expect(latest!.facts.from).toMatch(/\d|:/)
      if (r.path.includes('{personId}')) expect(latest!.subjectPersonId).toBe(subject)
    }
  })

  it('records changes too, names no one, and an admin finds them by person, action and day', async () => {
    const person = (await coordinator.get(`${programme}/people/mentee-02`)).body
    const changed = await coordinator.patch(`${programme}/people/mentee-02`, { version: person.version, phone: '+32 470 00 11 22' })
    expect(changed.status).toBe(200)
    const today = new Date().toISOString().slice(0, 10)
    const found = await entriesAbout(`personId=mentee-02&action=personal-data.change&from=${today}&to=${today}`)
    expect(found).toHaveLength(1)
    expect(found[0]!.facts.route).toBe('PATCH /orgs/{orgId}/programmes/{programmeId}/people/{personId}')
    const everything = JSON.stringify(await entriesAbout(''))
    expect(everything).not.toContain(person.email)
    expect(everything).not.toContain(person.lastName)
    // A failed call (unknown person) reads nothing and leaves nothing.
    const before = (await entriesAbout('personId=nobody')).length
    expect((await coordinator.get(`${programme}/people/nobody`)).status).toBe(404)
    expect(await entriesAbout('personId=nobody')).toHaveLength(before)
  })

  it('is for admins only', async () => {
    const r = await coordinator.get(audit)
    expect(r.status).toBe(403)
    expect(r.body.error.reason).toBe('role-not-allowed')
    expect((await admin.get(`${audit}?from=2026-13-01`)).status).toBe(400)
  })
})
