import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newProgramme, type CriterionConfig, type FormField, type ProgrammeRules } from '@binome/core'
import { blankProgrammeRules } from '@binome/core/methodologies'
import { processRun } from '@binome/functions'
import { systemContext, type MatchingRunRecord } from '@binome/data'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'
import { makeReady } from '../support/pipeline'

/**
 * The worker matches on the programme's own criteria, those of the rules version the run recorded: changing a
 * weight changes the suggestions, and a run started before the change keeps its version and its results.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
const programmeId = 'regles-binomes'
const runs = `/api/matching/orgs/${PLS}/programmes/${programmeId}/runs`
const people = `/api/onboarding/orgs/${PLS}/programmes/${programmeId}/people`
const tenant = () => p.deps.data.forTenant(systemContext(PLS))
const label = (fr: string) => ({ fr, en: fr, nl: fr })
const option = (value: string) => ({ value, label: label(value) })

const fields: FormField[] = [
  { id: 'locality', kind: 'locality', label: label('Commune'), required: true, visibility: 'proposal' },
  { id: 'sector', kind: 'single-choice', label: label('Secteur'), required: true, visibility: 'proposal', options: ['IT', 'healthcare'].map(option) },
  { id: 'hobbies', kind: 'multiple-choice', label: label('Loisirs'), required: false, visibility: 'proposal', options: ['chess', 'football'].map(option) },
]

/** Geography (mandatory, everyone is in Brussels), sector and hobbies with the given weights. */
function rulesWith(weights: { sector: number; hobbies: number }): ProgrammeRules {
  const criteria: CriterionConfig[] = [
    { id: 'geo', kind: 'geo', label: label('Accessibilité géographique'), weight: 5, mandatory: true, menteeField: 'locality', mentorField: 'locality', maxKm: 25 },
    { id: 'sector', kind: 'categorical', label: label('Secteur d’activités'), weight: weights.sector, mandatory: false, menteeField: 'sector', mentorField: 'sector' },
    { id: 'hobbies', kind: 'overlap', label: label('Loisirs'), weight: weights.hobbies, mandatory: false, menteeField: 'hobbies', mentorField: 'hobbies' },
  ]
  const form = { sections: [{ id: 'profil', title: label('Profil'), fields }] }
  return { ...blankProgrammeRules(), forms: { mentor: form, mentee: form }, criteria }
}

/** Who each mentee is suggested, by first name. */
async function pairs(runId: string): Promise<Record<string, string>> {
  const items = (await coordinator.get(`${runs}/${runId}/suggestions?limit=100`)).body.items as Array<{ menteeName: string; mentorName: string }>
  return Object.fromEntries(items.map((s) => [s.menteeName.split(' ')[0], s.mentorName.split(' ')[0]]))
}

async function run(): Promise<{ id: string; rulesVersion: number }> {
  const r = await coordinator.post(runs, { objective: 'max-score' })
  expect(r.status).toBe(202)
  await p.drain()
  const done = (await coordinator.get(`${runs}/${r.body.id}`)).body
  expect(done.status).toBe('completed')
  return done
}

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const now = new Date().toISOString()
  const programme = newProgramme({ name: 'Règles de binômes', status: 'active' }, { id: programmeId, orgId: PLS, now })
  await tenant().programmes.create(programme, rulesWith({ sector: 10, hobbies: 1 }), { kind: 'blank' })
  // Same sector, other hobbies — or the reverse: which pairing wins depends on the weights alone.
  const person = (kind: 'mentor' | 'mentee', firstName: string, locality: string, sector: string, hobby: string) =>
    coordinator.post(people, {
      kind, firstName, lastName: 'Test', email: `${firstName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}@exemple.be`, birthDate: '1985-05-05',
      answers: { locality, sector, hobbies: [hobby] },
    })
  for (const r of await Promise.all([
    person('mentee', 'Amal', 'Ixelles', 'IT', 'chess'), person('mentee', 'Bruno', 'Etterbeek', 'healthcare', 'football'),
    person('mentor', 'Chloé', 'Ixelles', 'IT', 'football'), person('mentor', 'Dirk', 'Etterbeek', 'healthcare', 'chess'),
  ])) {
    expect(r.status, JSON.stringify(r.body)).toBe(201)
    await makeReady(coordinator, `/api/onboarding/orgs/${PLS}/programmes/${programmeId}`, r.body.id)
  }
})
afterAll(() => p.stop())

describe('the matching worker and the programme’s criteria', () => {
  it('changing a weight changes the suggestions; the first run keeps its version and its results', async () => {
    const first = await run()
    expect(first.rulesVersion).toBe(1)
    expect(await pairs(first.id)).toEqual({ Amal: 'Chloé', Bruno: 'Dirk' })
    const firstResults = (await coordinator.get(`${runs}/${first.id}/suggestions?limit=100`)).body
    // Explanations carry the programme's criteria, labelled in French.
    expect(firstResults.items[0].explanation.map((e: { criterion: string; label: string }) => [e.criterion, e.label])).toEqual([
      ['geo', 'Accessibilité géographique'], ['sector', 'Secteur d’activités'], ['hobbies', 'Loisirs'],
    ])

    const current = await tenant().rules.current(programmeId)
    const saved = await tenant().rules.save(programmeId, current.version, rulesWith({ sector: 1, hobbies: 10 }), { by: 'test', now: new Date().toISOString(), note: 'Loisirs d’abord' })
    expect(saved.version).toBe(2)

    const second = await run()
    expect(second.rulesVersion).toBe(2)
    expect(await pairs(second.id)).toEqual({ Amal: 'Dirk', Bruno: 'Chloé' })

    const reread = await coordinator.get(`${runs}/${first.id}`)
    expect(reread.body.rulesVersion).toBe(1)
    expect((await coordinator.get(`${runs}/${first.id}/suggestions?limit=100`)).body).toEqual(firstResults)
  })

  it('a run recorded under an older version is computed with that version’s criteria, even after a change', async () => {
    const { version } = await tenant().rules.current(programmeId)
    expect(version).toBeGreaterThan(1)
    const queued: MatchingRunRecord = {
      id: 'run-under-v1', programmeId, status: 'queued', requestedBy: 'test', objective: 'max-score', minScore: 0, rulesVersion: 1,
      createdAt: new Date().toISOString(), startedAt: null, completedAt: null, attempts: 0, resultAttempt: null, error: null, progress: null,
      summary: null, version: 1,
    }
    await tenant().runs.create(queued)
    await processRun(p.deps, { orgId: PLS, programmeId, runId: queued.id }, 1)
    expect(await pairs(queued.id)).toEqual({ Amal: 'Chloé', Bruno: 'Dirk' })
  })
})
