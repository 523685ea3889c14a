import { describe, expect, it } from 'vitest'
import { templateKinds } from '@binome/core'
import { checkTemplate } from './check'
import { previewTemplate } from './render'
import { isEmailKind, sampleVariables, templateVariables, variableDocs, type TemplateKind, type Variable } from './variables'

/** A template that prints every documented variable of a kind (list items through a loop). */
function everything(kind: TemplateKind): { source: string; expected: string[] } {
  const lines: string[] = []
  const expected: string[] = []
  const walk = (prefix: string, tree: Record<string, Variable>, sample: Record<string, unknown>) => {
    for (const [key, v] of Object.entries(tree)) {
      const name = `${prefix}${key}`
      if (v.type === 'object') walk(`${name}.`, v.fields, sample[key] as Record<string, unknown>)
      else if (v.type === 'list') {
        const items = sample[key] as unknown[]
        if (v.item.type === 'object') {
          const fields = Object.keys(v.item.fields)
          lines.push(`{% for item in ${name} %}${fields.map((f) => `[{{ item.${f} }}]`).join('')}{% endfor %}`)
          for (const item of items) for (const f of fields) expected.push(`[${String((item as Record<string, unknown>)[f])}]`)
        } else lines.push(`{% for item in ${name} %}[{{ item }}]{% endfor %}`)
      } else {
        lines.push(`{{ ${name} }}`)
        expected.push(String(sample[key]))
      }
    }
  }
  walk('', templateVariables[kind], sampleVariables(kind))
  return { source: lines.join('\n'), expected }
}

describe('the variables of each template kind', () => {
  it('every kind has documented variables, each with an English description and a sample', () => {
    for (const kind of templateKinds) {
      const docs = variableDocs(kind)
      expect(docs.length, kind).toBeGreaterThan(3)
      for (const d of docs) {
        expect(d.description.trim().length, `${kind} ${d.name}`).toBeGreaterThan(3)
        expect(d.name, kind).toMatch(/^[a-zA-Z]+(\[\])?(\.[a-zA-Z]+(\[\])?)*$/)
        if (d.type !== 'object' && d.type !== 'list') expect(d.sample, `${kind} ${d.name}`).toBeDefined()
      }
      expect(new Set(docs.map((d) => d.name)).size, kind).toBe(docs.length)
    }
  })

  it('a template printing every variable of its kind passes the check and previews every sample', () => {
    for (const kind of templateKinds) {
      const { source, expected } = everything(kind)
      expect(checkTemplate(kind, source), kind).toEqual([])
      const result = previewTemplate(kind, source)
      if (!result.ok) throw new Error(`${kind}: ${JSON.stringify(result.problems)}`)
      for (const value of expected) expect(result.rendered, `${kind} ${value}`).toContain(value)
    }
  })

  it('names what each document needs', () => {
    const names = (kind: TemplateKind) => variableDocs(kind).map((d) => d.name)
    expect(names('engagement-contract')).toEqual(expect.arrayContaining([
      'mentor.firstName', 'mentee.firstName', 'organisation.name', 'programme.name', 'duo.startDate', 'duo.endDate',
      'contract.tripartite', 'contract.parties[].role', 'contract.parties[].fullName', 'cadences.meetingsPerMonth',
      'cadences.durationMonthsMin', 'coordinator.fullName',
    ]))
    expect(names('mentee-profile-sheet')).toEqual(expect.arrayContaining([
      'mentee.firstName', 'mentee.answers[].question', 'mentee.answers[].answer', 'proposal.answerBy', 'proposal.link',
    ]))
    // The profile sheet goes to a mentor who may refuse: the mentee's last name and contact details stay out.
    expect(names('mentee-profile-sheet')).not.toEqual(expect.arrayContaining(['mentee.lastName']))
    expect(names('mentee-profile-sheet').filter((n) => /mentee\.(lastName|email|phone)/.test(n))).toEqual([])
    expect(names('first-meeting-guide')).toEqual(expect.arrayContaining(['firstMeeting.place', 'firstMeeting.date', 'checklist[].label']))
    expect(names('closing-interview')).toEqual(expect.arrayContaining(['outcome.label', 'outcome.positive', 'actionPlan[].done']))
    expect(names('email-proposal')).toEqual(expect.arrayContaining(['recipient.firstName', 'proposal.answerBy', 'proposal.link']))
    expect(names('email-sign-in-code')).toEqual(expect.arrayContaining(['code', 'validMinutes']))
  })

  it('every e-mail has the language it is written in, so that its template can write the three', () => {
    for (const kind of templateKinds.filter(isEmailKind)) expect(templateVariables[kind].locale, kind).toMatchObject({ type: 'text', sample: 'fr' })
  })

  it('every e-mail names its recipient; the documents of a programme name it and its organisation', () => {
    for (const kind of templateKinds) {
      const roots = Object.keys(templateVariables[kind])
      if (isEmailKind(kind)) expect(roots, kind).toContain('recipient')
      else expect(roots, kind).toEqual(expect.arrayContaining(['organisation', 'programme']))
    }
  })

  it('samples are French and dates are written dd/mm/yyyy', () => {
    const s = sampleVariables('engagement-contract') as { duo: { startDate: string }; contract: { parties: { role: string }[] } }
    expect(s.duo.startDate).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    expect(s.contract.parties.map((p) => p.role)).toContain('Mentoré·e')
    for (const kind of templateKinds) {
      for (const d of variableDocs(kind)) if (d.type === 'date') expect(d.sample, `${kind} ${d.name}`).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
    }
  })
})
