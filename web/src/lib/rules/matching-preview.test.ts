/**
 * The criteria preview: a programme's criteria fed from its form fields, run by the matching engine on a few
 * people, rank the pairs — and moving a weight moves the ranking.
 */
import { describe, expect, it } from 'vitest'
import type { CriterionConfig, Person } from '@binome/contracts'
import { engineInput, rankPairs } from './matching-preview'
import { pickSamples, samplePerson, type SamplePerson } from './samples'

const text = (fr: string) => ({ fr, en: fr, nl: fr })
const places: Record<string, { lat: number; lon: number }> = {
  Bruxelles: { lat: 50.85, lon: 4.35 },
  Ixelles: { lat: 50.83, lon: 4.37 },
  Liège: { lat: 50.63, lon: 5.57 },
}
const locate = (name: string) => places[name]
const today = new Date('2026-11-30T12:00:00Z')

const criteria: CriterionConfig[] = [
  { id: 'geo', kind: 'geo', label: text('Distance'), weight: 5, mandatory: true, maxKm: 150, menteeField: 'commune', mentorField: 'lieu' },
  { id: 'sector', kind: 'categorical', label: text('Secteur'), weight: 5, mandatory: false, menteeField: 'secteur', mentorField: 'secteur' },
  { id: 'langs', kind: 'overlap', label: text('Langues'), weight: 2, mandatory: false, menteeField: 'langues', mentorField: 'langues' },
  { id: 'age', kind: 'numeric', label: text('Âge'), weight: 1, mandatory: false, menteeField: 'birthDate', mentorField: 'birthDate', direction: 'mentor-older' },
  { id: 'hopes', kind: 'text', label: text('Attentes'), weight: 1, mandatory: false, menteeField: 'attentes', mentorField: 'apport' },
]

const mentees: SamplePerson[] = [
  { id: 'e1', name: 'Amina', birthDate: '1995-06-01', answers: { commune: 'Bruxelles', secteur: 'sante', langues: [{ code: 'fr', level: 'B2' }, { code: 'ar', level: 'native' }], attentes: 'trouver un emploi en hôpital' } },
  { id: 'e2', name: 'Bilal', birthDate: '1990-01-01', answers: { commune: 'Liège', secteur: 'construction', langues: [{ code: 'fr', level: 'B1' }] } },
]
const mentors: SamplePerson[] = [
  { id: 'm1', name: 'Claire', birthDate: '1970-03-03', answers: { lieu: 'Ixelles', secteur: 'construction', langues: ['fr'], apport: 'emploi hôpital réseau' } },
  { id: 'm2', name: 'Dirk', birthYear: 1965, answers: { lieu: 'Liège', secteur: 'sante', langues: ['fr', 'ar'] } },
]

describe('the engine’s input', () => {
  it('reads each criterion’s own field on each side: languages by code, the birth date as an age, the place through the gazetteer', () => {
    const { input, unknownLocalities } = engineInput(criteria, mentees, mentors, locate, today)
    expect(unknownLocalities).toEqual([])
    expect(input.criteria.map((c) => `${c.id}:${c.kind}`)).toEqual(['geo:geo', 'sector:categorical', 'langs:overlap', 'age:numeric', 'hopes:text'])
    expect(input.criteria[4]).toMatchObject({ field: 'attentes', mentorField: 'apport' })
    const amina = input.mentees.find((p) => p.id === 'e1')!
    expect(amina).toMatchObject({ location: places.Bruxelles, locality: 'Bruxelles', values: { secteur: 'sante', langues: ['fr', 'ar'], birthDate: 31, attentes: 'trouver un emploi en hôpital' } })
    const dirk = input.mentors.find((p) => p.id === 'm2')!
    expect(dirk).toMatchObject({ location: places['Liège'], values: { secteur: 'sante', langues: ['fr', 'ar'], birthDate: 61 }, capacity: 1 })
  })

  it('reports the places the gazetteer does not know', () => {
    const lost = [{ ...mentees[0]!, answers: { ...mentees[0]!.answers, commune: 'Atlantis' } }]
    expect(engineInput(criteria, lost, mentors, locate, today).unknownLocalities).toEqual(['Atlantis'])
  })
})

describe('ranking the sample pairs', () => {
  it('ranks every pair, best first, marks the suggested ones and rules out pairs failing a mandatory criterion', () => {
    const result = rankPairs(criteria, mentees, mentors, locate, today)
    expect(result.pairs).toHaveLength(4)
    const ranked = result.pairs.filter((p) => p.rank !== null)
    expect(ranked.map((p) => p.rank)).toEqual(ranked.map((_p, i) => i + 1))
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score!).toBeGreaterThanOrEqual(ranked[i]!.score!)
    expect(result.pairs.filter((p) => p.suggested)).toHaveLength(2)
    // Under a 20 km limit Bilal (Liège) and Claire (Ixelles) are ruled out, and Amina–Dirk too.
    const near = criteria.map((c) => (c.kind === 'geo' ? { ...c, maxKm: 20 } : c))
    const excluded = rankPairs(near, mentees, mentors, locate, today).pairs.filter((p) => p.score === null).map((p) => `${p.menteeId}-${p.mentorId}`)
    expect(excluded.sort()).toEqual(['e1-m2', 'e2-m1'])
  })

  it('moves when a weight moves: distance first puts Amina with Claire (Ixelles) first, sector first with Dirk', () => {
    const pair = (r: ReturnType<typeof rankPairs>) => `${r.pairs[0]!.menteeId}-${r.pairs[0]!.mentorId}`
    const byDistance = criteria.map((c) => ({ ...c, weight: c.id === 'geo' ? 10 : c.id === 'sector' ? 0 : c.weight }))
    const bySector = criteria.map((c) => ({ ...c, weight: c.id === 'geo' ? 0 : c.id === 'sector' ? 10 : c.weight }))
    expect(pair(rankPairs(byDistance, mentees, mentors, locate, today))).toBe('e1-m1')
    expect(pair(rankPairs(bySector, mentees, mentors, locate, today))).toBe('e1-m2')
  })
})

describe('sample people', () => {
  const person = (over: Partial<Person> & Record<string, unknown>): Person =>
    ({ id: 'p', firstName: 'Ana', lastName: 'B', stage: 'ready', kind: 'mentee', answers: {}, ...over }) as unknown as Person

  it('read a person’s identity, answers and birth date', () => {
    expect(samplePerson(person({ answers: { commune: 'Namur' }, birthDate: '1990-02-03' }))).toEqual({ id: 'p', name: 'Ana B', answers: { commune: 'Namur' }, birthDate: '1990-02-03' })
  })

  it('are a few people still in the programme, in name order', () => {
    const people = [
      person({ id: '1', firstName: 'Zoé' }),
      person({ id: '2', firstName: 'Adam' }),
      person({ id: '3', firstName: 'Bea', stage: 'refused' }),
      person({ id: '4', firstName: 'Carl' }),
    ]
    expect(pickSamples(people, 2).map((p) => p.id)).toEqual(['2', '4'])
  })
})
