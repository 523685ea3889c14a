import type { Duo } from '../duo'
import { cadenceByMonth } from '../duo-life/duo-log'
import { checkInsDue } from '../duo-life/check-ins'
import type { ClosingInterview } from '../duo-life/closing'
import { dayOf, daysBetween, monthOf } from '../duo-life/dates'
import type { TrackingLine } from '../duo-life/tracking'
import { displayName, type Person } from '../people'
import type { Cadences } from '../rules/programme-rules'
import type { InformationTopic, Session, SessionInvitee, TrainingTopic } from '../sessions'
import type { PersonSource } from '../timeline'
import type { AuditFacts, Share } from './audit'

/** The records of one programme the audit reads: the data layer reads them (a handful of queries), the core judges. */
export interface AuditRecords {
  people: readonly Pick<Person, 'id' | 'kind' | 'firstName' | 'lastName' | 'createdAt' | 'referredBy' | 'interview' | 'decision' | 'stageDates'>[]
  /** People who sent a public application (the applications partition's person ids). */
  applicants: ReadonlySet<string>
  sessions: readonly {
    session: Pick<Session, 'id' | 'kind' | 'state' | 'startsAtUtc' | 'topics'>
    invitees: readonly Pick<SessionInvitee, 'personId' | 'personKind' | 'attendance'>[]
  }[]
  duos: readonly Duo[]
  /** The tracking lines (meetings per month, check-in days), by duo. */
  lines: readonly TrackingLine[]
  /** The closing interviews of the closed duos (absent for a duo that has none). */
  closingInterviews: readonly Pick<ClosingInterview, 'duoId' | 'heldOn'>[]
}

/** The audited period: two days, both included. */
export interface AuditPeriod {
  from: string
  to: string
}

/** Who an id behind a gap is, so that staff screens can name and link it. */
export interface AuditSubject {
  kind: 'duo' | 'mentor' | 'mentee'
  name: string
}

/** A `Share` being counted: `add(id, ok)` once per person or duo it concerns. */
function counter() {
  const s: Share = { done: 0, total: 0, missing: [] }
  return {
    share: s,
    add(id: string, ok: boolean) {
      s.total += 1
      if (ok) s.done += 1
      else if (!s.missing.includes(id)) s.missing.push(id)
    },
  }
}

/** The day `months` calendar months after `day` (the 31st of a short month falls on its last day). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return target.toISOString().slice(0, 10)
}

/**
 * What a programme's records show over a period, as the audit reads them (`auditProgramme`), with who each id behind
 * a gap is. People count in the period of the step the criterion is about: a first duo proposed in the period for the
 * interview and training before it, a refusal decided in it, a first meeting held in it, a start in it, a finished
 * month in it, an end in it. End evaluations are not recorded yet: they say no data.
 *
 * @example
 * const { facts, subjects } = auditFacts(records, { from: '2026-01-01', to: '2026-12-31' }, rules.cadences, '2026-12-01')
 * facts.contractsSigned // { done: 9, total: 10, missing: ['duo-7'] }
 * subjects['duo-7']     // { kind: 'duo', name: 'Amina Haddad – Sophie Lambert' }
 */
export function auditFacts(
  records: AuditRecords, period: AuditPeriod, cadences: Pick<Cadences, 'meetingsPerMonth' | 'checkInEveryWeeks'>, today: string,
): { facts: AuditFacts; subjects: Record<string, AuditSubject> } {
  const within = (at: string | null | undefined) => !!at && dayOf(at) >= period.from && dayOf(at) <= period.to
  const people = new Map(records.people.map((p) => [p.id, p]))
  const subjects: Record<string, AuditSubject> = {}
  const personName = (id: string) => {
    const p = people.get(id)
    return p ? displayName(p) : id
  }
  for (const p of records.people) subjects[p.id] = { kind: p.kind, name: displayName(p) }
  for (const d of records.duos) subjects[d.id] = { kind: 'duo', name: `${personName(d.menteeId)} – ${personName(d.mentorId)}` }

  // Sessions held in the period; an information session counts for the side(s) it invited (both when it invited no one).
  const held = records.sessions.filter((r) => r.session.state === 'held' && within(r.session.startsAtUtc))
  const infoFor = (side: 'mentor' | 'mentee') => {
    const mine = held.filter((r) => r.session.kind === 'information' && (r.invitees.length === 0 || r.invitees.some((i) => i.personKind === side)))
    return { held: mine.length, topics: [...new Set(mine.flatMap((r) => r.session.topics))] as InformationTopic[] }
  }
  const trainings = held.filter((r) => r.session.kind === 'training')
  const peer = held.filter((r) => r.session.kind === 'peer-meeting')

  // Where the period's newcomers came from: a partner's referral, a public application, else entered by staff.
  const recruitmentSources: AuditFacts['recruitmentSources'] = { mentor: {}, mentee: {} }
  const partners = new Set<string>()
  for (const p of records.people) {
    if (!within(p.createdAt)) continue
    const source: PersonSource = p.referredBy ? 'referral' : records.applicants.has(p.id) ? 'application' : 'staff'
    recruitmentSources[p.kind][source] = (recruitmentSources[p.kind][source] ?? 0) + 1
    if (p.kind === 'mentee' && p.referredBy) partners.add(p.referredBy)
  }

  // Each person's first proposal: the interview and the training are due before it.
  const firstDuo = new Map<string, string>()
  for (const d of records.duos) {
    for (const id of [d.menteeId, d.mentorId]) {
      const seen = firstDuo.get(id)
      if (!seen || d.proposedAt < seen) firstDuo.set(id, d.proposedAt)
    }
  }
  const interviewed = { mentor: counter(), mentee: counter() }
  const trained = counter()
  const refusals = { mentor: counter(), mentee: counter() }
  const referred = counter()
  const trainingAttended = (id: string, before: string) => trainings.some((r) => r.session.startsAtUtc <= before
    && r.invitees.some((i) => i.personId === id && i.attendance === 'present'))
  for (const p of records.people) {
    const first = firstDuo.get(p.id)
    if (first && within(first)) {
      const at = p.interview?.heldOn ?? p.stageDates.interviewed
      interviewed[p.kind].add(p.id, !!at && dayOf(at) <= dayOf(first))
      if (p.kind === 'mentor') {
        const trainedAt = p.stageDates.trained
        trained.add(p.id, (!!trainedAt && trainedAt <= first) || trainingAttended(p.id, first))
      }
    }
    if (p.decision?.outcome === 'refused' && within(p.decision.at)) {
      refusals[p.kind].add(p.id, !!p.decision.reason?.trim())
      if (p.kind === 'mentee') referred.add(p.id, !!p.decision.referredTo)
    }
  }

  const lines = new Map(records.lines.map((l) => [l.duoId, l]))
  const fromRun = counter(), byStaff = counter(), neutral = counter(), validated = counter(), signed = counter(), sixMonths = counter()
  const months = counter(), checkIns = counter(), earlyEnds = counter(), closings = counter()
  const heldClosing = new Set(records.closingInterviews.filter((i) => i.heldOn).map((i) => i.duoId))
  const activeMentors = new Set<string>()
  for (const d of records.duos) {
    if (within(d.proposedAt)) {
      fromRun.add(d.id, d.runId !== null)
      // Only a staff account can propose (duos.write): the practice holds for every proposal it records.
      byStaff.add(d.id, d.proposedBy !== '')
    }
    if (d.meeting && within(d.meeting.startsAt)) {
      neutral.add(d.id, d.meeting.placeKind === 'neutral-with-staff' && !!d.meeting.staffMemberId)
      if (dayOf(d.meeting.startsAt) < today && d.state !== 'cancelled') {
        const { mentor, mentee } = d.verdicts
        validated.add(d.id, (!!mentor && !!mentee) || mentor?.outcome === 'declined' || mentee?.outcome === 'declined')
      }
    }
    const { mentor: vm, mentee: ve } = d.verdicts
    if (vm?.outcome === 'validated' && ve?.outcome === 'validated' && within(vm.at > ve.at ? vm.at : ve.at)) signed.add(d.id, d.startDate !== null)
    if (!d.startDate) continue
    if (within(d.startDate)) sixMonths.add(d.id, !!d.plannedEndDate && d.plannedEndDate >= addMonths(dayOf(d.startDate), 6))
    const end = d.closure?.endDate ?? null
    const livedInPeriod = dayOf(d.startDate) <= period.to && (!end || end >= period.from)
    if (livedInPeriod) activeMentors.add(d.mentorId)
    const line = lines.get(d.id)
    if (line && livedInPeriod) {
      const entries = Object.entries(line.months).flatMap(([month, n]) =>
        Array.from({ length: n.meetings }, () => ({ kind: 'meeting' as const, date: `${month}-01`, minutes: 0 })))
      const cadence = cadenceByMonth(entries, {
        startedAt: d.startDate, today: end && end < today ? end : today, meetingsPerMonth: cadences.meetingsPerMonth, plannedEndAt: end ?? d.plannedEndDate,
      })
      for (const m of cadence) {
        if (m.month < monthOf(today) && m.month >= monthOf(period.from) && m.month <= monthOf(period.to) && m.expected > 0) months.add(d.id, m.met)
      }
    }
    // Check-ins (a paused duo is still followed): on time when neither side ever went longer than the cadence without
    // one — from the start, between check-ins, to the day judged (today for a running duo or the period's end if
    // earlier; a closed duo's end). A line
    // written before every check-in day was kept has each side's latest only: judged today or at its end, not earlier.
    const at = (d.state === 'active' || d.state === 'paused') && livedInPeriod ? (period.to < today ? period.to : today) : d.state === 'closed' && end && within(end) ? end : null
    if (at && line) {
      const days = line.checkInDays
      if (days) {
        const limit = cadences.checkInEveryWeeks * 7
        const start = dayOf(d.startDate)
        const steady = (side: 'mentor' | 'mentee') => [start, ...days[side].filter((x) => x <= at), at]
          .every((x, i, all) => i === 0 || daysBetween(all[i - 1]!, x) <= limit)
        checkIns.add(d.id, steady('mentor') && steady('mentee'))
      } else if (at === today || at === end) {
        const last = (['mentor', 'mentee'] as const).flatMap((side) => (line.checkIns[side] ? [{ side, date: line.checkIns[side].date }] : []))
        const due = checkInsDue(last, { startedAt: d.startDate, everyWeeks: cadences.checkInEveryWeeks })
        checkIns.add(d.id, due.mentor >= at && due.mentee >= at)
      }
    }
    if (d.state === 'closed' && end && within(end)) closings.add(d.id, heldClosing.has(d.id))
    if (d.closure?.early && within(d.closure.endDate)) earlyEnds.add(d.id, !!d.closure.reason?.trim())
  }

  const attending = counter()
  for (const id of activeMentors) attending.add(id, peer.some((r) => r.invitees.some((i) => i.personId === id && i.attendance === 'present')))

  const none = (): Share => ({ done: 0, total: 0, missing: [] })
  const facts: AuditFacts = {
    informationSessions: { mentor: infoFor('mentor'), mentee: infoFor('mentee') },
    trainings: { held: trainings.length, topics: [...new Set(trainings.flatMap((r) => r.session.topics))] as TrainingTopic[] },
    recruitmentSources,
    referringPartners: partners.size,
    interviewedBeforeDuo: { mentor: interviewed.mentor.share, mentee: interviewed.mentee.share },
    refusalsWithReason: { mentor: refusals.mentor.share, mentee: refusals.mentee.share },
    refusedMenteesReferred: referred.share,
    mentorsTrainedBeforeFirstDuo: trained.share,
    duosFromRun: fromRun.share,
    duosProposedByStaff: byStaff.share,
    firstMeetingsNeutralWithStaff: neutral.share,
    duosValidatedByBoth: validated.share,
    contractsSigned: signed.share,
    duosPlannedSixMonths: sixMonths.share,
    monthsAtCadence: months.share,
    checkInsOnTime: checkIns.share,
    peerMeetings: { held: peer.length, mentorsAttending: attending.share },
    closingInterviews: closings.share,
    // End evaluations have no records yet (issue 11's electronic evaluation).
    evaluationsAnswered: none(),
    earlyEndsWithReason: earlyEnds.share,
  }
  return { facts, subjects }
}
