import type { LocalizedText } from '../forms'
import type { ProgrammeRules } from '../programme-rules'
import { blankRules } from './blank'
import { t } from './common'
import { caiDuoN2waRules } from './cai-duo-n2wa'
import { mentoringBelgiumRules } from './mentoring-belgium'
import { plsMentorYouRules } from './pls-mentoryou'

export { blankRules } from './blank'
export { standardEmail } from './emails'
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

/** Pure data without undefined, dates or functions: a JSON round trip is a faithful deep copy. */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

/**
 * A methodology whose `rules` are read as a fresh copy each time, so that a programme changing the rules it started
 * from can never change the methodology (nor another programme started from it).
 *
 * Marked without side effects for bundlers (and each `t` call of the list below marked pure: esbuild does not carry
 * the mark across modules there), so that a function that only reads a standard e-mail (standardEmail, re-exported
 * here) does not keep the three methodologies' rules (~75 KB of minified code) in its bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
function methodology(m: Methodology): Methodology {
  const { rules, ...rest } = m
  return Object.freeze({ ...rest, get rules() { return copy(rules) } })
}

/** The three built-in methodologies, encoded from the seeds. */
export const methodologies: readonly Methodology[] = [
  methodology({
    id: 'pls-mentoryou',
    name: /* @__PURE__ */ t('Pour la Solidarité — MentorYou', 'Pour la Solidarité — MentorYou', 'Pour la Solidarité — MentorYou'),
    source: 'seeds 000, 001, 004 (Pour la Solidarité: MentorYou / MentorU)',
    description: /* @__PURE__ */ t(
      'Mentorat vers l’emploi de chercheur·euse·s d’emploi étranger·ère·s ou d’origine étrangère par des professionnel·le·s actif·ve·s : 6 mois, 2 rencontres par mois sur le lieu de travail du mentor, huit critères de matching dont l’accessibilité géographique obligatoire, atelier interculturel avant le matching, suivi toutes les 6 semaines, contrat d’engagement tripartite.',
      'Employment mentoring of foreign or foreign-born job seekers by working professionals: 6 months, 2 meetings a month at the mentor’s workplace, eight matching criteria with geographic accessibility mandatory, an intercultural workshop before matching, a check-in every 6 weeks, a tripartite engagement contract.',
      'Mentoring naar werk voor werkzoekenden van buitenlandse nationaliteit of herkomst door actieve professionals: 6 maanden, 2 ontmoetingen per maand op de werkplek van de mentor, acht matchingcriteria waarvan geografische bereikbaarheid verplicht, een interculturele workshop vóór de matching, opvolging om de 6 weken, een driepartijenovereenkomst.',
    ),
    rules: plsMentorYouRules,
  }),
  methodology({
    id: 'cai-duo-n2wa',
    name: /* @__PURE__ */ t('CAI — Duo N2WA', 'CAI — Duo N2WA', 'CAI — Duo N2WA'),
    source: 'seed 002 (Centre d’Action Interculturelle: Duo N2WA methodology sheet)',
    description: /* @__PURE__ */ t(
      'Mentorat professionnel et interculturel de personnes ayant le statut de demandeur·euse d’asile par des travailleur·euse·s expérimenté·e·s et volontaires : découvrir un métier et les codes d’un secteur, se constituer un réseau. 6 mois au plus, 2 rencontres par mois, convention de mentorat signée par les trois parties à la première rencontre du Duo, méthode interculturelle, suivi après le Duo.',
      'Professional and intercultural mentoring of people with asylum-seeker status by experienced volunteer workers: discovering a trade and a sector’s codes, building a network. At most 6 months, 2 meetings a month, a mentoring agreement signed by the three parties at the duo’s first meeting, an intercultural method, follow-up after the duo.',
      'Professionele en interculturele mentoring van personen met het statuut van asielzoeker door ervaren vrijwillige werknemers: een beroep en de codes van een sector ontdekken, een netwerk opbouwen. Hoogstens 6 maanden, 2 ontmoetingen per maand, een mentoringovereenkomst die de drie partijen bij de eerste ontmoeting van het duo ondertekenen, een interculturele methode, opvolging na het duo.',
    ),
    rules: caiDuoN2waRules,
  }),
  methodology({
    id: 'mentoring-belgium-baseline',
    name: /* @__PURE__ */ t('Mentoring Belgium — socle qualité', 'Mentoring Belgium quality baseline', 'Mentoring Belgium — kwaliteitsbasis'),
    source: 'seed 003 (Mentoring Belgium position paper: quality criteria for employment mentoring)',
    description: /* @__PURE__ */ t(
      'Les critères de qualité de Mentoring Belgium comme point de départ : séance d’information et entretien personnel pour chaque partie, formation des mentors avant le début, matching par l’équipe sur des critères clairs, première rencontre dans un lieu neutre en présence de l’équipe, accord avec charte éthique, au moins 6 mois et 2 contacts par mois, suivi par un·e salarié·e, dernière rencontre et évaluation.',
      'Mentoring Belgium’s quality criteria as a starting point: an information session and a personal interview for each side, mentor training before the start, matching by staff on clear criteria, a first meeting on neutral ground with staff present, an agreement with an ethics charter, at least 6 months and 2 contacts a month, a staff member following each duo, an end meeting and an evaluation.',
      'De kwaliteitscriteria van Mentoring Belgium als vertrekpunt: een infosessie en een persoonlijk gesprek voor elke partij, opleiding van mentors vóór de start, matching door het team op duidelijke criteria, een eerste ontmoeting op neutraal terrein met het team erbij, een overeenkomst met ethisch charter, minstens 6 maanden en 2 contacten per maand, opvolging door een vaste medewerker, een laatste ontmoeting en een evaluatie.',
    ),
    rules: mentoringBelgiumRules,
  }),
]

/**
 * A fresh copy of a methodology's rules, for a new programme; undefined for an unknown id.
 *
 * @example
 * methodologyRules('pls-mentoryou')?.cadences.checkInEveryWeeks // 6
 */
export function methodologyRules(id: string): ProgrammeRules | undefined {
  return methodologies.find((x) => x.id === id)?.rules
}

/**
 * A fresh copy of a methodology's rules; undefined for an unknown id.
 *
 * @example
 * templateRules('pls-mentoryou')?.criteria.length // 8
 */
export function templateRules(templateId: string): ProgrammeRules | undefined {
  return methodologyRules(templateId)
}

/**
 * Rules with nothing configured but the usual cadences, the standard outcomes and the e-mails.
 *
 * @example
 * blankProgrammeRules().criteria // []
 */
export function blankProgrammeRules(): ProgrammeRules {
  return blankRules()
}
