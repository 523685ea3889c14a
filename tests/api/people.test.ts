import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemContext } from '@binome/data'
import { type Answers } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { demoAnswers, plsMentees, plsMentors } from '@binome/local'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
const people = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
const pls = methodologyRules('pls-mentoryou')!
const menteeAnswers = (): Answers => demoAnswers(plsMentees[1]!, 'mentee', pls.forms.mentee, 1)
const identity = { firstName: 'Hana', lastName: 'Girma', email: 'Hana.Girma@exemple.be', phone: '+32 470 12 34 56', birthDate: '1994-03-08' }

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
})
afterAll(() => p.stop())

const count = async () => (await coordinator.get(`${people}?limit=100`)).body.items.length as number
const programme = async () => (await coordinator.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)).body as { rulesVersion: number }

describe('people as answers to their programme’s form', () => {
  it('a coordinator enters a mentee: identity first-class, answers checked and recorded with the rules version', async () => {
    const answers: Answers = { ...menteeAnswers(), motivation: '  Retrouver un emploi  ' }
    const created = await coordinator.post(people, { kind: 'mentee', ...identity, answers })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    expect(created.body).toMatchObject({
      kind: 'mentee', firstName: 'Hana', email: 'hana.girma@exemple.be', birthDate: '1994-03-08', stage: 'applied',
      rulesVersion: (await programme()).rulesVersion, version: 1,
    })
    expect(created.body.answers).toEqual({ ...answers, motivation: 'Retrouver un emploi' })
    expect(created.body.capacity).toBeUndefined()
    const read = await coordinator.get(`${people}/${created.body.id}`)
    expect(read.body).toEqual(created.body)
    expect(created.body.stageDates.applied).toBe(created.body.createdAt)
    // The list shows a line a person (no answers), with the facets it filters on read from the answers.
    const listed = (await coordinator.get(`${people}?kind=mentee&limit=100`)).body.items
    const line = listed.find((x: { id: string }) => x.id === created.body.id)
    expect(line).toMatchObject({ firstName: 'Hana', stage: 'applied', facets: { locality: answers['locality'], sector: answers['sector'] } })
    expect(line.answers).toBeUndefined()
  })

  it('every kind of wrong answer is a 422 naming answers.<fieldId>, and nothing is written', async () => {
    const before = await count()
    const wrong: Array<[string, (a: Answers) => Record<string, unknown>, string]> = [
      ['missing required', ({ sector: _s, ...a }) => a, 'answers.sector'],
      ['not an option', (a) => ({ ...a, sector: 'astronautics' }), 'answers.sector'],
      ['wrong type', (a) => ({ ...a, workPermit: 'oui' }), 'answers.workPermit'],
      ['bad date', (a) => ({ ...a, jobSearchSince: '2026-02-30' }), 'answers.jobSearchSince'],
      ['number out of range', (a) => ({ ...a, arrivalYear: 1800 }), 'answers.arrivalYear'],
      ['unknown field', (a) => ({ ...a, shoeSize: 42 }), 'answers.shoeSize'],
      ['unknown locality', (a) => ({ ...a, locality: 'Sint-Nergens' }), 'answers.locality'],
      ['bad language code', (a) => ({ ...a, languages: [{ code: 'xx', level: 'B2' }] }), 'answers.languages.0.code'],
      ['bad language level', (a) => ({ ...a, languages: [{ code: 'fr', level: 'fluent' }] }), 'answers.languages.0.level'],
    ]
    for (const [name, mutate, path] of wrong) {
      const r = await coordinator.post(people, { kind: 'mentee', ...identity, answers: mutate(menteeAnswers()) })
      expect(r.status, name).toBe(422)
      expect(r.body.error).toMatchObject({ code: 'unprocessable', reason: 'invalid-answers' })
      expect(r.body.error.details.map((d: { path: string }) => d.path), name).toContain(path)
    }
    // A mentor's answers are checked against the mentor form: the mentee form's answers do not fit it.
    const asMentor = await coordinator.post(people, { kind: 'mentor', ...identity, answers: menteeAnswers() })
    expect(asMentor.status).toBe(422)
    expect(asMentor.body.error.details.map((d: { path: string }) => d.path)).toContain('answers.employer')
    expect(await count()).toBe(before)
  })

  it('a mentor has a capacity, a mentee cannot be given one', async () => {
    const mentor = await coordinator.post(people, {
      kind: 'mentor', ...identity, email: 'mentor.h@exemple.be', capacity: 2, answers: demoAnswers(plsMentors[2]!, 'mentor', pls.forms.mentor, 2),
    })
    expect(mentor.status, JSON.stringify(mentor.body)).toBe(201)
    expect(mentor.body.capacity).toBe(2)
    const mentee = await coordinator.post(people, { kind: 'mentee', ...identity, capacity: 2, answers: menteeAnswers() })
    expect(mentee.status).toBe(400)
    expect(mentee.body.error.details.map((d: { path: string }) => d.path)).toEqual(['capacity'])
  })

  it('an update checks new answers against the current form, moves the rules version, and refuses a stale version', async () => {
    const created = (await coordinator.post(people, { kind: 'mentee', ...identity, email: 'upd@exemple.be', answers: menteeAnswers() })).body
    // The admin adds a required question to the mentee form (version n + 1).
    const tenant = p.deps.data.forTenant(systemContext(PLS))
    const current = await tenant.rules.current(PLS_PROGRAMME)
    const rules = structuredClone(current.rules)
    rules.forms.mentee.sections[0]!.fields.push({
      id: 'bikeOwner', kind: 'yes-no', required: true, visibility: 'staff', label: { fr: 'A un vélo', en: 'Owns a bike', nl: 'Heeft een fiets' },
    })
    const saved = await tenant.rules.save(PLS_PROGRAMME, current.version, rules, { by: 'test', now: new Date().toISOString() })

    // Identity alone: the answers stay as they were, under the version they were checked with.
    const renamed = await coordinator.patch(`${people}/${created.id}`, { version: 1, lastName: 'Girma-Tesfaye', phone: '' })
    expect(renamed.status).toBe(200)
    expect(renamed.body).toMatchObject({ lastName: 'Girma-Tesfaye', rulesVersion: current.version, version: 2 })
    expect(renamed.body.phone).toBeUndefined()

    const missing = await coordinator.patch(`${people}/${created.id}`, { version: 2, answers: menteeAnswers() })
    expect(missing.status).toBe(422)
    expect(missing.body.error.details.map((d: { path: string }) => d.path)).toEqual(['answers.bikeOwner'])

    const updated = await coordinator.patch(`${people}/${created.id}`, { version: 2, answers: { ...menteeAnswers(), bikeOwner: true } })
    expect(updated.status).toBe(200)
    expect(updated.body).toMatchObject({ rulesVersion: saved.version, stage: 'applied', version: 3, answers: { bikeOwner: true } })

    const stale = await coordinator.patch(`${people}/${created.id}`, { version: 2, firstName: 'Trop tard' })
    expect(stale.status).toBe(409)
    expect((await coordinator.get(`${people}/${created.id}`)).body.firstName).toBe('Hana')
  })

  it('an unknown person is a 404', async () => {
    const r = await coordinator.get(`${people}/no-such-person`)
    expect(r.status).toBe(404)
    expect(r.body.error).toMatchObject({ reason: 'not-found', values: { entity: 'person' } })
  })
})
