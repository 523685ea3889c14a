import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleRules, type ProgrammeRules } from '@binome/core'
import { blankProgrammeRules, templateRules } from '@binome/core/methodologies'
import { CAI_PROGRAMME, PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * A programme's rules through the API: versions saved whole or part by part, checked as a whole (400 for shapes,
 * 422 for parts that disagree, naming the place), stale and concurrent saves refused, history and differences,
 * programmes started from a template, a copy or blank, and matching runs recording the version they start under.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let admin: ApiClient
let coordinator: ApiClient
let trainer: ApiClient
const programmes = `/api/onboarding/orgs/${PLS}/programmes`
const rulesOf = (programmeId: string) => `${programmes}/${programmeId}/rules`

beforeAll(async () => {
  p = await testPlatform()
  admin = await signIn(p, 'admin@mentoryou.demo')
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  trainer = await signIn(p, 'trainer@binome.demo')
  const created = await admin.post(programmes, { name: 'Base des tests de règles' })
  base = created.body.id
  expect((await admin.put(rulesOf(base), { version: 1, rules: sampleRules() })).status).toBe(200)
})
afterAll(() => p.stop())

// The tests change rules at fixed places: they work on small sample rules, whose shape does not move when the
// methodologies are edited. Each programme starts as a copy of a base programme that holds them.
const rules = (): ProgrammeRules => sampleRules()
let base: string

/** A fresh programme of PLS (holding the sample rules as its version 1, unless told), so that each test has its own versions. */
async function newProgramme(start: Record<string, unknown> = { from: 'copy', programmeId: base }) {
  const res = await admin.post(programmes, { name: `Règles ${Math.random().toString(36).slice(2, 8)}`, start })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  return res.body as { id: string; version: number; rulesVersion: number }
}

describe('reading the rules', () => {
  it('the demo programme runs version 1 of its methodology template; staff and trainers read it', async () => {
    const res = await coordinator.get(rulesOf(PLS_PROGRAMME))
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ orgId: PLS, programmeId: PLS_PROGRAMME, version: 1, origin: { kind: 'template', from: 'pls-mentoryou' } })
    expect(res.body.rules.criteria.length).toBeGreaterThan(0)
    expect((await trainer.get(rulesOf(PLS_PROGRAMME))).status).toBe(200)
  })

  it('another organisation’s programme, or a version that does not exist: 404 naming what is missing', async () => {
    const foreign = await admin.get(rulesOf(CAI_PROGRAMME))
    expect(foreign.status).toBe(404)
    expect(foreign.body.error.values).toEqual({ entity: 'programme' })
    expect(JSON.stringify(foreign.body)).not.toContain('N2WA')
    const missing = await admin.get(`${rulesOf(PLS_PROGRAMME)}/versions/99`)
    expect(missing.status).toBe(404)
    expect(missing.body.error.values).toEqual({ entity: 'rules' })
  })
})

describe('programme creation', () => {
  it('starts blank by default, from a template, or from a copy of another programme of the organisation', async () => {
    const blank = await admin.post(programmes, { name: 'Vierge' })
    expect(blank.body.rulesVersion).toBe(1)
    const blankRules = (await admin.get(rulesOf(blank.body.id))).body
    expect(blankRules).toMatchObject({ version: 1, origin: { kind: 'blank' } })
    expect(blankRules.rules).toEqual(blankProgrammeRules())
    const fromTemplate = (await admin.get(rulesOf((await newProgramme({ from: 'template', templateId: 'pls-mentoryou' })).id))).body
    expect(fromTemplate).toMatchObject({ version: 1, origin: { kind: 'template', from: 'pls-mentoryou' } })
    expect(fromTemplate.rules).toEqual(templateRules('pls-mentoryou'))

    const source = await newProgramme()
    const changed = { ...rules(), cadences: { ...rules().cadences, meetingsPerMonth: 3 } }
    expect((await admin.put(rulesOf(source.id), { version: 1, rules: changed })).status).toBe(200)
    const copy = await newProgramme({ from: 'copy', programmeId: source.id })
    const copied = (await admin.get(rulesOf(copy.id))).body
    expect(copied).toMatchObject({ version: 1, origin: { kind: 'copy', from: source.id } })
    expect(copied.rules).toEqual(changed)
  })

  it('copying another organisation’s programme is 404 and creates nothing; an unknown template is 400 naming it', async () => {
    const before = (await admin.get(`${programmes}?include=all&limit=100`)).body.items.length
    const foreign = await admin.post(programmes, { name: 'Copie interdite', start: { from: 'copy', programmeId: CAI_PROGRAMME } })
    expect(foreign.status).toBe(404)
    expect(foreign.body.error.values).toEqual({ entity: 'programme' })
    const unknown = await admin.post(programmes, { name: 'Modèle inconnu', start: { from: 'template', templateId: 'no-such-method' } })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.details.map((d: { path: string }) => d.path)).toContain('start.templateId')
    expect((await admin.get(`${programmes}?include=all&limit=100`)).body.items.length).toBe(before)
  })
})

describe('saving the whole rules', () => {
  it('creates the next version with who and when, and leaves the programme’s own version alone', async () => {
    const prog = await newProgramme()
    const next = { ...rules(), cadences: { ...rules().cadences, checkInEveryWeeks: 8 } }
    const saved = await admin.put(rulesOf(prog.id), { version: 1, rules: next, note: 'Suivi toutes les 8 semaines' })
    expect(saved.status).toBe(200)
    expect(saved.body).toMatchObject({ version: 2, note: 'Suivi toutes les 8 semaines', createdBy: expect.any(String), rules: next })
    const programme = (await admin.get(`${programmes}/${prog.id}`)).body
    expect(programme).toMatchObject({ rulesVersion: 2, version: prog.version })
    // A programme form opened before the rules changed still saves, and does not put the old rules back in force.
    const edited = await admin.patch(`${programmes}/${prog.id}`, { name: 'Renommé après les règles', version: prog.version })
    expect(edited.status).toBe(200)
    expect(edited.body.rulesVersion).toBe(2)
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(2)
  })

  it('a choice field without options: 422 naming the field, nothing written', async () => {
    const prog = await newProgramme()
    const broken = rules()
    delete broken.forms.mentee.sections[0]!.fields[1]!.options
    const res = await admin.put(rulesOf(prog.id), { version: 1, rules: broken })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({ code: 'unprocessable', reason: 'rules-invalid' })
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'rules.forms.mentee.sections[0].fields[1].options', reason: 'required' })])
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(1)
  })

  it('a document template that does not compile: 422 template-invalid naming the template and the line, nothing written', async () => {
    const prog = await newProgramme({ from: 'template', templateId: 'pls-mentoryou' })
    const broken = templateRules('pls-mentoryou')!
    const i = broken.templates.findIndex((t) => t.kind === 'engagement-contract')
    broken.templates[i] = { ...broken.templates[i]!, body: 'Entre {{ mentor.firstName }}\net {{ mentee.surnom }}' }
    const res = await admin.put(rulesOf(prog.id), { version: 1, rules: broken })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({ code: 'unprocessable', reason: 'template-invalid' })
    expect(res.body.error.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: `rules.templates[${i}].body`, values: expect.objectContaining({ line: 2, problem: 'unknown-variable', name: 'mentee.surnom' }) }),
    ]))
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(1)
  })

  it('a duplicate id: 422 naming the duplicate’s place', async () => {
    const prog = await newProgramme()
    const dup = rules()
    dup.outcomes.push({ ...dup.outcomes[0]! })
    const res = await admin.put(rulesOf(prog.id), { version: 1, rules: dup })
    expect(res.status).toBe(422)
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: `rules.outcomes[${dup.outcomes.length - 1}].id`, reason: 'invalid', values: { id: dup.outcomes[0]!.id } })])
  })

  it('a criterion reading a missing field, or a field of the wrong kind: 422 naming the criterion', async () => {
    const prog = await newProgramme()
    const missing = rules()
    missing.criteria[1] = { ...missing.criteria[1]!, mentorField: 'secteur-inexistant' } as ProgrammeRules['criteria'][number]
    const res = await admin.put(rulesOf(prog.id), { version: 1, rules: missing })
    expect(res.status).toBe(422)
    expect(res.body.error).toMatchObject({
      reason: 'criterion-field', values: { criterion: missing.criteria[1]!.id, side: 'mentor', field: 'secteur-inexistant' },
    })
    expect(res.body.error.details).toEqual([expect.objectContaining({ path: 'rules.criteria[1].mentorField', reason: 'not-a-choice' })])

    const wrongKind = rules()
    const geo = wrongKind.criteria.findIndex((c) => c.kind === 'geo')
    wrongKind.criteria[geo] = { ...wrongKind.criteria[geo]!, menteeField: 'sector' } as ProgrammeRules['criteria'][number]
    const res2 = await admin.put(rulesOf(prog.id), { version: 1, rules: wrongKind })
    expect(res2.status).toBe(422)
    expect(res2.body.error.details).toEqual([
      expect.objectContaining({ path: `rules.criteria[${geo}].menteeField`, reason: 'not-a-choice', values: expect.objectContaining({ found: 'single-choice' }) }),
    ])
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(1)
  })

  it('shapes are checked at the edge: 400 naming the field (weight above 10, unknown setting, field kind)', async () => {
    const prog = await newProgramme()
    const bad = rules() as unknown as { criteria: Record<string, unknown>[]; forms: { mentor: { sections: { fields: Record<string, unknown>[] }[] } } }
    bad.criteria[0]!.weight = 11
    bad.criteria[1]!.colour = 'blue'
    bad.forms.mentor.sections[0]!.fields[0]!.kind = 'photo'
    const res = await admin.put(rulesOf(prog.id), { version: 1, rules: bad })
    expect(res.status).toBe(400)
    const paths = res.body.error.details.map((d: { path: string }) => d.path)
    expect(paths).toEqual(expect.arrayContaining(['rules.criteria.0.weight', 'rules.criteria.1.colour', 'rules.forms.mentor.sections.0.fields.0.kind']))
  })

  it('bounds a template’s length (400 naming it) and a request’s size (413)', async () => {
    const prog = await newProgramme()
    const tooLong = { ...rules(), templates: [{ kind: 'engagement-contract' as const, body: 'x'.repeat(30_001) }] }
    const refused = await admin.put(rulesOf(prog.id), { version: 1, rules: tooLong })
    expect(refused.status).toBe(400)
    expect(refused.body.error.details).toEqual([expect.objectContaining({ path: 'rules.templates.0.body', reason: 'too-long', values: { max: 30_000 } })])
    const fits = { ...rules(), templates: [{ kind: 'engagement-contract' as const, parties: 'tripartite' as const, body: 'Engagement. '.repeat(2500) }] }
    expect((await admin.put(rulesOf(prog.id), { version: 1, rules: fits })).status).toBe(200)
    // The size is checked before the body is read: past the rules' own limit (256 KB) nothing is parsed.
    const huge = { ...rules(), templates: (['closing-interview', 'evaluation-mentor', 'evaluation-mentee'] as const).map((kind) => ({ kind, body: 'y'.repeat(90_000) })) }
    const tooBig = await admin.put(rulesOf(prog.id), { version: 2, rules: huge })
    expect(tooBig.status).toBe(413)
    expect(tooBig.body.error.code).toBe('payload_too_large')
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(2)
  })

  it('a whole methodology past the API’s usual 64 KB (MentorYou’s, with every template in three languages) saves whole', async () => {
    const demo = await admin.get(rulesOf(PLS_PROGRAMME))
    expect(demo.status).toBe(200)
    // One more article in the contract takes MentorYou's rules (just under 64 KB) past the usual limit.
    const rules = structuredClone(demo.body.rules) as ProgrammeRules
    const contract = rules.templates.find((t) => t.kind === 'engagement-contract')!
    contract.body += '\n\nArticle complémentaire : le binôme se retrouve dans un lieu public. '.repeat(40)
    const body = { version: demo.body.version, rules, note: 'Un article de plus au contrat' }
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024)
    const saved = await admin.put(rulesOf(PLS_PROGRAMME), body)
    expect(saved.status, JSON.stringify(saved.body).slice(0, 300)).toBe(200)
    expect(saved.body.version).toBe(demo.body.version + 1)
    expect(saved.body.rules.templates).toContainEqual(contract)
  })

  it('a stale version is 409 naming the rules; of two concurrent saves one wins and the other is 409', async () => {
    const prog = await newProgramme()
    expect((await admin.put(rulesOf(prog.id), { version: 1, rules: rules() })).status).toBe(200)
    const stale = await admin.put(rulesOf(prog.id), { version: 1, rules: rules() })
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ reason: 'stale-version', values: { entity: 'rules' } })

    const a = { ...rules(), cadences: { ...rules().cadences, meetingsPerMonth: 1 } }
    const b = { ...rules(), cadences: { ...rules().cadences, meetingsPerMonth: 4 } }
    const results = await Promise.all([admin.put(rulesOf(prog.id), { version: 2, rules: a }), admin.put(rulesOf(prog.id), { version: 2, rules: b })])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const winner = results.find((r) => r.status === 200)!.body
    const current = (await admin.get(rulesOf(prog.id))).body
    expect(current).toMatchObject({ version: 3, rules: { cadences: { meetingsPerMonth: winner.rules.cadences.meetingsPerMonth } } })
    expect((await admin.get(`${rulesOf(prog.id)}/versions`)).body.items).toHaveLength(3)
  })

  it('only admins save: a coordinator gets 403 and nothing changes', async () => {
    const prog = await newProgramme()
    const res = await coordinator.put(rulesOf(prog.id), { version: 1, rules: rules() })
    expect(res.status).toBe(403)
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(1)
  })

  it('an archived programme’s rules are read-only: 409 programme-archived, still readable', async () => {
    const prog = await newProgramme()
    expect((await admin.post(`${programmes}/${prog.id}/archive`, { version: prog.version })).status).toBe(200)
    const put = await admin.put(rulesOf(prog.id), { version: 1, rules: rules() })
    expect(put.status).toBe(409)
    expect(put.body.error.reason).toBe('programme-archived')
    const patch = await admin.patch(rulesOf(prog.id), { version: 1, cadences: rules().cadences })
    expect(patch.body.error.reason).toBe('programme-archived')
    expect((await admin.get(rulesOf(prog.id))).body.version).toBe(1)
  })
})

describe('saving one part', () => {
  it('keeps the other parts from the version read', async () => {
    const prog = await newProgramme()
    const cadences = { ...rules().cadences, meetingsPerMonth: 3, firstMeetingPlace: 'neutral-with-staff' as const }
    const res = await admin.patch(rulesOf(prog.id), { version: 1, cadences, note: 'Trois rencontres' })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ version: 2, note: 'Trois rencontres', rules: { ...rules(), cadences } })
  })

  it('checks the whole result: forms that drop a field a criterion reads are 422 naming the criterion', async () => {
    const prog = await newProgramme()
    const forms = rules().forms
    forms.mentee.sections[0]!.fields = forms.mentee.sections[0]!.fields.filter((f) => f.id !== 'sector')
    const res = await admin.patch(rulesOf(prog.id), { version: 1, forms })
    expect(res.status).toBe(422)
    const index = rules().criteria.findIndex((c) => c.menteeField === 'sector')
    expect(res.body.error).toMatchObject({ reason: 'criterion-field', values: { side: 'mentee', field: 'sector' } })
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(`criteria[${index}].menteeField`)
  })

  it('a part’s own problems name the body’s field; a stale version is 409; no part at all is 400', async () => {
    const prog = await newProgramme()
    const outcomes = [...rules().outcomes, { ...rules().outcomes[0]! }]
    const dup = await admin.patch(rulesOf(prog.id), { version: 1, outcomes })
    expect(dup.status).toBe(422)
    expect(dup.body.error.details[0].path).toBe(`outcomes[${outcomes.length - 1}].id`)
    const stale = await admin.patch(rulesOf(prog.id), { version: 7, cadences: rules().cadences })
    expect(stale.status).toBe(409)
    expect(stale.body.error.values).toEqual({ entity: 'rules' })
    expect((await admin.patch(rulesOf(prog.id), { version: 1 })).status).toBe(400)
  })
})

describe('history and differences', () => {
  it('lists versions newest first, page by page, without the rules', async () => {
    const prog = await newProgramme()
    for (const [i, weeks] of [4, 5, 6].entries()) {
      const res = await admin.patch(rulesOf(prog.id), { version: i + 1, cadences: { ...rules().cadences, checkInEveryWeeks: weeks }, note: `v${i + 2}` })
      expect(res.status).toBe(200)
    }
    const first = await coordinator.get(`${rulesOf(prog.id)}/versions?limit=2`)
    expect(first.status).toBe(200)
    expect(first.body.items.map((v: { version: number }) => v.version)).toEqual([4, 3])
    expect(first.body.items[0]).toMatchObject({ note: 'v4', createdBy: expect.any(String), createdAt: expect.any(String) })
    expect(first.body.items[0]).not.toHaveProperty('rules')
    const second = await coordinator.get(`${rulesOf(prog.id)}/versions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`)
    expect(second.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1])
    expect(second.body.nextCursor).toBeNull()
    expect((await admin.get(`${rulesOf(prog.id)}/versions/2`)).body.rules.cadences.checkInEveryWeeks).toBe(4)
  })

  it('says what changed between two versions with readable paths', async () => {
    const prog = await newProgramme()
    const next = rules()
    next.cadences.meetingsPerMonth = 3
    next.criteria[1] = { ...next.criteria[1]!, weight: 9 }
    next.outcomes = next.outcomes.slice(1)
    expect((await admin.put(rulesOf(prog.id), { version: 1, rules: next })).status).toBe(200)
    const diff = await coordinator.get(`${rulesOf(prog.id)}/diff?from=1&to=2`)
    expect(diff.status).toBe(200)
    expect(diff.body).toMatchObject({ from: 1, to: 2 })
    expect(diff.body.changes).toEqual(expect.arrayContaining([
      { path: 'cadences.meetingsPerMonth', change: 'changed', before: rules().cadences.meetingsPerMonth, after: 3 },
      { path: `criteria[${next.criteria[1]!.id}].weight`, change: 'changed', before: rules().criteria[1]!.weight, after: 9 },
      expect.objectContaining({ path: `outcomes[${rules().outcomes[0]!.id}]`, change: 'removed' }),
    ]))
    expect((await admin.get(`${rulesOf(prog.id)}/diff?from=1&to=5`)).status).toBe(404)
  })
})

describe('matching runs', () => {
  it('record the rules version in force when they start, and keep it', async () => {
    const prog = await newProgramme()
    expect((await admin.patch(rulesOf(prog.id), { version: 1, cadences: rules().cadences })).status).toBe(200)
    const run = await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${prog.id}/runs`, {})
    expect(run.status).toBe(202)
    expect(run.body.rulesVersion).toBe(2)
    expect((await admin.patch(rulesOf(prog.id), { version: 2, cadences: rules().cadences })).status).toBe(200)
    await p.drain()
    const read = await coordinator.get(`/api/matching/orgs/${PLS}/programmes/${prog.id}/runs/${run.body.id}`)
    expect(read.body.rulesVersion).toBe(2)
  })
})
