import { describe, expect, it } from 'vitest'
import type { IntakeForm } from '@binome/contracts'
import {
  addField, addOption, addSection, canMoveField, move, moveField, moveOption, moveSection, relabelOption, removeField,
  removeOption, removeSection, renameSection, say, slugId, updateField,
} from './form-builder'

const t = (fr: string) => ({ fr, en: `${fr} (en)`, nl: `${fr} (nl)` })

function sample(): IntakeForm {
  return {
    sections: [
      {
        id: 'profil',
        title: t('Profil'),
        fields: [
          { id: 'secteur', kind: 'single-choice', label: t('Secteur'), required: true, visibility: 'proposal', options: [{ value: 'sante', label: t('Santé') }] },
          { id: 'commune', kind: 'locality', label: t('Commune'), required: true, visibility: 'staff' },
        ],
      },
      { id: 'attentes', title: t('Attentes'), fields: [{ id: 'attentes-texte', kind: 'long-text', label: t('Vos attentes'), required: false, visibility: 'staff' }] },
    ],
  }
}

const order = (form: IntakeForm) => form.sections.map((s) => `${s.id}:${s.fields.map((f) => f.id).join(',')}`)

describe('ids', () => {
  it('are made from the label, without accents or punctuation, and never clash', () => {
    expect(slugId('Secteur d’activité !', new Set())).toBe('secteur-d-activite')
    expect(slugId('Secteur', new Set(['secteur', 'secteur-2']))).toBe('secteur-3')
    expect(slugId('   ', new Set())).toBe('field')
    expect(slugId('?!', new Set(['option']), 'option')).toBe('option-2')
    expect(slugId('2e langue', new Set())).toBe('field-2e-langue')
  })
})

describe('fields', () => {
  it('adds a field of each kind at the end of its section, with a fresh id and safe defaults', () => {
    const { form, id } = addField(sample(), 'profil', 'multiple-choice', t('Secteur'))
    expect(id).toBe('secteur-2')
    const added = form.sections[0]!.fields.at(-1)!
    expect(added).toEqual({ id: 'secteur-2', kind: 'multiple-choice', label: t('Secteur'), required: false, visibility: 'staff', options: [] })
    expect(addField(sample(), 'profil', 'number', t('Âge')).form.sections[0]!.fields.at(-1)).not.toHaveProperty('options')
    expect(() => addField(sample(), 'nowhere', 'date', t('Date'))).toThrow(/nowhere/)
  })

  it('never changes the given form', () => {
    const before = sample()
    const copy = structuredClone(before)
    addField(before, 'profil', 'date', t('Date'))
    moveField(before, 'commune', -1)
    removeField(before, 'secteur')
    updateField(before, 'secteur', { required: false })
    addOption(before, 'secteur', t('Construction'))
    expect(before).toEqual(copy)
  })

  it('moves a field up and down within its section and across to the neighbouring one', () => {
    let form = moveField(sample(), 'commune', -1)
    expect(order(form)).toEqual(['profil:commune,secteur', 'attentes:attentes-texte'])
    form = moveField(sample(), 'commune', 1)
    expect(order(form)).toEqual(['profil:secteur', 'attentes:commune,attentes-texte'])
    form = moveField(sample(), 'attentes-texte', -1)
    expect(order(form)).toEqual(['profil:secteur,commune,attentes-texte', 'attentes:'])
    // The first and the last place do not move, and say so to the buttons.
    expect(moveField(sample(), 'secteur', -1)).toEqual(sample())
    expect(moveField(sample(), 'attentes-texte', 1)).toEqual(sample())
    expect(canMoveField(sample(), 'secteur', -1)).toBe(false)
    expect(canMoveField(sample(), 'secteur', 1)).toBe(true)
    expect(canMoveField(sample(), 'attentes-texte', 1)).toBe(false)
  })

  it('edits a field but keeps its id, and keeps options and bounds only for the kinds that have them', () => {
    const form = updateField(sample(), 'secteur', { id: 'other', required: false, label: t('Secteur d’activité') } as never)
    const field = form.sections[0]!.fields[0]!
    expect(field.id).toBe('secteur')
    expect(field.required).toBe(false)
    expect(field.label.fr).toBe('Secteur d’activité')
    const text = updateField(sample(), 'secteur', { kind: 'short-text' }).sections[0]!.fields[0]!
    expect(text).not.toHaveProperty('options')
    const choice = updateField(sample(), 'commune', { kind: 'multiple-choice' }).sections[0]!.fields[1]!
    expect(choice.options).toEqual([])
    const bounded = updateField(sample(), 'commune', { kind: 'number', min: 0, max: 10 })
    expect(updateField(bounded, 'commune', { kind: 'short-text' }).sections[0]!.fields[1]).not.toHaveProperty('min')
  })

  it('removes a field', () => {
    expect(order(removeField(sample(), 'secteur'))).toEqual(['profil:commune', 'attentes:attentes-texte'])
  })
})

describe('options', () => {
  it('get a stable value from their first label, unique in the field, that relabelling does not change', () => {
    let form = addOption(sample(), 'secteur', t('Santé'))
    form = addOption(form, 'secteur', t('Construction'))
    expect(form.sections[0]!.fields[0]!.options!.map((o) => o.value)).toEqual(['sante', 'sante-2', 'construction'])
    form = relabelOption(form, 'secteur', 'construction', t('Bâtiment'))
    expect(form.sections[0]!.fields[0]!.options![2]).toEqual({ value: 'construction', label: t('Bâtiment') })
    form = moveOption(form, 'secteur', 'construction', -1)
    expect(form.sections[0]!.fields[0]!.options!.map((o) => o.value)).toEqual(['sante', 'construction', 'sante-2'])
    form = removeOption(form, 'secteur', 'sante-2')
    expect(form.sections[0]!.fields[0]!.options!.map((o) => o.value)).toEqual(['sante', 'construction'])
  })
})

describe('sections', () => {
  it('are added, renamed, moved and removed with their fields', () => {
    let form = addSection(sample(), t('Profil'))
    expect(form.sections.at(-1)!.id).toBe('profil-2')
    form = renameSection(form, 'profil-2', t('Disponibilités'))
    expect(form.sections.at(-1)!.title.fr).toBe('Disponibilités')
    expect(form.sections.at(-1)!.id).toBe('profil-2')
    form = moveSection(form, 'profil-2', -1)
    expect(form.sections.map((s) => s.id)).toEqual(['profil', 'profil-2', 'attentes'])
    form = removeSection(form, 'profil')
    expect(order(form)).toEqual(['profil-2:', 'attentes:attentes-texte'])
  })
})

describe('move and say', () => {
  it('move leaves a list alone when the move would leave it', () => {
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b'])
    expect(move(['a', 'b'], 0, 1)).toEqual(['b', 'a'])
    expect(move(['a', 'b'], -1, 1)).toEqual(['a', 'b'])
  })

  it('say picks the reader’s language, else French', () => {
    expect(say({ fr: 'Secteur', en: '', nl: 'Sector' }, 'en')).toBe('Secteur')
    expect(say({ fr: 'Secteur', en: 'Sector', nl: 'Sector' }, 'en')).toBe('Sector')
    expect(say(undefined, 'fr')).toBe('')
  })
})
