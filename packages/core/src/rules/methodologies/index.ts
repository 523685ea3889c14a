import type { LocalizedText } from '../forms'
import type { ProgrammeRules } from '../programme-rules'
import { t } from './common'
import { plsMentorYouRules } from './pls-mentoryou'

export { blankRules } from './blank'
export { choiceValueOf, functionAliases, languageCodeOf, languageCodes } from './legacy'

/** A built-in methodology a programme can start from (seed 000: the trainer transfers a method to a partner). */
export interface Methodology {
  id: string
  name: LocalizedText
  /** Which source documents it encodes. */
  source: string
  description: LocalizedText
  rules: ProgrammeRules
}

/**
 * The three built-in methodologies, encoded from the seeds. Their `rules` are shared constants: start a programme
 * from {@link methodologyRules}, which hands out a copy the programme may change.
 */
export const methodologies: readonly Methodology[] = [
  {
    id: 'pls-mentoryou',
    name: t('Pour la Solidarité — MentorYou', 'Pour la Solidarité — MentorYou', 'Pour la Solidarité — MentorYou'),
    source: 'seeds 000, 001, 004 (Pour la Solidarité: MentorYou / MentorU)',
    description: t(
      'Mentorat vers l’emploi de chercheur·euse·s d’emploi étranger·ère·s ou d’origine étrangère par des professionnel·le·s actif·ve·s : 6 mois, 2 rencontres par mois sur le lieu de travail du mentor, huit critères de matching dont l’accessibilité géographique obligatoire, atelier interculturel avant le matching, suivi toutes les 6 semaines, contrat d’engagement tripartite.',
      'Employment mentoring of foreign or foreign-born job seekers by working professionals: 6 months, 2 meetings a month at the mentor’s workplace, eight matching criteria with geographic accessibility mandatory, an intercultural workshop before matching, a check-in every 6 weeks, a tripartite engagement contract.',
      'Mentoring naar werk voor werkzoekenden van buitenlandse nationaliteit of herkomst door actieve professionals: 6 maanden, 2 ontmoetingen per maand op de werkplek van de mentor, acht matchingcriteria waarvan geografische bereikbaarheid verplicht, een interculturele workshop vóór de matching, opvolging om de 6 weken, een driepartijenovereenkomst.',
    ),
    rules: plsMentorYouRules,
  },
]

/**
 * A fresh copy of a methodology's rules, for a new programme; undefined for an unknown id.
 *
 * @example
 * methodologyRules('pls-mentoryou')?.cadences.checkInEveryWeeks // 6
 */
export function methodologyRules(id: string): ProgrammeRules | undefined {
  const m = methodologies.find((x) => x.id === id)
  // Pure data without undefined, dates or functions: a JSON round trip is a faithful deep copy.
  return m ? (JSON.parse(JSON.stringify(m.rules)) as ProgrammeRules) : undefined
}
