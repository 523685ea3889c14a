import type { CriterionConfig } from './criteria'
import type { IntakeForm, LocalizedText } from './forms'

/** One condition a side must meet to enter the programme; a blocking one refuses, an advisory one warns. */
export interface EligibilityItem {
  id: string
  side: 'mentor' | 'mentee'
  label: LocalizedText
  help?: LocalizedText
  blocking: boolean
}

export const firstMeetingPlaces = ['mentor-workplace', 'neutral-with-staff', 'free'] as const
export type FirstMeetingPlace = (typeof firstMeetingPlaces)[number]

/** When evaluation questionnaires go out, counted from the duo's start. */
export const evaluationMoments = ['start', 'midterm', 'end', 'after-3-months'] as const
export type EvaluationMoment = (typeof evaluationMoments)[number]

/** Durations and cadences of the duos (seeds: 6 months, 2 meetings a month, check-in every 6 weeks...). */
export interface Cadences {
  durationMonthsMin: number
  durationMonthsMax: number
  meetingsPerMonth: number
  meetingMinutes: number
  checkInEveryWeeks: number
  peerMeetingEveryWeeks: number
  proposalAnswerDays: number
  firstMeetingWithinDays: number
  evaluationsAt: EvaluationMoment[]
  firstMeetingPlace: FirstMeetingPlace
  mentorCapacity: number
  trainingRequiredBeforeMatching: boolean
}

export const outcomeClasses = ['positive', 'negative'] as const
export type OutcomeClass = (typeof outcomeClasses)[number]

/** How a duo ended, for closure and for funders' reports. */
export interface ExitOutcome {
  id: string
  class: OutcomeClass
  countsAsEmployment: boolean
  label: LocalizedText
}

/**
 * The kinds of document a programme writes in LiquidJS: the documents of the method and every e-mail the platform
 * sends. Each kind has its own documented list of variables (`@binome/documents`).
 */
export const templateKinds = [
  'engagement-contract', 'mentee-profile-sheet', 'first-meeting-guide', 'closing-interview',
  'evaluation-mentor', 'evaluation-mentee',
  'email-invitation', 'email-sign-in-code', 'email-proposal', 'email-proposal-reminder', 'email-duo-started',
  'email-check-in-reminder', 'email-evaluation', 'email-evaluation-reminder', 'email-closure',
  'email-information-session', 'email-training-session', 'email-application-received', 'email-decision',
  'email-contract-to-sign', 'email-cadence-reminder', 'email-alerts-digest',
  'email-peer-meeting', 'email-closing-interview', 'email-newsletter', 'email-partner-summary',
] as const
export type TemplateKind = (typeof templateKinds)[number]

export interface DocumentTemplate {
  kind: TemplateKind
  /** For the engagement contract: signed by mentor and mentee, or also by the organisation. */
  parties?: 'bipartite' | 'tripartite'
  /** E-mails only. */
  subject?: string
  body: string
}

/**
 * What the applicant is told about the processing of their personal data before they send anything, and agrees to.
 * `version` numbers the text: an admin who changes the purpose raises it, so each consent says which words were read.
 */
export interface PrivacyNotice {
  version: number
  purpose: LocalizedText
}

/** Everything a programme configures about its method; the single source every other part reads. */
export interface ProgrammeRules {
  forms: { mentor: IntakeForm; mentee: IntakeForm }
  criteria: CriterionConfig[]
  eligibility: EligibilityItem[]
  cadences: Cadences
  outcomes: ExitOutcome[]
  templates: DocumentTemplate[]
  /**
   * The purpose of the processing of personal data, shown on the public application forms and agreed to by each
   * applicant (see `Consent`); absent in rules saved before notices existed, which show `defaultPrivacyNotice`.
   */
  privacy?: PrivacyNotice
  /**
   * What the network partners who referred a mentee are told of their duo (issue 10, seeds 001 and 002: partners are
   * kept informed of the follow-up): its stage, its meetings count, its outcome once closed. Absent in rules saved
   * before partners were informed: `defaultPartnerSharing` stands in.
   */
  partnerSharing?: PartnerSharing
  /**
   * The evaluation questionnaire of each side, built like the intake forms (ratings are numbers 1–5; the one whose id
   * is `overall` is the satisfaction the results read); absent in rules saved before questionnaires existed, which
   * send `defaultEvaluationForm`.
   */
  evaluationForms?: { mentor: IntakeForm; mentee: IntakeForm }
}

/** Which of a duo's facts its mentee's referring partner may see; never the mentor's identity nor the duo's log. */
export interface PartnerSharing {
  stage: boolean
  meetings: boolean
  outcome: boolean
}

/** All three by default: the seeds keep partners informed of the follow-up, and none of them names the mentor. */
export const defaultPartnerSharing: PartnerSharing = { stage: true, meetings: true, outcome: true }

/**
 * One saved version of a programme's rules, with who saved it and when. Versions are never changed: whatever
 * starts (a matching run, a duo, an evaluation) records the version it started under.
 */
export interface RulesVersion {
  orgId: string
  programmeId: string
  version: number
  rules: ProgrammeRules
  /** Where the first version came from: a methodology template's id, another programme's id, or blank. */
  origin?: { kind: 'template' | 'copy' | 'blank'; from?: string }
  createdBy: string
  createdAt: string
  note: string
}
