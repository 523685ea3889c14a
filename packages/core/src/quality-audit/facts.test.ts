import { describe, expect, it } from 'vitest'
import type { Duo } from '../duo'
import type { TrackingLine } from '../duo-life/tracking'
import { methodologyRules } from '../rules/methodologies'
import { informationTopics, trainingTopics } from '../sessions'
import { auditFacts, auditProgramme, type AuditRecords } from './index'

/**
 * A small programme over 2026, audited on 1 December: every figure below is counted by hand from these records
 * (the comments say which record makes which count).
 */
const person = (id: string, kind: 'mentor' | 'mentee', createdAt: string, extra: Partial<AuditRecords['people'][number]> = {}): AuditRecords['people'][number] =>
  ({ id, kind, firstName: id.toUpperCase(), lastName: 'Test', createdAt: `${createdAt}T09:00:00.000Z`, stageDates: {}, ...extra })
const interview = (heldOn: string) => ({ heldOn, interviewer: 'u1', durationMinutes: 60, commitsToDuration: true, commitsToFrequency: true, expectations: '', notes: '', checks: [] })
const refused = (at: string, reason: string, referredTo?: string) => ({ outcome: 'refused' as const, reason, at: `${at}T10:00:00.000Z`, by: 'u1', ...(referredTo && { referredTo }) })

const people: AuditRecords['people'] = [
  person('m1', 'mentor', '2026-02-01', { interview: interview('2026-02-10'), stageDates: { trained: '2026-02-20T10:00:00.000Z' } }),
  person('m2', 'mentor', '2026-02-01'), // applied online; never interviewed; trained by attending s2
  person('m3', 'mentor', '2026-04-01', { decision: refused('2026-05-01', 'Pas disponible') }),
  person('m4', 'mentor', '2025-06-01', { interview: interview('2025-06-10') }),
  person('e1', 'mentee', '2026-01-15', { referredBy: 'partner-a', interview: interview('2026-02-01') }),
  person('e2', 'mentee', '2026-03-01', { interview: interview('2026-04-05') }), // applied online; interviewed after d2's proposal
  person('e3', 'mentee', '2026-05-01', { decision: refused('2026-06-01', 'Hors public', 'partner-b') }),
  person('e4', 'mentee', '2025-12-01', { decision: refused('2026-06-02', 'Hors public') }), // not referred onwards
  person('e5', 'mentee', '2025-06-01', { interview: interview('2025-06-12') }),
  person('e6', 'mentee', '2025-11-01'), // never interviewed; proposed in November
]

const session = (id: string, kind: 'information' | 'training' | 'peer-meeting', day: string, state: 'held' | 'scheduled', topics: readonly string[], present: [string, 'mentor' | 'mentee'][]) => ({
  session: { id, kind, state, startsAtUtc: `${day}T17:00:00.000Z`, topics: [...topics] as never },
  invitees: present.map(([personId, personKind]) => ({ personId, personKind, attendance: 'present' as const })),
})

const verdict = (at: string) => ({ outcome: 'validated' as const, at, by: 'u1' })
const duo = (id: string, menteeId: string, mentorId: string, proposedAt: string, extra: Partial<Duo>): Duo => ({
  id, programmeId: 'p1', menteeId, mentorId, state: 'proposed', runId: null, score: null, proposedAt: `${proposedAt}T10:00:00.000Z`, proposedBy: 'u1',
  answerDeadline: '', answer: null, meeting: null, verdicts: { mentor: null, mentee: null }, contract: null, signatures: [], startDate: null,
  plannedEndDate: null, endedAt: null, endReason: null, closure: null, version: 1, ...extra,
})
const meeting = (startsAt: string, placeKind: 'neutral-with-staff' | 'mentor-workplace', staffMemberId?: string) => ({
  startsAt: `${startsAt}T13:00:00.000Z`, durationMinutes: 60, place: 'x', placeKind, scheduledAt: '', scheduledBy: 'u1', ...(staffMemberId && { staffMemberId }),
})

const duos: Duo[] = [
  duo('d1', 'e1', 'm1', '2026-03-01', {
    state: 'active', runId: 'r1', meeting: meeting('2026-03-10', 'neutral-with-staff', 'u1'),
    verdicts: { mentor: verdict('2026-03-10T15:00:00.000Z'), mentee: verdict('2026-03-10T15:00:00.000Z') }, startDate: '2026-03-15', plannedEndDate: '2026-09-15',
  }),
  duo('d2', 'e2', 'm2', '2026-04-01', {
    state: 'signing', meeting: meeting('2026-04-10', 'mentor-workplace'),
    verdicts: { mentor: verdict('2026-04-11T09:00:00.000Z'), mentee: verdict('2026-04-11T09:00:00.000Z') },
  }),
  duo('d3', 'e5', 'm4', '2025-10-01', {
    state: 'closed', runId: 'r0', startDate: '2025-10-20', plannedEndDate: '2026-04-20',
    closure: { outcomeId: 'dropout', outcomeClass: 'negative', countsAsEmployment: false, endDate: '2026-02-28', early: true, decidedBy: 'mentee', reason: '  ', recordedAt: '', recordedBy: 'u1' },
  }),
  duo('d4', 'e6', 'm1', '2026-11-20', { runId: 'r2' }),
]

const line = (duoId: string, months: Record<string, number>, checkIns: { mentor: string; mentee: string }): TrackingLine => ({
  programmeId: 'p1', duoId, state: 'active', menteeId: '', mentorId: '', menteeName: '', mentorName: '', coordinatorId: 'u1', acceptedAt: null,
  firstMeetingAt: null, firstMeetingHeld: true, contractGeneratedAt: null, startDate: null, plannedEndDate: null,
  months: Object.fromEntries(Object.entries(months).map(([m, meetings]) => [m, { meetings, minutes: 60 * meetings, contacts: 0 }])),
  lastActivity: null, checkIns: { mentor: { date: checkIns.mentor, risk: 'none' }, mentee: { date: checkIns.mentee, risk: 'none' } }, updatedAt: '', version: 1,
})

const records: AuditRecords = {
  people,
  applicants: new Set(['m2', 'e2']),
  sessions: [
    session('s1', 'information', '2026-01-20', 'held', informationTopics, [['e1', 'mentee']]),
    session('s2', 'training', '2026-02-15', 'held', trainingTopics.slice(0, 5), [['m2', 'mentor']]),
    session('s3', 'peer-meeting', '2026-06-10', 'held', ['experience-sharing'], [['m1', 'mentor']]),
    session('s4', 'information', '2026-12-10', 'scheduled', informationTopics, []),
  ],
  duos,
  lines: [
    // d1: March to September (the planned end) expect 1, 2, 2, 2, 2, 2, 1 meetings; May held one.
    line('d1', { '2026-03': 1, '2026-04': 2, '2026-05': 1, '2026-06': 2, '2026-07': 3, '2026-08': 2, '2026-09': 1 }, { mentor: '2026-11-20', mentee: '2026-10-01' }),
    // d3: January and February of the period, ended on 28 February with no meeting that month.
    line('d3', { '2025-11': 2, '2026-01': 2 }, { mentor: '2026-02-01', mentee: '2026-02-01' }),
  ],
  // d3, the one duo that ended in the period, had its closing interview the day before its end.
  closingInterviews: [{ duoId: 'd3', heldOn: '2026-02-27' }],
}

describe('the audit facts of a programme', () => {
  const { facts, subjects } = auditFacts(records, { from: '2026-01-01', to: '2026-12-31' }, { meetingsPerMonth: 2, checkInEveryWeeks: 6 }, '2026-12-01')

  it('counts the sessions held in the period, an information session for the side it invited', () => {
    expect(facts.informationSessions).toEqual({ mentor: { held: 0, topics: [] }, mentee: { held: 1, topics: [...informationTopics] } })
    expect(facts.trainings).toEqual({ held: 1, topics: trainingTopics.slice(0, 5) })
    // m1 attended s3; m4's duo (d3) lived in the period until February, and m4 never came.
    expect(facts.peerMeetings).toEqual({ held: 1, mentorsAttending: { done: 1, total: 2, missing: ['m4'] } })
  })

  it('tells where the period’s newcomers came from and how many partners referred', () => {
    expect(facts.recruitmentSources).toEqual({ mentor: { staff: 2, application: 1 }, mentee: { referral: 1, application: 1, staff: 1 } })
    expect(facts.referringPartners).toBe(1)
  })

  it('checks interviews and trainings before each person’s first duo, and refusals', () => {
    expect(facts.interviewedBeforeDuo).toEqual({ mentor: { done: 1, total: 2, missing: ['m2'] }, mentee: { done: 1, total: 3, missing: ['e2', 'e6'] } })
    expect(facts.mentorsTrainedBeforeFirstDuo).toEqual({ done: 2, total: 2, missing: [] })
    expect(facts.refusalsWithReason).toEqual({ mentor: { done: 1, total: 1, missing: [] }, mentee: { done: 2, total: 2, missing: [] } })
    expect(facts.refusedMenteesReferred).toEqual({ done: 1, total: 2, missing: ['e4'] })
  })

  it('follows the duos from the proposal to their end', () => {
    expect(facts.duosFromRun).toEqual({ done: 2, total: 3, missing: ['d2'] })
    expect(facts.duosProposedByStaff).toEqual({ done: 3, total: 3, missing: [] })
    expect(facts.firstMeetingsNeutralWithStaff).toEqual({ done: 1, total: 2, missing: ['d2'] })
    expect(facts.duosValidatedByBoth).toEqual({ done: 2, total: 2, missing: [] })
    expect(facts.contractsSigned).toEqual({ done: 1, total: 2, missing: ['d2'] })
    expect(facts.duosPlannedSixMonths).toEqual({ done: 1, total: 1, missing: [] })
    expect(facts.monthsAtCadence).toEqual({ done: 7, total: 9, missing: ['d1', 'd3'] })
    // d1's mentee was last seen on 1 October: due 12 November. d3's last check-ins (1 February) were due after its end.
    expect(facts.checkInsOnTime).toEqual({ done: 1, total: 2, missing: ['d1'] })
    expect(facts.earlyEndsWithReason).toEqual({ done: 0, total: 1, missing: ['d3'] })
    expect(facts.closingInterviews).toEqual({ done: 1, total: 1, missing: [] })
    expect(facts.evaluationsAnswered.total).toBe(0)
  })

  it('names who is behind each id', () => {
    expect(subjects.d2).toEqual({ kind: 'duo', name: 'E2 Test – M2 Test' })
    expect(subjects.e4).toEqual({ kind: 'mentee', name: 'E4 Test' })
  })

  it('gives the audit its verdicts', () => {
    const audit = auditProgramme(methodologyRules('mentoring-belgium-baseline')!, facts)
    const v = Object.fromEntries(audit.criteria.map((c) => [c.id, c.verdict]))
    expect(v).toMatchObject({
      'mentor-information-session': 'not-met', 'mentee-information-session': 'met', 'mentor-personal-interview': 'partly',
      'mentee-personal-interview': 'not-met', 'mentor-training-before-start': 'partly', 'mentee-referred-onwards': 'partly',
      'engagement-contract': 'partly', 'two-contacts-a-month': 'partly', 'early-end-possible': 'not-met', 'final-meeting': 'met',
    })
  })

  it('judges every gap between check-ins when the line keeps their days', () => {
    // d1 started on 15 March; its mentor was seen every five weeks or so, its mentee not between 20 April and 20 June.
    const kept = { ...line('d1', {}, { mentor: '2026-11-20', mentee: '2026-11-25' }), checkInDays: {
      mentor: ['2026-04-20', '2026-05-30', '2026-07-05', '2026-08-10', '2026-09-15', '2026-10-20', '2026-11-20'],
      mentee: ['2026-04-20', '2026-06-20', '2026-07-25', '2026-08-30', '2026-10-05', '2026-11-10', '2026-11-25'],
    } }
    const withDays = { ...records, lines: [kept, records.lines[1]!] }
    const cadences = { meetingsPerMonth: 2, checkInEveryWeeks: 6 }
    expect(auditFacts(withDays, { from: '2026-01-01', to: '2026-12-31' }, cadences, '2026-12-01').facts.checkInsOnTime).toEqual({ done: 1, total: 2, missing: ['d1'] })
    // Up to 15 April only, nothing was overdue yet: the period's end is the day judged.
    expect(auditFacts(withDays, { from: '2026-01-01', to: '2026-04-15' }, cadences, '2026-12-01').facts.checkInsOnTime).toEqual({ done: 2, total: 2, missing: [] })
    const steady = { ...kept, checkInDays: { mentor: kept.checkInDays.mentor, mentee: kept.checkInDays.mentor } }
    expect(auditFacts({ ...withDays, lines: [steady, records.lines[1]!] }, { from: '2026-01-01', to: '2026-12-31' }, cadences, '2026-12-01').facts.checkInsOnTime)
      .toEqual({ done: 2, total: 2, missing: [] })
  })

  it('leaves out what happened outside the period', () => {
    const { facts: later } = auditFacts(records, { from: '2026-07-01', to: '2026-12-31' }, { meetingsPerMonth: 2, checkInEveryWeeks: 6 }, '2026-12-01')
    expect(later.duosFromRun).toEqual({ done: 1, total: 1, missing: [] })
    expect(later.refusalsWithReason.mentee.total).toBe(0)
    expect(later.monthsAtCadence).toEqual({ done: 3, total: 3, missing: [] })
  })
})
