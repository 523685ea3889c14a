/**
 * Mentoring Belgium's quality criteria for employment mentoring (seed 003), in its five groups and its order: 5 for
 * recruiting and selecting mentors, 5 for mentees, 5 for matching and the duo's start, 5 for supporting duos, 3 for
 * the end and the evaluation. The ids are stable (reports and interfaces key on them); their words live in the
 * interfaces' catalogues.
 */
export const auditGroups = ['mentor-recruitment', 'mentee-recruitment', 'matching-and-start', 'duo-support', 'end-and-evaluation'] as const
export type AuditGroup = (typeof auditGroups)[number]

export const auditCriteria = [
  // Recrutement et sélection des mentor·e·s
  { id: 'mentor-information-session', group: 'mentor-recruitment' },
  { id: 'mentor-recruitment-strategy', group: 'mentor-recruitment' },
  { id: 'mentor-personal-interview', group: 'mentor-recruitment' },
  { id: 'mentor-decision-communicated', group: 'mentor-recruitment' },
  { id: 'mentor-training-before-start', group: 'mentor-recruitment' },
  // Recrutement et sélection des mentees
  { id: 'mentee-recruitment-network', group: 'mentee-recruitment' },
  { id: 'mentee-information-session', group: 'mentee-recruitment' },
  { id: 'mentee-personal-interview', group: 'mentee-recruitment' },
  { id: 'mentee-decision-communicated', group: 'mentee-recruitment' },
  { id: 'mentee-referred-onwards', group: 'mentee-recruitment' },
  // Matching et démarrage du duo
  { id: 'best-fit-clear-criteria', group: 'matching-and-start' },
  { id: 'matching-by-staff', group: 'matching-and-start' },
  { id: 'first-meeting-neutral-with-staff', group: 'matching-and-start' },
  { id: 'match-validated-by-both', group: 'matching-and-start' },
  { id: 'engagement-contract', group: 'matching-and-start' },
  // Accompagnement des duos
  { id: 'minimum-six-months', group: 'duo-support' },
  { id: 'two-contacts-a-month', group: 'duo-support' },
  { id: 'followed-by-staff', group: 'duo-support' },
  { id: 'support-material', group: 'duo-support' },
  { id: 'peer-exchange-and-training', group: 'duo-support' },
  // Fin et évaluation
  { id: 'final-meeting', group: 'end-and-evaluation' },
  { id: 'evaluation-at-end', group: 'end-and-evaluation' },
  { id: 'early-end-possible', group: 'end-and-evaluation' },
] as const satisfies readonly { id: string; group: AuditGroup }[]

export type AuditCriterionId = (typeof auditCriteria)[number]['id']
