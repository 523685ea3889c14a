/**
 * The Rules tab's pure parts that speak: where a refused save's problems are (named from the rules sent), what a
 * template problem says, and a difference between two versions in readable words.
 */
import { describe, expect, it } from 'vitest'
import type { ProgrammeRules } from '@binome/contracts'
import { formatMessage } from '../i18n/message'
import fr from '../i18n/fr.json'
import { readableChanges, sayValue } from './changes'
import { describePlace, issueSentence, pathSteps, rulesProblems, type Translate } from './problems'

type Tree = { [key: string]: string | Tree }
/** The French catalogue as the app's `$_` reads it (the key itself when missing, or the default). */
const t: Translate = (key, options) => {
  let node: string | Tree | undefined = fr as unknown as Tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? formatMessage(node, options?.values, 'fr') : (options?.default ?? key)
}
const text = (fr: string) => ({ fr, en: `${fr} (en)`, nl: `${fr} (nl)` })

const rules = {
  forms: {
    mentee: { sections: [{ id: 'profil', title: text('Profil'), fields: [{ id: 'secteur', kind: 'single-choice', label: text('Secteur'), required: true, visibility: 'staff', options: [{ value: 'sante', label: text('Santé') }] }] }] },
    mentor: { sections: [] },
  },
  criteria: [{ id: 'sector', kind: 'categorical', label: text('Secteur d’activité'), weight: 9, mandatory: false, menteeField: 'secteur', mentorField: 'secteur' }],
  eligibility: [],
  cadences: { meetingsPerMonth: 2 },
  outcomes: [],
  templates: [{ kind: 'engagement-contract', body: 'Bonjour' }],
} as unknown as ProgrammeRules

describe('where a problem is', () => {
  it('reads indexes, bracketed ids and a leading rules.', () => {
    expect(pathSteps('rules.criteria.0.weight')).toEqual(['criteria', 0, 'weight'])
    expect(pathSteps('criteria[sector].weight')).toEqual(['criteria', 'sector', 'weight'])
    expect(pathSteps('templates[0].body')).toEqual(['templates', '0', 'body'])
  })

  it('names the criterion, the form and field, the cadence and the template in the reader’s words', () => {
    expect(describePlace('criteria.0.weight', rules, t, 'fr')).toBe('Critère « Secteur d’activité » › Poids')
    expect(describePlace('criteria[sector].menteeField', rules, t, 'en')).toBe('Critère « Secteur d’activité (en) » › Champ côté personne mentorée')
    expect(describePlace('forms.mentee.sections.0.fields.0.options.0.label', rules, t, 'fr')).toBe(
      'Formulaires › Formulaire des personnes mentorées › Section « Profil » › Champ « Secteur » › Option « Santé » › Libellé',
    )
    expect(describePlace('cadences.meetingsPerMonth', rules, t, 'fr')).toBe('Durées et rythmes › Rencontres par mois')
    expect(describePlace('templates[0].body', rules, t, 'fr')).toBe('Modèle « Contrat d’engagement » › Texte')
  })

  it('lists a refusal’s details with their sentence and, for templates, their line', () => {
    const problems = rulesProblems(
      [
        { path: 'rules.criteria.0.weight', reason: 'too-big', values: { max: 10 }, message: '' },
        { path: 'templates[0].body', reason: 'invalid', values: { line: 3, problem: 'unknown-variable', name: 'mentor.nom' }, message: '' },
        'not an issue',
      ],
      rules,
      t,
      'fr',
      (issue) => issueSentence(issue, t, (i) => `field:${i.reason}`),
    )
    expect(problems).toEqual([
      { path: 'criteria.0.weight', where: 'Critère « Secteur d’activité » › Poids', sentence: 'field:too-big' },
      { path: 'templates[0].body', where: 'Modèle « Contrat d’engagement » › Texte', sentence: 'Ligne 3 : la variable « mentor.nom » n’existe pas pour ce type de document.', line: 3 },
    ])
    expect(rulesProblems(undefined, rules, t, 'fr', () => '')).toEqual([])
  })
})

describe('differences between versions', () => {
  it('say values shortly: texts in the reader’s language, booleans as words, items by their label', () => {
    expect(sayValue(text('Secteur'), t, 'en')).toBe('Secteur (en)')
    expect(sayValue(true, t, 'fr')).toBe('oui')
    expect(sayValue(['start', 'end'], t, 'fr')).toBe('start, end')
    expect(sayValue({ id: 'job', label: text('Emploi'), class: 'positive' }, t, 'fr')).toBe('Emploi')
    expect(sayValue(undefined, t, 'fr')).toBe('—')
  })

  it('name each change’s place from the version it exists in, and a reorder as such', () => {
    const changes = readableChanges(
      [
        { path: 'criteria[sector].weight', change: 'changed', before: 9, after: 6 },
        { path: 'outcomes[job]', change: 'removed', before: { id: 'job', label: text('Emploi') } },
        { path: 'criteria#order', change: 'changed', before: ['a', 'b'], after: ['b', 'a'] },
      ],
      { ...rules, outcomes: [{ id: 'job', class: 'positive', countsAsEmployment: true, label: text('Emploi') }] },
      rules,
      t,
      'fr',
    )
    expect(changes).toEqual([
      { where: 'Critère « Secteur d’activité » › Poids', change: 'changed', before: '9', after: '6' },
      { where: 'Issue « Emploi »', change: 'removed', before: 'Emploi' },
      { where: 'Critères', change: 'reordered' },
    ])
  })
})
