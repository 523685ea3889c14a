import type { IntakeForm, LocalizedText } from './forms'
import type { Cadences, ProgrammeRules } from './programme-rules'

/**
 * Where a new programme's first rules come from: a methodology template, or blank. This is the ONE place that
 * knows the templates, so that programme creation, the seeds and the tests all read them from here.
 *
 * PLACEHOLDER until the `methods` branch lands (`./methodologies/`): the merger points {@link templateRules} at
 * `methodologies.find((m) => m.id === templateId)?.rules`, {@link blankProgrammeRules} at `blankRules()`, and
 * {@link methodologyTemplateIds} at `methodologies.map((m) => m.id)`. Until then the three ids answer the same
 * small valid rules, enough for programmes to be created, saved and matched on.
 */
export const methodologyTemplateIds = ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline'] as const

const t = (fr: string, en: string, nl: string): LocalizedText => ({ fr, en, nl })

const defaultCadences: Cadences = {
  durationMonthsMin: 6,
  durationMonthsMax: 6,
  meetingsPerMonth: 2,
  meetingMinutes: 60,
  checkInEveryWeeks: 6,
  peerMeetingEveryWeeks: 8,
  proposalAnswerDays: 7,
  firstMeetingWithinDays: 14,
  evaluationsAt: ['end'],
  firstMeetingPlace: 'free',
  mentorCapacity: 1,
  trainingRequiredBeforeMatching: false,
}

/**
 * Rules with nothing configured yet but the usual cadences (6 months, 2 meetings a month, a check-in every 6 weeks).
 *
 * @example
 * blankProgrammeRules().criteria // []
 */
export function blankProgrammeRules(): ProgrammeRules {
  return {
    forms: { mentor: { sections: [] }, mentee: { sections: [] } },
    criteria: [],
    eligibility: [],
    cadences: { ...defaultCadences, evaluationsAt: [...defaultCadences.evaluationsAt] },
    outcomes: [],
    templates: [],
  }
}

const profileForm = (): IntakeForm => ({
  sections: [{
    id: 'profile',
    title: t('Profil', 'Profile', 'Profiel'),
    fields: [
      { id: 'locality', kind: 'locality', label: t('Commune', 'Municipality', 'Gemeente'), required: true, visibility: 'proposal' },
      {
        id: 'sector', kind: 'single-choice', label: t('Secteur', 'Sector', 'Sector'), required: true, visibility: 'proposal',
        options: [
          { value: 'it', label: t('Informatique', 'IT', 'IT') },
          { value: 'health', label: t('Santé', 'Health', 'Gezondheid') },
          { value: 'other', label: t('Autre', 'Other', 'Andere') },
        ],
      },
      { id: 'languages', kind: 'languages', label: t('Langues', 'Languages', 'Talen'), required: false, visibility: 'proposal' },
    ],
  }],
})

/** The small valid rules every template id answers until the methodologies land (see the note at the top). */
function placeholderTemplateRules(): ProgrammeRules {
  return {
    ...blankProgrammeRules(),
    forms: { mentor: profileForm(), mentee: profileForm() },
    criteria: [
      { id: 'geo', kind: 'geo', label: t('Proximité', 'Proximity', 'Nabijheid'), weight: 5, mandatory: true, menteeField: 'locality', mentorField: 'locality', maxKm: 30 },
      { id: 'sector', kind: 'categorical', label: t('Secteur', 'Sector', 'Sector'), weight: 4, mandatory: false, menteeField: 'sector', mentorField: 'sector' },
      { id: 'languages', kind: 'overlap', label: t('Langues', 'Languages', 'Talen'), weight: 2, mandatory: false, menteeField: 'languages', mentorField: 'languages' },
    ],
    eligibility: [
      { id: 'wants-mentor', side: 'mentee', label: t('Souhaite être accompagné·e', 'Wants a mentor', 'Wil een mentor'), blocking: true },
    ],
    outcomes: [
      { id: 'job', class: 'positive', countsAsEmployment: true, label: t('Emploi', 'Job', 'Job') },
      { id: 'dropout', class: 'negative', countsAsEmployment: false, label: t('Abandon', 'Dropout', 'Stopgezet') },
    ],
  }
}

/**
 * The rules of a methodology template, or undefined for an unknown id.
 *
 * @example
 * templateRules('pls-mentoryou')?.criteria.length // 3 (placeholder; the PLS template's eight once `methods` lands)
 */
export function templateRules(templateId: string): ProgrammeRules | undefined {
  return (methodologyTemplateIds as readonly string[]).includes(templateId) ? placeholderTemplateRules() : undefined
}
