import type { ContributionFact, MatchingContribution } from '@binome/contracts'
import { formatNumber } from './format'

/** The catalogue lookup (the i18n store's `$_`), handed in so this module stays free of stores and the DOM. */
export type Translate = (key: string, options?: { values?: Record<string, string | number>; default?: string }) => string

/**
 * A criterion's name in the reader's language: the catalogue's for the known criteria, else the programme's label.
 *
 * @example criterionName(t, { criterion: 'geo', label: 'Accessibilité géographique' }) // 'Geographic accessibility' in English
 */
export function criterionName(t: Translate, part: Pick<MatchingContribution, 'criterion' | 'label'>): string {
  return t(`matching.criteria.${part.criterion}`, { default: part.label })
}

/**
 * What a criterion found for a pair, said in the reader's language from the engine's language-free finding.
 *
 * @example describeFact(t, { kind: 'distance', km: 7.9, maxKm: 25 }, 'fr') // '7,9 km'
 */
export function describeFact(t: Translate, fact: ContributionFact, locale: string | null | undefined): string {
  const n = (x: number) => formatNumber(x, locale, 1)
  switch (fact.kind) {
    case 'distance':
      return fact.km <= fact.maxKm
        ? t('matching.facts.distance', { values: { km: n(fact.km) } })
        : t('matching.facts.distanceBeyond', { values: { km: n(fact.km), maxKm: n(fact.maxKm) } })
    case 'unknown-locality':
      return t('matching.facts.unknownLocality')
    case 'not-given':
      return t('matching.facts.notGiven')
    case 'same':
      return t('matching.facts.same', { values: { value: fact.value } })
    case 'related':
      return t('matching.facts.related', { values: { mentee: fact.mentee, mentor: fact.mentor } })
    case 'different':
      return t('matching.facts.different', { values: { mentee: fact.mentee, mentor: fact.mentor } })
    case 'common':
      return fact.values.length === 0
        ? t('matching.facts.noneInCommon')
        : t('matching.facts.common', { values: { values: fact.values.join(', ') } })
    case 'difference':
      return t('matching.facts.difference', { values: { value: n(fact.value) } })
    case 'direction-not-met':
      return t('matching.facts.directionNotMet', { values: { mentee: n(fact.mentee), mentor: n(fact.mentor) } })
    case 'shared-terms':
      return t('matching.facts.sharedTerms', { values: { count: fact.terms.length } })
  }
}
