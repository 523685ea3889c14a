import { brusselsToUtc, wallClockWords, type ClosingInterview, type Duo, type Organisation, type Person, type ProgrammeRules } from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { calendarFileNames, invitationCalendar } from '../shared/calendar'
import { sendProgrammeEmail } from '../shared/programme-email'

type MailDeps = Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId'>

/**
 * The closing interview's calendar file for one side: its UID is the duo's closing interview, its sequence the
 * record's version, so that a moved interview updates the invitation already in the calendar. The interview's time is
 * a Brussels wall time, converted to the instant here.
 */
export function closingCalendar(interview: ClosingInterview, to: Person, org: Organisation, description: string): Promise<Uint8Array> {
  return invitationCalendar({
    uid: `${interview.duoId}@binome.closing-interview`, sequence: interview.version, productId: 'binome/duos',
    title: `${org.name} — ${to.firstName}`, description,
    startsAtUtc: brusselsToUtc(interview.startsAt)!, minutes: interview.minutes,
    ...(interview.place && { place: interview.place }), org, to,
  })
}

const personVariables = (p: Person) => ({
  firstName: p.firstName, lastName: p.lastName, fullName: `${p.firstName} ${p.lastName}`.trim(), email: p.email, phone: p.phone ?? null,
})

/**
 * The invitation to the closing interview for the mentor and the mentee: the programme's `email-closing-interview`
 * with the calendar file. Sent again, with the same UID, when it moves. The interview is saved before: an e-mail that
 * fails is logged by the sender and never undoes it.
 *
 * @example
 * await sendClosingInterview(deps, tenant, { duo, interview, rules, org, coordinatorId: user.id })
 */
export async function sendClosingInterview(
  deps: MailDeps, tenant: TenantData,
  v: { duo: Duo; interview: ClosingInterview; rules: ProgrammeRules; org: Organisation; coordinatorId: string },
): Promise<void> {
  const { duo, interview, rules, org } = v
  const [mentee, mentor, member] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId), tenant.members.get(v.coordinatorId),
  ])
  const when = wallClockWords(brusselsToUtc(interview.startsAt)!)
  const variables = {
    mentor: personVariables(mentor), mentee: personVariables(mentee),
    coordinator: { fullName: member?.name ?? null, email: member?.email ?? null, phone: null },
    closingInterview: { date: when.date, time: when.time, durationMinutes: interview.minutes, online: interview.mode === 'online', place: interview.place ?? '' },
  }
  for (const to of [mentor, mentee]) {
    await sendProgrammeEmail(deps, tenant, {
      kind: 'email-closing-interview', programmeId: duo.programmeId, rules, person: to, variables,
      attachments: async (text) => [{
        fileName: `${calendarFileNames[org.locale]['closing-interview']}.ics`, contentType: 'text/calendar; charset=UTF-8; method=REQUEST', content: await closingCalendar(interview, to, org, text),
      }],
    })
  }
}
