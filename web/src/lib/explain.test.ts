import { describe, expect, it } from 'vitest'
import { criterionName, describeFact, type Translate } from './explain'

/** A catalogue stand-in that shows which key and values were asked for. */
const t: Translate = (key, options) => (options?.values ? `${key}${JSON.stringify(options.values)}` : key)

describe('matching explanations in the reader’s language', () => {
  it('formats distances with the locale and says when they are beyond the limit', () => {
    expect(describeFact(t, { kind: 'distance', km: 7.9, maxKm: 25 }, 'fr')).toBe('matching.facts.distance{"km":"7,9"}')
    expect(describeFact(t, { kind: 'distance', km: 31.25, maxKm: 25 }, 'en')).toBe('matching.facts.distanceBeyond{"km":"31.3","maxKm":"25"}')
  })

  it('distinguishes nothing in common from common values', () => {
    expect(describeFact(t, { kind: 'common', values: [] }, 'fr')).toBe('matching.facts.noneInCommon')
    expect(describeFact(t, { kind: 'common', values: ['arabe', 'français'] }, 'fr')).toBe('matching.facts.common{"values":"arabe, français"}')
  })

  it('counts shared terms rather than showing word stems', () => {
    expect(describeFact(t, { kind: 'shared-terms', terms: ['informat', 'diplom'] }, 'fr')).toBe('matching.facts.sharedTerms{"count":2}')
  })

  it('names known criteria from the catalogue and falls back to the programme’s label', () => {
    const catalogue: Translate = (key, o) => (key === 'matching.criteria.geo' ? 'Geographic accessibility' : (o?.default ?? key))
    expect(criterionName(catalogue, { criterion: 'geo', label: 'Accessibilité géographique' })).toBe('Geographic accessibility')
    expect(criterionName(catalogue, { criterion: 'custom-1', label: 'Disponibilités' })).toBe('Disponibilités')
  })
})
