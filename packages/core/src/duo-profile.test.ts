import { describe, expect, it } from 'vitest'
import { menteeProfileSheet } from './duo-profile'
import type { Person } from './people'
import type { IntakeForm } from './rules/forms'

const l = (fr: string, en = fr, nl = fr) => ({ fr, en, nl })
const form: IntakeForm = {
  sections: [
    {
      id: 'path', title: l('Parcours', 'Background', 'Achtergrond'), fields: [
        { id: 'sector', kind: 'single-choice', label: l('Secteur recherché', 'Sector sought'), required: true, visibility: 'proposal', options: [{ value: 'logistics', label: l('Logistique', 'Logistics', 'Logistiek') }] },
        { id: 'languages', kind: 'languages', label: l('Langues parlées', 'Languages spoken'), required: false, visibility: 'partner' },
        { id: 'driving', kind: 'yes-no', label: l('Permis B'), required: false, visibility: 'proposal' },
        { id: 'situation', kind: 'long-text', label: l('Situation de séjour'), required: false, visibility: 'staff' },
        { id: 'empty', kind: 'short-text', label: l('Vide'), required: false, visibility: 'proposal' },
      ],
    },
  ],
}
const amina = {
  id: 'e1', firstName: 'Amina', lastName: 'Diallo', email: 'amina@exemple.be', phone: '+32 485 98 76 54', birthDate: '1992-06-15',
  facets: { locality: 'Schaerbeek' },
  answers: { sector: 'logistics', languages: [{ code: 'fr', level: 'B2' }, { code: 'ar', level: 'native' }], driving: true, situation: 'Demandeuse d’asile', empty: '' },
} as unknown as Person

describe('the mentee profile sheet', () => {
  it('shows only what the programme lets the other side of a proposal see, in the reader’s words', () => {
    const sheet = menteeProfileSheet(amina, form, 'fr', '2027-01-04')
    expect(sheet).toEqual({
      firstName: 'Amina', age: 34, locality: 'Schaerbeek',
      answers: [
        { section: 'Parcours', question: 'Secteur recherché', answer: 'Logistique' },
        { section: 'Parcours', question: 'Langues parlées', answer: 'français (B2), arabe (langue maternelle)' },
        { section: 'Parcours', question: 'Permis B', answer: 'oui' },
      ],
    })
    expect(JSON.stringify(sheet)).not.toMatch(/Diallo|amina@|485|asile/)
    expect(menteeProfileSheet(amina, form, 'en', '2027-01-04').answers[0]).toEqual({ section: 'Background', question: 'Sector sought', answer: 'Logistics' })
  })
})
