/**
 * The evaluation questionnaires (issue 11; seed 003 "fin et évaluation"): one per side, built with the same form
 * builder as intake (rating scales are `number` fields bounded 1–5, choices, free text), kept in the programme's rules
 * (`evaluationForms`) so an answer is read against the version it was sent under. Rules saved before questionnaires
 * existed use {@link defaultEvaluationForm}.
 */
import { dayAfter, daysBetween } from './duo-life/dates'
import type { Evaluation } from './evaluation'
import { evaluationDays } from './evaluation'
import { findField, type Answers, type FormField, type IntakeForm, type LocalizedText } from './rules/forms'
import type { EvaluationMoment, ProgrammeRules } from './rules/programme-rules'

/**
 * The id of the overall-satisfaction question: a rating (number 1–5) that the results read as the duo's satisfaction.
 * A questionnaire marks its overall question by giving it this id (no other flag to keep in step).
 */
export const overallFieldId = 'overall'

/** A rating scale of the questionnaires: 1 (not at all) to 5 (fully). */
export const ratingScale = { min: 1, max: 5 } as const

/** Whether a field is shown as a rating scale: a number bounded 1–5. */
export const isRating = (f: Pick<FormField, 'kind' | 'min' | 'max'>): boolean =>
  f.kind === 'number' && f.min === ratingScale.min && f.max === ratingScale.max

const t = (fr: string, en: string, nl: string): LocalizedText => ({ fr, en, nl })
const rating = (id: string, label: LocalizedText, required = true): FormField =>
  ({ id, kind: 'number', label, required, visibility: 'staff', min: ratingScale.min, max: ratingScale.max })
const text = (id: string, label: LocalizedText): FormField => ({ id, kind: 'long-text', label, required: false, visibility: 'staff' })

/**
 * The standard questionnaire of a side (Mentoring Belgium's end-of-duo evaluation: the relation's effects, the
 * satisfaction with the support, what to improve), in fr/en/nl.
 *
 * @example
 * defaultEvaluationForm('mentee').sections[0]!.fields[0]!.id // 'overall'
 */
export function defaultEvaluationForm(side: 'mentor' | 'mentee'): IntakeForm {
  const effects = side === 'mentee'
    ? [
        rating('goals', t('J’ai avancé vers mes objectifs.', 'I moved towards my goals.', 'Ik ben dichter bij mijn doelen gekomen.')),
        rating('confidence', t('J’ai plus confiance en moi.', 'I am more confident.', 'Ik heb meer zelfvertrouwen.')),
      ]
    : [
        rating('helped', t('J’ai pu aider mon·ma mentee à avancer.', 'I could help my mentee move forward.', 'Ik kon mijn mentee verder helpen.')),
        rating('learned', t('J’ai appris de cette relation.', 'I learned from this relationship.', 'Ik heb geleerd van deze relatie.')),
      ]
  return {
    sections: [
      {
        id: 'satisfaction',
        title: t('Votre avis', 'Your view', 'Uw mening'),
        fields: [
          rating(overallFieldId, t('Dans l’ensemble, êtes-vous satisfait·e du mentorat ?', 'Overall, are you satisfied with the mentoring?', 'Bent u over het geheel tevreden over de mentoring?')),
          ...effects,
          rating('rhythm', t('Le rythme des rencontres était adapté.', 'The pace of the meetings suited us.', 'Het ritme van de ontmoetingen was gepast.')),
          rating('support', t('Le suivi par l’équipe du programme était suffisant.', 'The programme team’s support was enough.', 'De opvolging door het programmateam was voldoende.')),
        ],
      },
      {
        id: 'words',
        title: t('En quelques mots', 'In a few words', 'In een paar woorden'),
        fields: [
          text('best', t('Ce qui vous a le plus apporté', 'What helped you most', 'Wat u het meest heeft opgeleverd')),
          text('improve', t('Ce que nous pourrions améliorer', 'What we could improve', 'Wat we kunnen verbeteren')),
          { id: 'again', kind: 'yes-no', label: side === 'mentor'
            ? t('Souhaitez-vous accompagner un·e autre mentee ?', 'Would you mentor someone again?', 'Wilt u opnieuw een mentee begeleiden?')
            : t('Recommanderiez-vous le mentorat à quelqu’un ?', 'Would you recommend mentoring to someone?', 'Zou u mentoring aanraden?'),
            required: false, visibility: 'staff' },
        ],
      },
    ],
  }
}

/**
 * The questionnaire a side answers under these rules: the programme's own, or the standard one.
 *
 * @example
 * evaluationForm(rules, 'mentor').sections.length // 2
 */
export function evaluationForm(rules: Pick<ProgrammeRules, 'evaluationForms'>, side: 'mentor' | 'mentee'): IntakeForm {
  return rules.evaluationForms?.[side] ?? defaultEvaluationForm(side)
}

/**
 * The overall satisfaction an answered evaluation gave (1–5), if its questionnaire has an overall rating and it was
 * answered.
 *
 * @example
 * overallSatisfaction({ overall: 4 }, defaultEvaluationForm('mentee')) // 4
 */
export function overallSatisfaction(answers: Answers | null, form: IntakeForm): number | undefined {
  const field = findField(form, overallFieldId)
  const value = answers?.[overallFieldId]
  return field && isRating(field) && typeof value === 'number' ? value : undefined
}

/**
 * How many days after its day a moment is still sent: a sweep that did not run, or a duo closed with an end day a few
 * days back, still sends it; a moment older than that (a duo closed long ago, history brought in) is not.
 */
export const evaluationCatchUpDays = 7

/**
 * The moments due on `today` for a duo: their day has come and is at most {@link evaluationCatchUpDays} old. `end`
 * waits for the duo's real end (a running duo's planned end may move).
 *
 * @example
 * dueMoments({ state: 'closed', startedAt, plannedEndAt, endedAt: '2027-07-10T…' }, ['end'], '2027-07-10') // ['end']
 */
export function dueMoments(
  duo: { state: string; startedAt: string | null; plannedEndAt: string | null; endedAt: string | null },
  moments: readonly EvaluationMoment[],
  today: string,
): EvaluationMoment[] {
  if (duo.state !== 'active' && duo.state !== 'closed') return []
  const days = evaluationDays(duo, moments)
  return moments.filter((m) => {
    const day = days[m]
    if (!day || day > today || daysBetween(day, today) > evaluationCatchUpDays) return false
    if (m === 'end' && !duo.endedAt) return false
    return duo.state === 'closed' ? m === 'end' || m === 'after-3-months' : m !== 'after-3-months'
  })
}

/** The last day the link works (the day before it expires), for "answer before …". */
export const answerByDay = (e: Pick<Evaluation, 'expiresAt'>): string => dayAfter(e.expiresAt.slice(0, 10), -1)

/** The words of each moment, for the e-mails and pages. */
export const momentWords: Record<EvaluationMoment, LocalizedText> = {
  start: t('début', 'start', 'begin'),
  midterm: t('mi-parcours', 'midway', 'halverwege'),
  end: t('fin du binôme', 'end of the duo', 'einde van het duo'),
  'after-3-months': t('trois mois après', 'three months after', 'drie maanden later'),
}
