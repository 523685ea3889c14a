import { describe, expect, it } from 'vitest'
import { informationTopics, trainingTopics } from '../sessions'
import { methodologyRules } from '../rules/methodologies'
import { auditCriteria, auditGroups, auditProgramme, shareAudit, type AuditFacts, type Share } from './index'

const all = (n: number): Share => ({ done: n, total: n, missing: [] })
const none: Share = { done: 0, total: 0, missing: [] }

/** A programme that keeps every practice, over a period with 10 duos. */
const exemplary: AuditFacts = {
  informationSessions: { mentor: { held: 2, topics: [...informationTopics] }, mentee: { held: 3, topics: [...informationTopics] } },
  trainings: { held: 2, topics: [...trainingTopics] },
  recruitmentSources: { mentor: { application: 6, staff: 4 }, mentee: { referral: 7, application: 3 } },
  referringPartners: 3,
  interviewedBeforeDuo: { mentor: all(10), mentee: all(10) },
  refusalsWithReason: { mentor: all(2), mentee: all(5) },
  refusedMenteesReferred: all(5),
  mentorsTrainedBeforeFirstDuo: all(10),
  duosFromRun: all(10),
  duosProposedByStaff: all(10),
  firstMeetingsNeutralWithStaff: all(10),
  duosValidatedByBoth: all(10),
  contractsSigned: all(10),
  duosPlannedSixMonths: all(10),
  monthsAtCadence: all(40),
  checkInsOnTime: all(10),
  peerMeetings: { held: 3, mentorsAttending: all(10) },
  closingInterviews: all(4),
  evaluationsAnswered: all(4),
  earlyEndsWithReason: all(1),
}

describe('the quality audit', () => {
  it('holds seed 003’s 23 criteria in its five groups (5, 5, 5, 5, 3)', () => {
    expect(auditCriteria).toHaveLength(23)
    expect(auditGroups.map((g) => auditCriteria.filter((c) => c.group === g).length)).toEqual([5, 5, 5, 5, 3])
    expect(new Set(auditCriteria.map((c) => c.id)).size).toBe(23)
  })

  it('judges a share: 90 % met, 50 % partly, below not met, nothing to judge as no data', () => {
    expect(shareAudit({ done: 9, total: 10, missing: ['d7'] })).toEqual({ verdict: 'met', evidence: { done: 9, total: 10, percent: 90 }, subjects: ['d7'] })
    expect(shareAudit({ done: 5, total: 10, missing: [] }).verdict).toBe('partly')
    expect(shareAudit({ done: 4, total: 10, missing: [] }).verdict).toBe('not-met')
    expect(shareAudit(none).verdict).toBe('no-data')
  })

  it('finds the Mentoring Belgium baseline met on every criterion when its practice follows', () => {
    const audit = auditProgramme(methodologyRules('mentoring-belgium-baseline')!, exemplary)
    expect(audit.criteria.filter((c) => c.verdict !== 'met').map((c) => [c.id, c.rules?.evidence, c.practice?.evidence])).toEqual([])
    expect(audit.totals).toEqual({ met: 23, partly: 0, 'not-met': 0, 'no-data': 0 })
  })

  it('reads PLS’s rules: a first meeting at the mentor’s workplace is not the neutral place with staff', () => {
    const audit = auditProgramme(methodologyRules('pls-mentoryou')!, exemplary)
    const first = audit.criteria.find((c) => c.id === 'first-meeting-neutral-with-staff')!
    expect(first.rules).toEqual({ verdict: 'not-met', evidence: { firstMeetingPlace: 'mentor-workplace' } })
    expect(first.verdict).toBe('not-met')
    expect(audit.criteria.find((c) => c.id === 'minimum-six-months')!.verdict).toBe('met')
  })

  it('names the duos and people behind a gap, and takes the worse plane', () => {
    const facts: AuditFacts = {
      ...exemplary,
      contractsSigned: { done: 7, total: 10, missing: ['d2', 'd5', 'd9'] },
      refusedMenteesReferred: { done: 1, total: 4, missing: ['p1', 'p2', 'p3'] },
      trainings: { held: 1, topics: trainingTopics.slice(0, 5) },
    }
    const audit = auditProgramme(methodologyRules('mentoring-belgium-baseline')!, facts)
    const byId = Object.fromEntries(audit.criteria.map((c) => [c.id, c]))
    expect(byId['engagement-contract']).toMatchObject({
      rules: { verdict: 'met' }, practice: { verdict: 'partly', evidence: { done: 7, total: 10, percent: 70 }, subjects: ['d2', 'd5', 'd9'] }, verdict: 'partly',
    })
    expect(byId['mentee-referred-onwards']!.verdict).toBe('not-met')
    expect(byId['mentor-training-before-start']!.practice).toMatchObject({
      verdict: 'partly', evidence: { sessionsTopicsCovered: 5, sessionsTopicsRequired: 9, peopleDone: 10 },
    })
    expect(audit.byGroup['mentee-recruitment']).toEqual({ met: 4, partly: 0, 'not-met': 1, 'no-data': 0 })
  })

  it('says no data rather than met when nothing happened yet, and not met when no session was ever held', () => {
    const empty: AuditFacts = {
      ...exemplary,
      informationSessions: { mentor: { held: 0, topics: [] }, mentee: { held: 0, topics: [] } },
      recruitmentSources: { mentor: {}, mentee: {} },
      closingInterviews: none, evaluationsAnswered: none, earlyEndsWithReason: none,
    }
    const audit = auditProgramme(methodologyRules('mentoring-belgium-baseline')!, empty)
    const byId = Object.fromEntries(audit.criteria.map((c) => [c.id, c]))
    expect(byId['mentor-information-session']!.verdict).toBe('not-met')
    expect(byId['mentor-recruitment-strategy']!.verdict).toBe('no-data')
    // The rules still speak when the practice cannot yet.
    expect(byId['final-meeting']).toMatchObject({ rules: { verdict: 'met' }, practice: { verdict: 'no-data' }, verdict: 'met' })
  })
})
