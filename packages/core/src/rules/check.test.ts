import { describe, expect, it } from 'vitest'
import { DomainError } from '../errors'
import { checkRules, criteriaIssues, rulesIssues } from './check'
import { blankProgrammeRules, templateRules } from './methodologies'
import { sampleRules } from './sample-rules'
import type { ProgrammeRules } from './programme-rules'

const valid = (): ProgrammeRules => sampleRules()
const thrown = (f: () => void): DomainError => {
  try {
    f()
  } catch (e) {
    return e as DomainError
  }
  throw new Error('did not throw')
}

describe('checkRules', () => {
  it('accepts the starting points', () => {
    expect(() => checkRules(valid())).not.toThrow()
    expect(() => checkRules(blankProgrammeRules())).not.toThrow()
    for (const id of ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline']) expect(() => checkRules(templateRules(id)!), id).not.toThrow()
  })

  it('names a choice field without options, with the body’s prefix', () => {
    const r = valid()
    delete r.forms.mentee.sections[0]!.fields[1]!.options
    const e = thrown(() => checkRules(r, 'rules.'))
    expect(e).toMatchObject({ reason: 'rules-invalid', status: 422 })
    expect(e.details).toEqual([expect.objectContaining({ path: 'rules.forms.mentee.sections[0].fields[1].options', reason: 'required' })])
  })

  it('names duplicate ids in every list, and field ids across the sections of a form', () => {
    const r = valid()
    r.forms.mentor.sections.push({ id: 'more', title: r.forms.mentor.sections[0]!.title, fields: [{ ...r.forms.mentor.sections[0]!.fields[0]! }] })
    r.outcomes.push({ ...r.outcomes[0]! })
    r.criteria.push({ ...r.criteria[0]! })
    expect(rulesIssues(r).map((i) => [i.path, i.reason, i.values?.id])).toEqual([
      ['forms.mentor.sections[1].fields[0].id', 'invalid', 'locality'],
      ['criteria[3].id', 'invalid', 'geo'],
      ['outcomes[2].id', 'invalid', 'job'],
    ])
  })

  it('refuses bounds the wrong way round and settings a kind does not have', () => {
    const r = valid()
    r.cadences.durationMonthsMin = 9
    r.cadences.durationMonthsMax = 6
    r.forms.mentee.sections[0]!.fields[0]!.min = 3
    r.templates.push({ kind: 'closing-interview', subject: 'Bilan', body: 'x' })
    expect(rulesIssues(r).map((i) => [i.path, i.reason])).toEqual([
      ['forms.mentee.sections[0].fields[0].min', 'unknown-field'],
      ['templates[0].subject', 'unknown-field'],
      ['cadences.durationMonthsMax', 'too-small'],
    ])
  })

  it('names the criterion whose field is missing or of the wrong kind', () => {
    const r = valid()
    r.criteria[1] = { ...r.criteria[1]!, mentorField: 'sectr' } as ProgrammeRules['criteria'][number]
    r.criteria[2] = { ...r.criteria[2]!, menteeField: 'locality' } as ProgrammeRules['criteria'][number]
    const e = thrown(() => checkRules(r))
    expect(e).toMatchObject({ reason: 'criterion-field', status: 422, values: { criterion: 'sector', side: 'mentor', field: 'sectr' } })
    expect(criteriaIssues(r)).toEqual([
      expect.objectContaining({ path: 'criteria[1].mentorField', reason: 'not-a-choice', values: { criterion: 'sector', field: 'sectr' } }),
      expect.objectContaining({ path: 'criteria[2].menteeField', reason: 'not-a-choice', values: expect.objectContaining({ criterion: 'languages', found: 'locality' }) }),
    ])
  })
})
