import type { ProgrammeRules } from '../programme-rules'
import { standardOutcomes, t } from './common'
import { standardEmails } from './emails'
import { defaultPrivacyNotice } from '../../applications'

/**
 * The rules of a programme started blank: one empty section on each form, no criteria, no eligibility item,
 * neutral cadences (six months, two meetings a month of an hour, a check-in every six weeks, peer meetings every
 * eight weeks, first meeting anywhere, no training required),
 * the standard outcomes and the platform's e-mails, so that the programme can already invite people and send
 * proposals. The documents of the method (contract, guides, questionnaires) are the admin's to write.
 *
 * @example
 * blankRules().criteria // []
 */
export function blankRules(): ProgrammeRules {
  const section = () => ({ id: 'main', title: t('Informations', 'Information', 'Informatie'), fields: [] })
  return {
    forms: { mentor: { sections: [section()] }, mentee: { sections: [section()] } },
    criteria: [],
    eligibility: [],
    cadences: {
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
    },
    outcomes: standardOutcomes(),
    templates: standardEmails(),
    // The platform's neutral notice, which the admin adapts to the organisation (name, retention, contact).
    privacy: { version: 1, purpose: { ...defaultPrivacyNotice.purpose } },
  }
}
