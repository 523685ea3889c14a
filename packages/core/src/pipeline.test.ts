import { describe, expect, it } from 'vitest'
import { moveStage, personLifecycle, stageEventsFor, unmetBlockingItems, type Interview } from './pipeline'
import { personChanges } from './timeline'
import { personFacets, searchable, sectorLabels, type Person } from './people'
import type { EligibilityItem } from './rules/programme-rules'
import type { IntakeForm } from './rules/forms'

const t = (fr: string) => ({ fr, en: fr, nl: fr })
const eligibility: EligibilityItem[] = [
  { id: 'permit', side: 'mentee', label: t('Permis de travail'), blocking: true },
  { id: 'project', side: 'mentee', label: t('Projet professionnel'), blocking: false },
  { id: 'active', side: 'mentor', label: t('Professionnellement actif'), blocking: true },
]
const interview = (met: string[]): Interview => ({
  heldOn: '2026-11-02', interviewer: 'u1', durationMinutes: 60, commitsToDuration: true, commitsToFrequency: true,
  expectations: '', notes: '', checks: eligibility.map((e) => ({ itemId: e.id, met: met.includes(e.id) })),
})
const ctx = (over: Partial<Parameters<typeof moveStage>[2]> = {}) => ({
  side: 'mentee' as const, now: '2026-11-30T10:00:00.000Z', by: 'u1', eligibility, trainingRequired: true, ...over,
})

describe('the pipeline', () => {
  it('is a transition table: a step the table does not allow is a 409 naming the stage', () => {
    expect(personLifecycle.next('applied', 'inform')).toBe('informed')
    expect(() => moveStage('applied', 'accept', ctx())).toThrow(expect.objectContaining({ reason: 'wrong-state', status: 409 }))
    expect(() => moveStage('ready', 'ready', ctx())).toThrow(expect.objectContaining({ reason: 'wrong-state' }))
  })

  it('accepts only after an interview whose blocking items of the side are met (advisory items may be unmet)', () => {
    expect(() => moveStage('interviewed', 'accept', ctx())).toThrow(expect.objectContaining({ reason: 'interview-required' }))
    expect(() => moveStage('interviewed', 'accept', ctx({ interview: interview(['project']) })))
      .toThrow(expect.objectContaining({ reason: 'eligibility-not-met', values: { count: 1 } }))
    // The mentor's blocking item does not concern a mentee.
    expect(moveStage('interviewed', 'accept', ctx({ interview: interview(['permit']) }))).toEqual({
      stage: 'accepted', decision: { outcome: 'accepted', at: '2026-11-30T10:00:00.000Z', by: 'u1' },
    })
    expect(unmetBlockingItems(eligibility, 'mentor', interview(['permit']).checks).map((i) => i.id)).toEqual(['active'])
  })

  it('a refusal needs its reason; only a mentee is referred on', () => {
    expect(() => moveStage('interviewed', 'refuse', ctx({ reason: ' ' }))).toThrow(expect.objectContaining({ reason: 'validation' }))
    expect(moveStage('interviewed', 'refuse', ctx({ reason: 'Pas de permis', referredTo: 'actiris' })).decision)
      .toMatchObject({ outcome: 'refused', reason: 'Pas de permis', referredTo: 'actiris' })
    expect(() => moveStage('interviewed', 'refuse', ctx({ side: 'mentor', reason: 'x', referredTo: 'actiris' })))
      .toThrow(expect.objectContaining({ reason: 'validation' }))
  })

  it('trains mentors only, and keeps an untrained mentor from matching when the programme requires the training', () => {
    expect(() => moveStage('accepted', 'train', ctx())).toThrow(expect.objectContaining({ reason: 'mentors-only' }))
    expect(() => moveStage('accepted', 'ready', ctx({ side: 'mentor' }))).toThrow(expect.objectContaining({ reason: 'training-required' }))
    expect(moveStage('accepted', 'ready', ctx({ side: 'mentor', trainingRequired: false })).stage).toBe('ready')
    expect(moveStage('trained', 'ready', ctx({ side: 'mentor' })).stage).toBe('ready')
    expect(moveStage('accepted', 'ready', ctx()).stage).toBe('ready')
  })

  it('offers the steps a screen shows, without training for mentees or matching (which the matching stage does)', () => {
    expect(stageEventsFor('accepted', 'mentee')).toEqual(['refuse', 'ready', 'close'])
    expect(stageEventsFor('accepted', 'mentor')).toEqual(['refuse', 'train', 'ready', 'close'])
    expect(stageEventsFor('ready', 'mentee')).toEqual(['refuse', 'close'])
  })
})

describe('timeline and list facets', () => {
  const form: IntakeForm = { sections: [{ id: 's', title: t('S'), fields: [
    { id: 'commune', kind: 'locality', label: t('Commune'), required: true, visibility: 'staff' },
    { id: 'sector', kind: 'single-choice', label: t('Secteur'), required: true, visibility: 'staff', options: [] },
    { id: 'langs', kind: 'languages', label: t('Langues'), required: false, visibility: 'staff' },
  ] }] }

  it('reads the locality, sector and languages from the answers, whatever the field ids', () => {
    expect(personFacets({ commune: 'Schaerbeek', sector: 'it', langs: [{ code: 'ar', level: 'native' }, { code: 'fr', level: 'B1' }] }, form))
      .toEqual({ locality: 'Schaerbeek', sector: 'it', languages: ['ar', 'fr'] })
    expect(personFacets({}, form)).toEqual({})
  })

  it('labels the sector facet’s values from the forms, the first form’s label of a value winning', () => {
    const sectors = (id: string, options: [string, string][]): IntakeForm => ({ sections: [{ id: 's', title: t('S'), fields: [
      { id, kind: 'single-choice', label: t('Secteur'), required: true, visibility: 'staff', options: options.map(([value, fr]) => ({ value, label: t(fr) })) },
    ] }] })
    const mentee = sectors('sector', [['it', 'Informatique'], ['care', 'Soins']])
    const mentor = sectors('job-sector', [['it', 'IT (mentors)'], ['finance', 'Banque']])
    expect(Object.fromEntries(Object.entries(sectorLabels([mentee, mentor])).map(([k, v]) => [k, v.fr])))
      .toEqual({ it: 'Informatique', care: 'Soins', finance: 'Banque' })
    expect(sectorLabels([form])).toEqual({})
  })

  it('compares names without accents, case or punctuation', () => {
    expect(searchable('  Élodie  Van-Den BROECK ')).toBe('elodie van-den broeck')
    expect(searchable('N’Diaye, Aïssatou')).toBe('n diaye aissatou')
  })

  it('lists the fields an edit changed, with the values before and after', () => {
    const before = { firstName: 'A', lastName: 'B', email: 'a@b.be', birthDate: '1990-01-01', answers: { x: 1, y: 'z' } } as unknown as Person
    const after = { ...before, phone: '+32 2 555 00 00', answers: { x: 2 } } as Person
    expect(personChanges(before, after)).toEqual([
      { field: 'phone', after: '+32 2 555 00 00' }, { field: 'answers.x', before: 1, after: 2 }, { field: 'answers.y', before: 'z' },
    ])
    expect(personChanges(before, before)).toEqual([])
  })
})
