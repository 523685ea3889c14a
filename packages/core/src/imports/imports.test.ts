import { describe, expect, it } from 'vitest'
import type { IntakeForm } from '../rules/forms'
import { parseLanguages, parseSheetDate, readCell } from './cells'
import { checkImportRows, mappingIssues, type DraftCheck, type RowDraft } from './check'
import { normaliseLabel, proposeMapping, uniqueHeaders } from './mapping'

const t = (fr: string, en: string, nl: string) => ({ fr, en, nl })
const form: IntakeForm = {
  sections: [{
    id: 'profile', title: t('Profil', 'Profile', 'Profiel'), fields: [
      { id: 'locality', kind: 'locality', label: t('Commune de domicile', 'Home municipality', 'Woongemeente'), required: true, visibility: 'staff' },
      {
        id: 'sector', kind: 'single-choice', label: t('Secteur d’activités visé', 'Target sector', 'Beoogde sector'), required: true, visibility: 'staff',
        options: [{ value: 'IT', label: t('Informatique', 'IT', 'Informatica') }, { value: 'healthcare', label: t('Santé', 'Healthcare', 'Gezondheidszorg') }],
      },
      {
        id: 'mobility', kind: 'multiple-choice', label: t('Moyens de déplacement', 'Means of transport', 'Vervoermiddelen'), required: false, visibility: 'staff',
        options: [{ value: 'car', label: t('Voiture', 'Car', 'Auto') }, { value: 'bicycle', label: t('Vélo', 'Bicycle', 'Fiets') }],
      },
      { id: 'workPermit', kind: 'yes-no', label: t('Permis de travail', 'Work permit', 'Arbeidskaart'), required: true, visibility: 'staff' },
      { id: 'arrivalYear', kind: 'number', label: t('Année d’arrivée', 'Year of arrival', 'Jaar van aankomst'), required: false, visibility: 'staff' },
      { id: 'languages', kind: 'languages', label: t('Langues parlées', 'Languages spoken', 'Gesproken talen'), required: false, visibility: 'staff' },
    ],
  }],
}

describe('proposing a mapping', () => {
  it('matches headers to identity and form fields by id or label in fr/en/nl, accents and case ignored', () => {
    const headers = ['PRÉNOM', 'Nom de famille', 'Courriel', 'GSM', 'Né le', 'woongemeente', 'Target sector', 'sector', 'Remarques', 'Vervoermiddelen']
    expect(proposeMapping(headers, form)).toEqual({
      PRÉNOM: 'firstName', 'Nom de famille': 'lastName', Courriel: 'email', GSM: 'phone', 'Né le': 'birthDate',
      woongemeente: 'locality', 'Target sector': 'sector',
      // A field is filled by one column at most: the first that names it.
      sector: null,
      Remarques: null, Vervoermiddelen: 'mobility',
    })
    expect(normaliseLabel('  Secteur d’activités  visé ')).toBe('secteur d activites vise')
  })

  it('names blank and repeated headers so that each column has its own key', () => {
    expect(uniqueHeaders([' Nom ', '', 'Nom', 'Nom'])).toEqual(['Nom', '#2', 'Nom (2)', 'Nom (3)'])
  })

  it('refuses a mapping to a column the file lacks, a field the form lacks, or one field twice', () => {
    const issues = mappingIssues({ Nom: 'lastName', Naam: 'lastName', Autre: 'shoeSize', Fantôme: 'email' }, ['Nom', 'Naam', 'Autre'], form)
    expect(issues.map((i) => [i.path, i.reason])).toEqual([
      ['mapping.Naam', 'invalid'], ['mapping.Autre', 'not-a-choice'], ['mapping.Fantôme', 'unknown-field'],
    ])
    expect(mappingIssues({ Nom: 'lastName', Remarques: null }, ['Nom', 'Remarques'], form)).toEqual([])
  })
})

describe('reading cells', () => {
  it('reads Excel serial dates, dd/mm/yyyy and ISO dates, and refuses days that do not exist', () => {
    expect(parseSheetDate(33039)).toBe('1990-06-15')
    expect(parseSheetDate('33039')).toBe('1990-06-15')
    expect(parseSheetDate('15/06/1990')).toBe('1990-06-15')
    expect(parseSheetDate('5.6.1990')).toBe('1990-06-05')
    expect(parseSheetDate('1990-06-15')).toBe('1990-06-15')
    expect(parseSheetDate('31/02/1990')).toBeUndefined()
    expect(parseSheetDate('06/15/1990')).toBeUndefined()
    expect(parseSheetDate('hier')).toBeUndefined()
    // Too large to be a day of 1900–2100: a phone number or a postcode typed in the wrong column.
    expect(parseSheetDate(470123456)).toBeUndefined()
  })

  it('reads choices by value or by label in any language, yes/no in three languages, Belgian numbers, languages', () => {
    const sector = form.sections[0]!.fields[1]!
    const mobility = form.sections[0]!.fields[2]!
    expect(readCell(sector, 'sante')).toEqual({ value: 'healthcare' })
    expect(readCell(sector, 'Informatica')).toEqual({ value: 'IT' })
    expect(readCell(sector, 'IT')).toEqual({ value: 'IT' })
    expect(readCell(sector, 'Astronautique')).toMatchObject({ problem: 'not-a-choice' })
    expect(readCell(mobility, 'Vélo; voiture')).toEqual({ value: ['bicycle', 'car'] })
    expect(readCell(mobility, 'Vélo, trottinette')).toMatchObject({ problem: 'not-a-choice' })
    expect(readCell({ kind: 'yes-no' }, 'Oui')).toEqual({ value: true })
    expect(readCell({ kind: 'yes-no' }, 'nee')).toEqual({ value: false })
    expect(readCell({ kind: 'yes-no' }, 'peut-être')).toMatchObject({ problem: 'bad-format' })
    expect(readCell({ kind: 'number' }, '1 234,5')).toEqual({ value: 1234.5 })
    expect(readCell({ kind: 'number' }, 'deux')).toMatchObject({ problem: 'not-a-number' })
    expect(parseLanguages('fr C2; ti natif, nl:B1')).toEqual([
      { code: 'fr', level: 'C2' }, { code: 'ti', level: 'native' }, { code: 'nl', level: 'B1' },
    ])
    expect(parseLanguages('klingon C2')).toBeUndefined()
  })
})

describe('checking rows', () => {
  /** Stands for the people routes' schema: names and e-mail required, e-mail lower-cased, a known locality. */
  const check: DraftCheck = (d: RowDraft) => {
    const issues = [
      ...(['firstName', 'lastName', 'email', 'birthDate'] as const).filter((k) => !d[k]).map((k) => ({ path: k, reason: 'required' as const, message: 'is required' })),
      ...(['locality', 'sector', 'workPermit'] as const).filter((k) => d.answers[k] === undefined).map((k) => ({ path: `answers.${k}`, reason: 'required' as const, message: 'is required' })),
      ...(d.answers.locality !== undefined && d.answers.locality !== 'Schaerbeek' ? [{ path: 'answers.locality', reason: 'unknown-locality' as const, message: 'is not a Belgian locality' }] : []),
    ]
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { firstName: d.firstName!, lastName: d.lastName!, email: d.email!.toLowerCase(), birthDate: d.birthDate!, answers: d.answers } }
  }
  const headers = ['Prénom', 'Nom', 'E-mail', 'Date de naissance', 'Commune', 'Secteur', 'Permis de travail']
  const mapping = { Prénom: 'firstName', Nom: 'lastName', 'E-mail': 'email', 'Date de naissance': 'birthDate', Commune: 'locality', Secteur: 'sector', 'Permis de travail': 'workPermit' }
  const row = (line: number, cells: (string | number)[]) => ({ line, cells })

  it('reports each row: missing field, unknown locality, bad date, not a choice, duplicates in the file and in the programme', () => {
    const rows = [
      row(2, ['Amina', 'El Idrissi', 'Amina@Exemple.be', 33039, 'Schaerbeek', 'Santé', 'oui']),
      row(3, ['Hana', '', 'hana@exemple.be', '08/03/1994', 'Schaerbeek', 'IT', 'non']),
      row(5, ['Yonas', 'Tesfaye', 'yonas@exemple.be', '31/02/1990', 'Nulle-Part', 'Astronautique', 'oui']),
      row(6, ['Amina', 'El Idrissi', 'amina@exemple.be', '15/06/1990', 'Schaerbeek', 'Santé', 'oui']),
      row(7, ['Marc', 'Dupont', 'marc@exemple.be', '1970-01-02', 'Schaerbeek', 'IT', 'oui']),
    ]
    const result = checkImportRows({ headers, rows, mapping, form, existingEmails: new Set(['marc@exemple.be']), check })
    expect(result.rows).toEqual([
      { row: 2, status: 'valid', errors: [] },
      { row: 3, status: 'invalid', errors: [{ field: 'lastName', code: 'required', message: 'is required' }] },
      { row: 5, status: 'invalid', errors: [
        { field: 'birthDate', code: 'not-a-date', message: expect.any(String) },
        { field: 'sector', code: 'not-a-choice', message: expect.any(String) },
        { field: 'locality', code: 'unknown-locality', message: 'is not a Belgian locality' },
      ] },
      { row: 6, status: 'duplicate', errors: [{ field: 'email', code: 'duplicate-in-file', message: 'is already on row 2' }] },
      { row: 7, status: 'duplicate', errors: [{ field: 'email', code: 'duplicate-existing', message: expect.any(String) }] },
    ])
    expect(result.counts).toEqual({ rows: 5, valid: 1, invalid: 2, duplicates: 2, written: 0 })
    expect(result.valid).toEqual([{ row: 2, person: {
      firstName: 'Amina', lastName: 'El Idrissi', email: 'amina@exemple.be', birthDate: '1990-06-15',
      answers: { locality: 'Schaerbeek', sector: 'healthcare', workPermit: true },
    } }])
  })

  it('leaves unmapped columns out: a required field nobody maps is missing on every row', () => {
    const { Secteur: _s, ...withoutSector } = mapping
    const rows = [row(2, ['Amina', 'El Idrissi', 'amina@exemple.be', 33039, 'Schaerbeek', 'Santé', 'oui'])]
    const result = checkImportRows({ headers, rows, mapping: { ...withoutSector, Secteur: null }, form, existingEmails: new Set(), check })
    expect(result.rows[0]!.errors).toEqual([{ field: 'sector', code: 'required', message: 'is required' }])
  })
})
