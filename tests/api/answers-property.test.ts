import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { newProgramme } from '@binome/core'
import { blankProgrammeRules } from '@binome/core/methodologies'
import { systemContext } from '@binome/data'
import { applyMistake, formArb, validArb, wrongArb } from '@binome/contracts/testing'
import { PLS, signIn, type ApiClient } from '../support/client'
import { testPlatform } from '../support/platform'

/**
 * The people routes, for any form a programme saves: answers valid under it are accepted (201), and every kind of
 * wrong answer is a 422 `invalid-answers` naming `answers.<fieldId>` with its reason. The forms are generated
 * (every field kind, required or not, options, bounds); each is saved as a new version of the programme's rules.
 */
let p: Awaited<ReturnType<typeof testPlatform>>
let coordinator: ApiClient
const programmeId = 'formulaires-aleatoires'
const people = `/api/onboarding/orgs/${PLS}/programmes/${programmeId}/people`
const tenant = () => p.deps.data.forTenant(systemContext(PLS))
let n = 0
const identity = () => ({ firstName: 'Prop', lastName: 'Erty', email: `prop.${++n}@exemple.be`, birthDate: '1990-02-03' })

beforeAll(async () => {
  p = await testPlatform()
  coordinator = await signIn(p, 'coordination@mentoryou.demo')
  const programme = newProgramme({ name: 'Formulaires aléatoires', status: 'active' }, { id: programmeId, orgId: PLS, now: new Date().toISOString() })
  await tenant().programmes.create(programme, blankProgrammeRules(), { kind: 'blank' })
})
afterAll(() => p.stop())

/** Puts a form in force for both sides, as a new version of the programme's rules. */
async function saveForm(form: Parameters<typeof validArb>[0]): Promise<number> {
  const current = await tenant().rules.current(programmeId)
  const saved = await tenant().rules.save(programmeId, current.version, { ...current.rules, forms: { mentor: form, mentee: form } }, {
    by: 'property', now: new Date().toISOString(),
  })
  return saved.version
}

describe('people routes against any saved form (property)', () => {
  it('accept the answers valid under the form, recorded with its version', async () => {
    await fc.assert(fc.asyncProperty(formArb.chain((form) => fc.tuple(fc.constant(form), validArb(form))), async ([form, answers]) => {
      const version = await saveForm(form)
      const r = await coordinator.post(people, { kind: 'mentee', ...identity(), answers })
      expect(r.status, JSON.stringify(r.body)).toBe(201)
      expect(r.body.rulesVersion).toBe(version)
    }), { numRuns: 25 })
  }, 120_000)

  it('refuse every kind of wrong answer with a 422 naming answers.<fieldId> and its reason, writing nothing', async () => {
    await fc.assert(fc.asyncProperty(wrongArb, async ([form, { mistake, field }, answers]) => {
      await saveForm(form)
      const { wrong, id, reason } = applyMistake(answers, mistake, field)
      const before = (await coordinator.get(`${people}?limit=100`)).body.items.length
      const r = await coordinator.post(people, { kind: 'mentor', ...identity(), answers: wrong })
      expect(r.status, `${mistake} ${JSON.stringify(r.body)}`).toBe(422)
      expect(r.body.error.reason).toBe('invalid-answers')
      const named = (r.body.error.details as Array<{ path: string; reason: string }>)
        .filter((d) => d.path === `answers.${id}` || d.path.startsWith(`answers.${id}.`))
      expect(named.map((d) => d.reason), mistake).toContain(reason)
      expect((await coordinator.get(`${people}?limit=100`)).body.items.length).toBe(before)
    }), { numRuns: 40 })
  }, 180_000)
})
