import type { IntakeForm, LocalizedText } from './forms'
import type { ProgrammeRules } from './programme-rules'

const t = (fr: string, en: string, nl: string): LocalizedText => ({ fr, en, nl })

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

/**
 * Small, valid rules (one profile section per side, three criteria, two outcomes, no templates): a fixed shape for
 * examples and tests, whose positions do not move when the methodologies are edited.
 *
 * @example
 * sampleRules().criteria.map((c) => c.id) // ['geo', 'sector', 'languages']
 */
export function sampleRules(): ProgrammeRules {
  return {
    forms: { mentor: profileForm(), mentee: profileForm() },
    criteria: [
      { id: 'geo', kind: 'geo', label: t('Proximité', 'Proximity', 'Nabijheid'), weight: 5, mandatory: true, menteeField: 'locality', mentorField: 'locality', maxKm: 30 },
      { id: 'sector', kind: 'categorical', label: t('Secteur', 'Sector', 'Sector'), weight: 4, mandatory: false, menteeField: 'sector', mentorField: 'sector' },
      { id: 'languages', kind: 'overlap', label: t('Langues', 'Languages', 'Talen'), weight: 2, mandatory: false, menteeField: 'languages', mentorField: 'languages' },
    ],
    eligibility: [
      { id: 'wants-mentor', side: 'mentee', label: t('Souhaite être accompagné·e', 'Wants a mentor', 'Wil een mentor'), blocking: true },
    ],
    cadences: {
      durationMonthsMin: 6, durationMonthsMax: 6, meetingsPerMonth: 2, meetingMinutes: 60, checkInEveryWeeks: 6,
      peerMeetingEveryWeeks: 8, proposalAnswerDays: 7, firstMeetingWithinDays: 14, evaluationsAt: ['end'],
      firstMeetingPlace: 'free', mentorCapacity: 1, trainingRequiredBeforeMatching: false,
    },
    outcomes: [
      { id: 'job', class: 'positive', countsAsEmployment: true, label: t('Emploi', 'Job', 'Job') },
      { id: 'dropout', class: 'negative', countsAsEmployment: false, label: t('Abandon', 'Dropout', 'Stopgezet') },
    ],
    templates: [],
  }
}
