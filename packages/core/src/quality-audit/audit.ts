import type { ProgrammeRules, TemplateKind } from '../rules/programme-rules'
import { informationTopics, trainingTopics, type InformationTopic, type TrainingTopic } from '../sessions'
import type { PersonSource } from '../timeline'
import { auditCriteria, auditGroups, type AuditCriterionId, type AuditGroup } from './criteria'

export const auditVerdicts = ['met', 'partly', 'not-met', 'no-data'] as const
export type AuditVerdict = (typeof auditVerdicts)[number]

/**
 * How many of the people or duos a practice concerns followed it, and which did not (their ids, for staff: the
 * coordinator opens them from the audit).
 */
export interface Share {
  done: number
  total: number
  missing: string[]
}

/**
 * What the programme's records show over the audited period, computed by the data layer and handed in (the core
 * reads nothing). `Share`s count people or duos of the period; their `missing` name those behind a gap.
 */
export interface AuditFacts {
  informationSessions: Record<'mentor' | 'mentee', { held: number; topics: InformationTopic[] }>
  trainings: { held: number; topics: TrainingTopic[] }
  /** Where the period's candidates came from, per side. */
  recruitmentSources: Record<'mentor' | 'mentee', Partial<Record<PersonSource, number>>>
  /** Network partners who referred at least one mentee in the period. */
  referringPartners: number
  interviewedBeforeDuo: Record<'mentor' | 'mentee', Share>
  refusalsWithReason: Record<'mentor' | 'mentee', Share>
  refusedMenteesReferred: Share
  mentorsTrainedBeforeFirstDuo: Share
  /** Duos proposed from a matching run, scored on the programme's criteria (the rest were paired by hand). */
  duosFromRun: Share
  duosProposedByStaff: Share
  firstMeetingsNeutralWithStaff: Share
  duosValidatedByBoth: Share
  contractsSigned: Share
  duosPlannedSixMonths: Share
  /** Finished months of active duos that held the cadence's meetings. */
  monthsAtCadence: Share
  /** Active and closed duos whose check-ins never fell overdue. */
  checkInsOnTime: Share
  peerMeetings: { held: number; mentorsAttending: Share }
  closingInterviews: Share
  evaluationsAnswered: Share
  earlyEndsWithReason: Share
}

/** One plane of a criterion: the verdict, the language-free evidence interfaces put in words, and who is behind a gap. */
export interface PlaneAudit {
  verdict: AuditVerdict
  evidence: Record<string, string | number>
  subjects?: string[]
}

export interface CriterionAudit {
  id: AuditCriterionId
  group: AuditGroup
  /** What the programme's rules say (null where the criterion is not a matter of rules). */
  rules: PlaneAudit | null
  /** What the records show (null where the criterion is not a matter of practice). */
  practice: PlaneAudit | null
  /** The worse of the judged planes; `no-data` when neither could be judged. */
  verdict: AuditVerdict
}

export interface ProgrammeAudit {
  criteria: CriterionAudit[]
  byGroup: Record<AuditGroup, Record<AuditVerdict, number>>
  totals: Record<AuditVerdict, number>
}

/**
 * A practice is met when at least 90 % of those it concerns followed it, partly from 50 %: a programme is not faulted
 * for one duo in ten, and a practice followed by fewer than half is not a practice yet.
 */
export const auditThresholds = { met: 0.9, partly: 0.5 } as const

/**
 * The verdict of a share, with its evidence (done, total, percentage) and the ids behind the gap.
 *
 * @example
 * shareAudit({ done: 9, total: 10, missing: ['d7'] }) // { verdict: 'met', evidence: { done: 9, total: 10, percent: 90 }, subjects: ['d7'] }
 */
export function shareAudit(s: Share, extra: Record<string, string | number> = {}): PlaneAudit {
  if (s.total === 0) return { verdict: 'no-data', evidence: { done: 0, total: 0, ...extra } }
  const rate = s.done / s.total
  const verdict: AuditVerdict = rate >= auditThresholds.met ? 'met' : rate >= auditThresholds.partly ? 'partly' : 'not-met'
  return { verdict, evidence: { done: s.done, total: s.total, percent: Math.round(rate * 100), ...extra }, subjects: s.missing }
}

const rule = (met: boolean, evidence: Record<string, string | number>, partly = false): PlaneAudit =>
  ({ verdict: met ? 'met' : partly ? 'partly' : 'not-met', evidence })

/** Sessions held covering every topic the seed asks for: met; held but with topics missing: partly; none: not met. */
function sessionsAudit(held: number, covered: readonly string[], required: readonly string[]): PlaneAudit {
  const missing = required.filter((t) => !covered.includes(t))
  const evidence = { held, topicsCovered: required.length - missing.length, topicsRequired: required.length, topicsMissing: missing.join(',') }
  if (held === 0) return { verdict: 'not-met', evidence }
  return { verdict: missing.length === 0 ? 'met' : 'partly', evidence }
}

const sourcesAudit = (sources: Partial<Record<PersonSource, number>>, extra: Record<string, number> = {}): PlaneAudit => {
  const used = Object.entries(sources).filter(([, n]) => (n ?? 0) > 0)
  const evidence = { sources: used.map(([s, n]) => `${s}:${n}`).join(','), channels: used.length, ...extra }
  if (used.length === 0) return { verdict: 'no-data', evidence }
  return { verdict: used.length >= 2 ? 'met' : 'partly', evidence }
}

const has = (rules: ProgrammeRules, kind: TemplateKind) => rules.templates.some((t) => t.kind === kind && t.body.trim() !== '')

const worst = (planes: (PlaneAudit | null)[]): AuditVerdict => {
  const judged = planes.filter((p): p is PlaneAudit => p !== null && p.verdict !== 'no-data').map((p) => p.verdict)
  if (judged.length === 0) return 'no-data'
  return judged.includes('not-met') ? 'not-met' : judged.includes('partly') ? 'partly' : 'met'
}

/**
 * Audits a programme against Mentoring Belgium's 23 criteria on two planes: its rules (the durations, cadences,
 * places and documents it sets) and its practice (what its records show for the period).
 *
 * @example
 * const audit = auditProgramme(rules, facts)
 * audit.criteria.find((c) => c.id === 'minimum-six-months') // { rules: { verdict: 'met', ... }, practice: ..., verdict: 'met' }
 */
export function auditProgramme(rules: ProgrammeRules, facts: AuditFacts): ProgrammeAudit {
  const c = rules.cadences
  const planes: Record<AuditCriterionId, [PlaneAudit | null, PlaneAudit | null]> = {
    'mentor-information-session': [null, sessionsAudit(facts.informationSessions.mentor.held, facts.informationSessions.mentor.topics, informationTopics)],
    'mentor-recruitment-strategy': [null, sourcesAudit(facts.recruitmentSources.mentor)],
    'mentor-personal-interview': [null, shareAudit(facts.interviewedBeforeDuo.mentor)],
    'mentor-decision-communicated': [null, shareAudit(facts.refusalsWithReason.mentor)],
    'mentor-training-before-start': [
      rule(c.trainingRequiredBeforeMatching, { trainingRequiredBeforeMatching: String(c.trainingRequiredBeforeMatching) }),
      worstOf(shareAudit(facts.mentorsTrainedBeforeFirstDuo), sessionsAudit(facts.trainings.held, facts.trainings.topics, trainingTopics)),
    ],
    'mentee-recruitment-network': [null, sourcesAudit(facts.recruitmentSources.mentee, { referringPartners: facts.referringPartners })],
    'mentee-information-session': [null, sessionsAudit(facts.informationSessions.mentee.held, facts.informationSessions.mentee.topics, informationTopics)],
    'mentee-personal-interview': [null, shareAudit(facts.interviewedBeforeDuo.mentee)],
    'mentee-decision-communicated': [null, shareAudit(facts.refusalsWithReason.mentee)],
    'mentee-referred-onwards': [null, shareAudit(facts.refusedMenteesReferred)],
    'best-fit-clear-criteria': [
      rule(rules.criteria.length >= 3, { criteria: rules.criteria.length }, rules.criteria.length > 0),
      shareAudit(facts.duosFromRun),
    ],
    'matching-by-staff': [null, shareAudit(facts.duosProposedByStaff)],
    'first-meeting-neutral-with-staff': [
      rule(c.firstMeetingPlace === 'neutral-with-staff', { firstMeetingPlace: c.firstMeetingPlace }, c.firstMeetingPlace === 'free'),
      shareAudit(facts.firstMeetingsNeutralWithStaff),
    ],
    'match-validated-by-both': [null, shareAudit(facts.duosValidatedByBoth)],
    'engagement-contract': [
      rule(has(rules, 'engagement-contract'), { template: 'engagement-contract', parties: rules.templates.find((t) => t.kind === 'engagement-contract')?.parties ?? '' }),
      shareAudit(facts.contractsSigned),
    ],
    'minimum-six-months': [rule(c.durationMonthsMin >= 6, { durationMonthsMin: c.durationMonthsMin }), shareAudit(facts.duosPlannedSixMonths)],
    'two-contacts-a-month': [rule(c.meetingsPerMonth >= 2, { meetingsPerMonth: c.meetingsPerMonth }), shareAudit(facts.monthsAtCadence)],
    // Seed 003 asks for regular contact; the guides say every six weeks to two months: nine weeks at most is met.
    'followed-by-staff': [rule(c.checkInEveryWeeks <= 9, { checkInEveryWeeks: c.checkInEveryWeeks }, c.checkInEveryWeeks <= 13), shareAudit(facts.checkInsOnTime)],
    'support-material': [
      rule(has(rules, 'first-meeting-guide') && has(rules, 'mentee-profile-sheet'), {
        firstMeetingGuide: String(has(rules, 'first-meeting-guide')), menteeProfileSheet: String(has(rules, 'mentee-profile-sheet')),
      }, has(rules, 'first-meeting-guide') || has(rules, 'mentee-profile-sheet')),
      null,
    ],
    // Seed 004: about every two months; a quarter apart is still a practice, rarer is not.
    'peer-exchange-and-training': [
      rule(c.peerMeetingEveryWeeks > 0 && c.peerMeetingEveryWeeks <= 9, { peerMeetingEveryWeeks: c.peerMeetingEveryWeeks }, c.peerMeetingEveryWeeks > 0 && c.peerMeetingEveryWeeks <= 13),
      facts.peerMeetings.held === 0
        ? { verdict: 'not-met', evidence: { held: 0 } }
        : shareAudit(facts.peerMeetings.mentorsAttending, { held: facts.peerMeetings.held }),
    ],
    'final-meeting': [rule(has(rules, 'closing-interview'), { template: 'closing-interview' }), shareAudit(facts.closingInterviews)],
    'evaluation-at-end': [
      rule(c.evaluationsAt.includes('end') && has(rules, 'evaluation-mentor') && has(rules, 'evaluation-mentee'), {
        evaluationsAt: c.evaluationsAt.join(','),
      }, c.evaluationsAt.includes('end')),
      shareAudit(facts.evaluationsAnswered),
    ],
    // Binôme always lets a duo end early with a reason; the practice is that every early end states it.
    'early-end-possible': [rule(true, { builtIn: 'true' }), shareAudit(facts.earlyEndsWithReason)],
  }
  const criteria = auditCriteria.map(({ id, group }): CriterionAudit => {
    const [r, p] = planes[id]
    return { id, group, rules: r, practice: p, verdict: worst([r, p]) }
  })
  const count = () => ({ met: 0, partly: 0, 'not-met': 0, 'no-data': 0 })
  const byGroup = Object.fromEntries(auditGroups.map((g) => [g, count()])) as ProgrammeAudit['byGroup']
  const totals = count()
  for (const cr of criteria) {
    byGroup[cr.group][cr.verdict] += 1
    totals[cr.verdict] += 1
  }
  return { criteria, byGroup, totals }
}

/** Two practice findings of one criterion as one: the worse verdict, both evidences, everyone behind either gap. */
function worstOf(a: PlaneAudit, b: PlaneAudit): PlaneAudit {
  const prefixed = (p: PlaneAudit, prefix: string) => Object.fromEntries(Object.entries(p.evidence).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]))
  return {
    verdict: worst([a, b]),
    evidence: { ...prefixed(a, 'people'), ...prefixed(b, 'sessions') },
    subjects: [...(a.subjects ?? []), ...(b.subjects ?? [])],
  }
}
