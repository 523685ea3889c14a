import {
  inviteToSession, newSession, recordAttendance, trainingTopics, informationTopics, type AttendanceMark, type Person,
} from '@binome/core'
import type { TenantData } from '@binome/data'

/**
 * A year of the programme's sessions around `now`: a monthly information session (seed 001: collective, one hour)
 * from ten months ago to two months ahead, and a mentor training (seed 000: the three-hour intercultural workshop)
 * every quarter. Past ones were held, with attendance (mostly present, some absent or excused); upcoming ones are
 * scheduled with their first invitations. Written without e-mails: the demo's outbox holds only what a visitor sends.
 *
 * The attendance follows the people's stages (walked before, see demo-pipeline.ts), not the other way round: only
 * someone the pipeline has informed is marked present at an information session, and only a trained mentor at a
 * training; the trainings invite the mentors trained or accepted (the latter not there yet). So the demo never shows
 * someone present at a session whose step they have not taken.
 */
export async function seedDemoSessions(
  tenant: TenantData,
  o: { programmeId: string; userId: string; now: Date; newId: () => string; place: string; videoLink: string; people: readonly Person[] },
): Promise<void> {
  const mentors = o.people.filter((p) => p.kind === 'mentor')
  const trainees = mentors.filter((p) => p.stageDates.trained !== undefined || p.stage === 'accepted')
  const byId = new Map(o.people.map((p) => [p.id, p]))
  const tookStep = (p: Person, training: boolean) => (training ? p.stageDates.trained : p.stageDates.informed) !== undefined
  const mentees = o.people.filter((p) => p.kind === 'mentee')
  const nowIso = o.now.toISOString()
  const at = (monthOffset: number, day: number, time: string) => {
    const d = new Date(Date.UTC(o.now.getUTCFullYear(), o.now.getUTCMonth() + monthOffset, day))
    return `${d.toISOString().slice(0, 10)}T${time}`
  }
  // Deterministic attendance: most come, the odd one is absent or sends an excuse.
  const markFor = (i: number, k: number): AttendanceMark => ((i + k) % 7 === 3 ? 'absent' : (i + k) % 5 === 4 ? 'excused' : 'present')
  // Someone who has not taken the session's step (still at applied, or a mentor not yet trained) was not there.
  const markOf = (p: Person, i: number, k: number, training: boolean): AttendanceMark =>
    tookStep(p, training) ? markFor(i, k) : (i + k) % 2 === 0 ? 'absent' : 'excused'
  const pick = <T>(list: readonly T[], from: number, n: number) => Array.from({ length: Math.min(n, list.length) }, (_, j) => list[(from + j) % list.length]!)

  const plan: { kind: 'information' | 'training'; month: number; day: number; time: string; online: boolean }[] = []
  for (let m = -10; m <= 2; m++) plan.push({ kind: 'information', month: m, day: 12, time: '18:00', online: m % 3 === 0 })
  for (const m of [-9, -6, -3, 1]) plan.push({ kind: 'training', month: m, day: 20, time: '09:00', online: false })

  for (const [k, s] of plan.entries()) {
    const training = s.kind === 'training'
    const session = newSession({
      kind: s.kind,
      title: training ? 'Atelier de sensibilisation interculturelle' : 'Séance d’information collective',
      startsAt: at(s.month, s.day, s.time),
      durationMinutes: training ? 180 : 60,
      place: s.online ? null : o.place,
      videoLink: s.online ? o.videoLink : null,
      capacity: training ? 12 : 20,
      topics: training ? [...trainingTopics] : [...informationTopics],
      notes: training ? 'Prévoir le dossier du mentor et la charte imprimés.' : '',
    }, { id: o.newId(), orgId: tenant.ctx.orgId, programmeId: o.programmeId, userId: o.userId, now: nowIso })
    await tenant.sessions.create(session)
    const invited = training ? pick(trainees, k * 3, 5) : [...pick(mentees, k * 2, 4), ...pick(mentors, k, 2)]
    const { session: withInvitees, invitees } = inviteToSession(session, new Set(), invited, { userId: o.userId, now: nowIso })
    const isPast = session.startsAtUtc < nowIso
    await tenant.sessions.apply(o.programmeId, session.id, () => ({ session: withInvitees, invitees }))
    if (isPast) {
      const marks = invitees.map((i, j) => ({ personId: i.personId, attendance: markOf(byId.get(i.personId)!, j, k, training) }))
      await tenant.sessions.apply(o.programmeId, session.id, (current) => recordAttendance(current.session, current.invitees, marks, nowIso))
    }
  }
}
