import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DuoEvent } from '@binome/core'
import { systemContext } from '@binome/data'
import { ApiClient, CAI, CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The electronic evaluation (issue 11) against the local platform: closing a duo sends each side its questionnaire
 * with a personal link (through the outbox), the daily sweep sends nothing twice, reminds the side that has not
 * answered a week later and marks the link expired after 30 days; each link opens its own questionnaire only, without
 * an account; answers are checked against the questionnaire sent (400 naming the field), given once (409); staff see
 * both sides and the programme's response rate; another organisation sees nothing.
 */
const duos = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos`
const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
const publicEvaluation = (token: string) => `/api/onboarding/public/evaluations/${token}`

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
let anonymous: ApiClient
let clock = Date.parse('2030-03-02T09:00:00.000Z')
let duoId: string
let mentorEmail: string
let menteeEmail: string
const tokens: Record<'mentor' | 'mentee', string> = { mentor: '', mentee: '' }

/** Walks a proposed duo to its start (5 March 2030) through the data layer's one transition. */
async function activate(id: string) {
  const tenant = p.deps.data.forTenant(systemContext(PLS))
  const { rules } = await tenant.rules.current(PLS_PROGRAMME)
  const placeKind = rules.cadences.firstMeetingPlace
  const sha256 = 'a'.repeat(64)
  const events: DuoEvent[] = [
    { type: 'accept', at: '2030-03-02T10:00:00.000Z', by: 'u' },
    {
      type: 'schedule-meeting', at: '2030-03-02T11:00:00.000Z', by: 'u', startsAt: '2030-03-03T13:00:00.000Z', place: 'Rue Royale 10',
      placeKind, ...(placeKind === 'neutral-with-staff' && { staffMemberId: 'u' }),
    },
    { type: 'validate', at: '2030-03-03T16:00:00.000Z', by: 'u', side: 'mentor' },
    { type: 'validate', at: '2030-03-03T16:00:00.000Z', by: 'u', side: 'mentee' },
    { type: 'contract-generated', at: '2030-03-04T09:00:00.000Z', by: 'u', documentId: 'doc-1', sha256, parties: 'tripartite' },
    { type: 'sign', at: '2030-03-04T10:00:00.000Z', by: 'u', party: 'mentor', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: '2030-03-04T10:00:00.000Z', by: 'u', party: 'mentee', clientAddress: '127.0.0.1', sha256 },
    { type: 'sign', at: '2030-03-05T10:00:00.000Z', by: 'u', party: 'organisation', clientAddress: '127.0.0.1', sha256 },
  ]
  for (const event of events) {
    const duo = await tenant.duos.get(PLS_PROGRAMME, id)
    if (duo.state === 'active') break
    await tenant.duos.transition(PLS_PROGRAMME, id, duo.version, event, p.deps.newId)
  }
}

/** Moves the platform's clock to a morning; sessions do not outlive the jump, so staff sign in again. */
async function morningOf(day: string) {
  clock = Date.parse(`${day}T07:00:00.000Z`)
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
}
const sweep = async () => (await import('../../functions/src/monitoring/sweep')).sweep(p.deps)
/** The evaluation links mailed to an address, oldest first. */
const linksTo = (email: string): string[] =>
  p.outbox.list({ to: email }).flatMap((m) => [...(m.text ?? '').matchAll(/\/evaluation\/([A-Za-z0-9_-]{32})/g)].map((x) => x[1]!))

beforeAll(async () => {
  p = await testPlatform({ now: () => new Date((clock += 5)) })
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  anonymous = new ApiClient(p.url)
  const proposed = await coordinator.post(duos, { pairs: [{ menteeId: 'mentee-01', mentorId: 'mentor-01' }] })
  expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
  duoId = proposed.body.items[0].id
  await activate(duoId)
  mentorEmail = (await coordinator.get(`${people}/mentor-01`)).body.email
  menteeEmail = (await coordinator.get(`${people}/mentee-01`)).body.email
}, 240_000)
afterAll(() => p?.stop())

describe('sending', () => {
  it('sends nothing while the duo runs (its end moment waits for the closure)', async () => {
    await morningOf('2030-06-01')
    const report = await sweep()
    expect(report.evaluationsSent).toBe(0)
    expect(linksTo(mentorEmail)).toEqual([])
  })

  it('closing the duo mails each side its own personal link at once; the sweep then sends nothing twice', async () => {
    await morningOf('2030-09-10')
    const duo = (await coordinator.get(`${duos}/${duoId}`)).body
    const closed = await coordinator.post(`${duos}/${duoId}/close`, { version: duo.version, outcomeId: 'job', endDate: '2030-09-09', decidedBy: 'mentee', reason: 'Engagée comme comptable' })
    expect(closed.status, JSON.stringify(closed.body)).toBe(200)
    const [mentorLinks, menteeLinks] = [linksTo(mentorEmail), linksTo(menteeEmail)]
    expect(mentorLinks).toHaveLength(1)
    expect(menteeLinks).toHaveLength(1)
    expect(mentorLinks[0]).not.toBe(menteeLinks[0])
    tokens.mentor = mentorLinks[0]!
    tokens.mentee = menteeLinks[0]!
    const mail = p.outbox.list({ to: menteeEmail }).at(-1)!
    expect(mail.subject).toContain('votre avis sur le mentorat')
    expect(mail.text).toContain('09/10/2030') // answer by: the link works 30 days
    const report = await sweep()
    expect(report.evaluationsSent).toBe(0)
    await sweep()
    expect(linksTo(mentorEmail)).toHaveLength(1)
    expect(linksTo(menteeEmail)).toHaveLength(1)
  })
})

describe('a personal link', () => {
  it('opens its own side\'s questionnaire without an account, and nothing else', async () => {
    const mentee = await anonymous.get(publicEvaluation(tokens.mentee))
    expect(mentee.status, JSON.stringify(mentee.body)).toBe(200)
    expect(mentee.body).toMatchObject({ side: 'mentee', moment: 'end', state: 'sent', programme: { name: expect.any(String) } })
    expect(mentee.body.form.sections[0].fields[0]).toMatchObject({ id: 'overall', kind: 'number', min: 1, max: 5 })
    expect((await anonymous.get(publicEvaluation(tokens.mentor))).body.side).toBe('mentor')
    // A neighbour of a token, or a made-up one, opens nothing.
    const neighbour = tokens.mentee.slice(0, -1) + (tokens.mentee.endsWith('A') ? 'B' : 'A')
    for (const guess of [neighbour, 'Z'.repeat(32)]) {
      const res = await anonymous.get(publicEvaluation(guess))
      expect(res.status).toBe(404)
      expect(res.body.error).toMatchObject({ reason: 'not-found', values: { entity: 'evaluation' } })
    }
    expect((await anonymous.get(publicEvaluation('short'))).status).toBe(400)
  })

  it('refuses answers that do not fit the questionnaire, naming the field, and stores nothing', async () => {
    const cases: [unknown, string][] = [
      [{ overall: 9 }, 'answers.overall'],
      [{ overall: 4, goals: 4, confidence: 4, rhythm: 4, support: 4, colour: 'blue' }, 'answers.colour'],
      [{ goals: 4, confidence: 4, rhythm: 4, support: 4 }, 'answers.overall'],
      [{ overall: 'five', goals: 4, confidence: 4, rhythm: 4, support: 4 }, 'answers.overall'],
    ]
    for (const [answers, path] of cases) {
      const res = await anonymous.post(`${publicEvaluation(tokens.mentee)}/answers`, { answers })
      expect(res.status, JSON.stringify(res.body)).toBe(400)
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path)
    }
    expect((await anonymous.post(`${publicEvaluation(tokens.mentee)}/answers`, { nope: 1 })).status).toBe(400)
    expect((await anonymous.get(publicEvaluation(tokens.mentee))).body.state).toBe('sent')
  })

  it('takes the answers once: a second answer is 409 already-answered', async () => {
    const answers = { overall: 4, goals: 5, confidence: 4, rhythm: 3, support: 5, best: 'Les simulations d’entretien', again: true }
    const res = await anonymous.post(`${publicEvaluation(tokens.mentee)}/answers`, { answers })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.state).toBe('answered')
    const again = await anonymous.post(`${publicEvaluation(tokens.mentee)}/answers`, { answers: { ...answers, overall: 1 } })
    expect(again.status).toBe(409)
    expect(again.body.error.reason).toBe('already-answered')
    expect((await anonymous.get(publicEvaluation(tokens.mentee))).body.state).toBe('answered')
  })
})

describe('staff', () => {
  it('see both sides on the duo, the answers with their questionnaire, and the programme\'s response rate', async () => {
    const list = await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}/evaluations`)
    expect(list.status, JSON.stringify(list.body)).toBe(200)
    expect(list.body.items.map((e: { side: string; state: string }) => `${e.side}:${e.state}`)).toEqual(['mentee:answered', 'mentor:sent'])
    expect(list.body.items[0]).toMatchObject({ moment: 'end', satisfaction: 4, answers: { overall: 4, best: 'Les simulations d’entretien' } })
    expect(JSON.stringify(list.body)).not.toContain('tokenHash')
    const rate = await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/evaluations/response-rate`)
    expect(rate.body).toEqual({ programmeId: PLS_PROGRAMME, mentor: { sent: 1, answered: 0 }, mentee: { sent: 1, answered: 1 } })
    const facts = await p.deps.data.forTenant(systemContext(PLS)).evaluations.factsByDuo(PLS_PROGRAMME)
    expect(facts.get(duoId)).toEqual({ sent: 2, answered: 1, satisfaction: [4] })
    // The results dashboard counts them: the programme's only evaluations are this duo's.
    const results = await coordinator.get(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/results`)
    expect(results.status, JSON.stringify(results.body)).toBe(200)
    expect(JSON.stringify(results.body)).toContain('"evaluationResponses":{"count":1,"of":2,"percent":50}')
    expect(JSON.stringify(results.body)).toContain('"satisfaction":4')
  })

  it('of another organisation see nothing of them', async () => {
    const caiAdmin = await signIn(p, 'admin@duo-n2wa.demo')
    const res = await caiAdmin.get(`/api/onboarding/orgs/${CAI}/programmes/${CAI_PROGRAMME}/duos/${duoId}/evaluations`)
    expect(res.status).toBe(404)
    expect((await caiAdmin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}/evaluations`)).status).toBe(403)
  })
})

describe('reminders and expiry', () => {
  it('reminds the side that has not answered a week later, once, with a link to the same questionnaire', async () => {
    await morningOf('2030-09-17')
    const report = await sweep()
    expect(report.evaluationsReminded).toBe(1)
    await sweep()
    const links = linksTo(mentorEmail)
    expect(links).toHaveLength(2)
    expect(p.outbox.list({ to: mentorEmail }).at(-1)!.subject).toContain('rappel')
    expect(linksTo(menteeEmail)).toHaveLength(1)
    expect((await anonymous.get(publicEvaluation(links[1]!))).body).toMatchObject({ side: 'mentor', state: 'sent' })
  })

  it('closes the link after 30 days: 410 link-expired with its date, and the sweep marks it expired', async () => {
    await morningOf('2030-10-11')
    const res = await anonymous.get(publicEvaluation(tokens.mentor))
    expect(res.status).toBe(410)
    expect(res.body.error).toMatchObject({ reason: 'link-expired', values: { expiresAt: '2030-10-10' } })
    expect((await anonymous.post(`${publicEvaluation(tokens.mentor)}/answers`, { answers: { overall: 3 } })).status).toBe(410)
    expect((await sweep()).evaluationsExpired).toBe(1)
    const list = await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}/evaluations`)
    expect(list.body.items.map((e: { state: string }) => e.state)).toEqual(['answered', 'expired'])
    // The answered one still reads as answered (its thank-you page), past the date.
    expect((await anonymous.get(publicEvaluation(tokens.mentee))).body.state).toBe('answered')
  })
})
