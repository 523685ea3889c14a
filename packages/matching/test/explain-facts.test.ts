import { describe, expect, it } from 'vitest'
import { runMatching, type Criterion } from '../src/index'

const criteria: Criterion[] = [
  { id: 'geo', kind: 'geo', weight: 10, mandatory: true, maxKm: 20 },
  { id: 'sector', kind: 'categorical', field: 'sector', weight: 5, similarity: { it: { telecom: 0.5 } } },
  { id: 'languages', kind: 'overlap', field: 'languages', weight: 5 },
  { id: 'age', kind: 'numeric', field: 'age', weight: 2, direction: 'mentor-older', tolerance: 30 },
  { id: 'expectations', kind: 'text', menteeText: 'expectations', weight: 3 },
]

describe('explanations as data', () => {
  it('give each criterion’s finding language-free, alongside the English detail', () => {
    const result = runMatching({
      criteria,
      mentees: [{ id: 'e1', location: { lat: 50.85, lon: 4.35 }, sector: 'it', languages: ['français', 'arabe'], age: 30, texts: { expectations: 'trouver un emploi en informatique' } }],
      mentors: [{ id: 'm1', location: { lat: 50.85, lon: 4.45 }, sector: 'telecom', languages: ['arabe'], age: 50, texts: { expectations: 'aider en informatique' } }],
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
      mentees: [{ id: 'e1', age: 50 }],
      mentors: [{ id: 'm1', age: 30 }],
    })
    const alt = result.alternatives.e1?.[0] ?? result.assignments[0]
    expect(alt?.contributions[0]?.fact).toEqual({ kind: 'direction-not-met', mentee: 50, mentor: 30 })
  })
})
