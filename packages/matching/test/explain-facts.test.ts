import { describe, expect, it } from 'vitest'
import { runMatching, type Criterion } from '../src/index'

const criteria: Criterion[] = [
  { id: 'geo', kind: 'geo', weight: 10, mandatory: true, maxKm: 20 },
  { id: 'sector', kind: 'categorical', field: 'sector', weight: 5, similarity: { it: { telecom: 0.5 } } },
  { id: 'languages', kind: 'overlap', field: 'languages', weight: 5 },
  { id: 'age', kind: 'numeric', field: 'age', weight: 2, direction: 'mentor-older', tolerance: 30 },
  { id: 'expectations', kind: 'text', field: 'expectations', weight: 3 },
]

describe('explanations as data', () => {
  it('give each criterion’s finding language-free, alongside the English detail', () => {
    const result = runMatching({
      criteria,
      mentees: [{ id: 'e1', location: { lat: 50.85, lon: 4.35 }, values: { sector: 'it', languages: ['français', 'arabe'], age: 30, expectations: 'trouver un emploi en informatique' } }],
      mentors: [{ id: 'm1', location: { lat: 50.85, lon: 4.45 }, values: { sector: 'telecom', languages: ['arabe'], age: 50, expectations: 'aider en informatique' } }],
    })
    const facts = Object.fromEntries(result.assignments[0]!.contributions.map((c) => [c.criterion, c.fact]))
    expect(facts.geo).toMatchObject({ kind: 'distance', maxKm: 20 })
    expect((facts.geo as { km: number }).km).toBeCloseTo(7, 0)
    expect(facts.sector).toEqual({ kind: 'related', mentee: 'it', mentor: 'telecom' })
    expect(facts.languages).toEqual({ kind: 'common', values: ['arabe'] })
    expect(facts.age).toEqual({ kind: 'difference', value: 20 })
    expect(facts.expectations).toMatchObject({ kind: 'shared-terms' })
    expect((facts.expectations as { terms: readonly string[] }).terms.length).toBeGreaterThan(0)
  })

  it('say when the direction of a numeric criterion is not met', () => {
    const result = runMatching({
      criteria: [{ id: 'age', kind: 'numeric', field: 'age', weight: 2, direction: 'mentor-older' }],
      mentees: [{ id: 'e1', values: { age: 50 } }],
      mentors: [{ id: 'm1', values: { age: 30 } }],
    })
    const alt = result.alternatives.e1?.[0] ?? result.assignments[0]
    expect(alt?.contributions[0]?.fact).toEqual({ kind: 'direction-not-met', mentee: 50, mentor: 30 })
  })

  it('read any number of criteria from their own keys, each side its own field, a value of another type counting as not given', () => {
    const result = runMatching({
      criteria: [
        { id: 'sector', kind: 'categorical', field: 'sector', weight: 5 },
        { id: 'wished-sector', kind: 'categorical', field: 'wishedSector', mentorField: 'sector', weight: 5 },
        { id: 'hobbies', kind: 'overlap', field: 'hobbies', weight: 1 },
        { id: 'pets', kind: 'overlap', field: 'pets', weight: 1 },
        { id: 'seniority', kind: 'numeric', field: 'years', weight: 1, tolerance: 10 },
        { id: 'story', kind: 'text', field: 'path', mentorField: 'motivation', weight: 1 },
      ],
      mentees: [{ id: 'e1', values: { sector: 'retail', wishedSector: 'it', hobbies: 'chess', pets: ['cat', 'dog'], years: 2, path: 'développeur web autodidacte' } }],
      mentors: [{ id: 'm1', values: { sector: 'it', hobbies: ['chess'], pets: ['dog'], years: '12', motivation: 'aider un développeur web' } }],
    })
    const facts = Object.fromEntries(result.assignments[0]!.contributions.map((c) => [c.criterion, c.fact]))
    expect(facts.sector).toEqual({ kind: 'different', mentee: 'retail', mentor: 'it' })
    expect(facts['wished-sector']).toEqual({ kind: 'same', value: 'it' })
    expect(facts.hobbies).toEqual({ kind: 'common', values: [] })
    expect(facts.pets).toEqual({ kind: 'common', values: ['dog'] })
    expect(facts.seniority).toEqual({ kind: 'not-given' })
    expect((facts.story as { terms: readonly string[] }).terms).toEqual(['developp', 'web'])
  })
})
