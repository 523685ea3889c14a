import { describe, expect, it } from 'vitest'
import { methodologyRules } from '@binome/core/methodologies'
import { answersSchema } from '@binome/contracts'
import { belgianGazetteer } from '@binome/functions'
import { demoAnswers, demoIdentity } from './demo-answers'
import { caiMentees, caiMentors, plsMentees, plsMentors } from './demo-people'

/** The demo people are answers to their programme's form as the API would have accepted them. */
describe('demo answers', () => {
  const cases = [
    { methodology: 'pls-mentoryou', mentor: plsMentors, mentee: plsMentees },
    { methodology: 'cai-duo-n2wa', mentor: caiMentors, mentee: caiMentees },
  ]
  for (const c of cases) {
    it(`are valid under the ${c.methodology} forms, localities included`, async () => {
      const g = await belgianGazetteer()
      const rules = methodologyRules(c.methodology)!
      for (const kind of ['mentor', 'mentee'] as const) {
        const schema = answersSchema(rules.forms[kind], { isKnownLocality: (name) => g.find(name) !== undefined })
        c[kind].forEach((d, i) => {
          const answers = demoAnswers(d, kind, rules.forms[kind], i)
          expect(schema.safeParse(answers).error?.issues ?? [], `${kind} ${d.firstName}`).toEqual([])
          // What matching reads is there, in the form's values.
          expect(answers).toMatchObject({ locality: d.locality, sector: expect.any(String), function: expect.any(String) })
          expect((answers.languages as { code: string }[]).length).toBeGreaterThan(0)
        })
      }
    })
  }

  it('give each person a birth date in their birth year and an e-mail at the organisation', () => {
    const id = demoIdentity(plsMentees[0]!, 3, 'mentoryou.demo')
    expect(id.birthDate).toMatch(/^1990-\d{2}-\d{2}$/)
    expect(id.email).toBe('amina.haddad@mentoryou.demo')
  })

  it('map the demo words onto option values and language codes', () => {
    const rules = methodologyRules('pls-mentoryou')!
    const a = demoAnswers(plsMentors[0]!, 'mentor', rules.forms.mentor, 0)
    expect(a).toMatchObject({ sector: 'finance', function: 'HR-officer', jobTitle: 'Responsable RH', hobbies: ['running', 'reading'] })
    expect(a.languages).toEqual([{ code: 'fr', level: 'native' }, { code: 'en', level: 'C1' }, { code: 'nl', level: 'B2' }])
  })
})
