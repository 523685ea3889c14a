/**
 * What the web needs from the domain core, re-exported so that the web depends on the contracts only
 * (web → contracts; see ../shared/design.md). These are the core's own values and types, not copies:
 * the roles and what each may do, the languages, the person kinds, and the vocabulary and checks of a programme's rules.
 * `Locale` and `MembershipRole` are exported with their schemas from `./common`.
 */
export { can, permissions, type Action } from '@binome/core'
export { locales, membershipRoles } from '@binome/core'
export { personKinds, personStages, personStageEvents, stageEventsFor, screeningStages, ageOn, displayName } from '@binome/core'
export type { PersonKind, PersonStage, PersonStageEvent } from '@binome/core'
export { spokenLanguageCodes, isLanguageCode } from '@binome/core'
export {
  fieldKinds, fieldVisibilities, languageLevels, criterionKinds, criterionFieldKinds, identitySources, firstMeetingPlaces,
  evaluationMoments, outcomeClasses, templateKinds, formFields, findField, criteriaFieldProblems, diffRules,
} from '@binome/core'
export type {
  FieldKind, FieldVisibility, LanguageLevel, SpokenLanguage, AnswerValue, Answers, CriterionKind, CriterionFieldProblem,
  FirstMeetingPlace, EvaluationMoment, OutcomeClass, TemplateKind,
} from '@binome/core'
export {
  sessionKinds, sessionStates, attendanceMarks, informationTopics, trainingTopics, peerMeetingTopics, topicsByKind, sessionLifecycle, maxSessionCapacity,
  type SessionKind as SessionKindName, type SessionState as SessionStateName, type SessionTopic as SessionTopicName,
  type AttendanceMark as AttendanceMarkName,
} from '@binome/core'
export { agreementStatuses, maxHoursPerMonth } from '@binome/core'
export { methodologyTemplateIds, checklistKinds, checklistStatuses, methodStages, type ChecklistKind, type ChecklistStatus, type MethodStage } from '@binome/core'
export { auditCriteria, auditGroups, auditVerdicts, auditThresholds, type AuditCriterionId, type AuditGroup, type AuditVerdict } from '@binome/core'
export { actionLifecycle, actionOwners, actionStatuses, contactChannels, logKinds, supportKinds } from '@binome/core'
// The rules' own types (LocalizedText, FormField, ... RulesVersion) are exported under their schemas' names by ./rules.
