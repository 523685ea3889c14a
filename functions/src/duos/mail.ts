import {
  dayWords, menteeProfileSheet, wallClockWords, type Cadences, type Duo, type Locale, type Organisation, type Person, type ProgrammeRules,
} from '@binome/core'
import type { TenantData } from '@binome/data'
import type { Deps } from '../shared/deps'
import { calendarFileNames, invitationCalendar } from '../shared/calendar'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * The duo's e-mails: the proposal to the mentor (with the mentee's profile sheet, only the answers the programme
 * shows to the other side of a proposal, the answer deadline and the link to the portal), and the first meeting's
 * invitation to both (the programme's first-meeting guide, with a calendar file). The duo's step is committed before:
 * an e-mail that fails is logged by the sender and never undoes it.
 */

type MailDeps = Pick<Deps, 'mailer' | 'logger' | 'now' | 'newId' | 'appUrl'>

/** The portal page of a duo, where the mentor reads the proposal and answers (and both follow their duo). */
export const duoPortalLink = (appUrl: string, orgId: string, duoId: string): string =>
  `${appUrl.replace(/\/+$/, '')}/orgs/${encodeURIComponent(orgId)}/portal/duos/${encodeURIComponent(duoId)}`

const placeWords: Record<Locale, Record<Cadences['firstMeetingPlace'], string>> = {
  fr: { 'mentor-workplace': 'sur le lieu de travail du mentor', 'neutral-with-staff': 'en lieu neutre, en présence d’un membre de l’équipe', free: 'au lieu choisi par le binôme' },
  en: { 'mentor-workplace': 'at the mentor’s workplace', 'neutral-with-staff': 'on neutral ground, with a member of staff', free: 'where the duo chooses' },
  nl: { 'mentor-workplace': 'op de werkplek van de mentor', 'neutral-with-staff': 'op neutraal terrein, met een medewerker erbij', free: 'waar het duo kiest' },
}

/** The profile sheet's file name, in the language the proposal is written in (the organisation's). */
const sheetFileNames: Record<Locale, string> = { fr: 'fiche-de-presentation.txt', en: 'profile-sheet.txt', nl: 'profielfiche.txt' }

const personVariables = (p: Person) => ({
  firstName: p.firstName, lastName: p.lastName, fullName: `${p.firstName} ${p.lastName}`.trim(), email: p.email, phone: p.phone ?? null,
})

/** The staff member who follows the duo, as templates name them (the one who proposed it). */
/** The programme's cadences as the templates' `cadences` variable: numbers, and the first meeting's place in words. */
const cadenceVariables = (c: Cadences, locale: Locale) => ({
  durationMonthsMin: c.durationMonthsMin, durationMonthsMax: c.durationMonthsMax, meetingsPerMonth: c.meetingsPerMonth,
  meetingMinutes: c.meetingMinutes, checkInEveryWeeks: c.checkInEveryWeeks, peerMeetingEveryWeeks: c.peerMeetingEveryWeeks,
  proposalAnswerDays: c.proposalAnswerDays, firstMeetingWithinDays: c.firstMeetingWithinDays,
  firstMeetingPlace: placeWords[locale][c.firstMeetingPlace], trainingRequiredBeforeMatching: c.trainingRequiredBeforeMatching,
})

/** The duo's first meeting as the templates' `firstMeeting` variable: its day and hour on a Brussels clock. */
const firstMeetingVariables = (m: NonNullable<Duo['meeting']>) => {
  const when = wallClockWords(m.startsAt)
  return { date: when.date, time: when.time, place: m.place, staffPresent: m.placeKind === 'neutral-with-staff', durationMinutes: m.durationMinutes }
}

async function coordinatorOf(tenant: TenantData, userId: string) {
  const m = await tenant.members.get(userId)
  return { fullName: m?.name ?? null, email: m?.email ?? null, phone: null }
}

/**
 * The proposal to the mentor: the programme's `email-proposal`, with the mentee's profile sheet rendered from its
 * `mentee-profile-sheet` template as a text attachment (when the programme has one).
 *
 * @example
 * await sendProposal(deps, tenant, { duo, mentee, mentor, rules: current.rules, org })
 */
export async function sendProposal(
  deps: MailDeps, tenant: TenantData, v: { duo: Duo; mentee: Person; mentor: Person; rules: ProgrammeRules; org: Organisation },
) {
  const { duo, mentee, mentor, rules, org } = v
  const [programme, coordinator] = await Promise.all([tenant.programmes.get(duo.programmeId), coordinatorOf(tenant, duo.proposedBy)])
  const link = duoPortalLink(deps.appUrl, tenant.ctx.orgId, duo.id)
  const now = deps.now()
  const proposal = {
    answerBy: wallClockWords(duo.answerDeadline).date,
    daysLeft: Math.max(0, Math.ceil((Date.parse(duo.answerDeadline) - now.getTime()) / 86_400_000)),
    link,
  }
  const sheetTemplate = rules.templates.find((t) => t.kind === 'mentee-profile-sheet')
  let sheet: string | undefined
  if (sheetTemplate) {
    const profile = menteeProfileSheet(mentee, rules.forms.mentee, org.locale, now.toISOString())
    const { renderTemplate } = await import('@binome/documents') // LiquidJS: loaded on the first proposal, not at cold start
    const out = renderTemplate('mentee-profile-sheet', sheetTemplate.body, {
      organisation: { name: org.name, contactEmail: org.contactEmail ?? null },
      programme: { name: programme.name, description: programme.description },
      mentee: { firstName: profile.firstName, age: profile.age, locality: profile.locality, answers: profile.answers },
      mentor: { firstName: mentor.firstName },
      proposal, coordinator,
    })
    if (out.ok) sheet = out.rendered
    else deps.logger.error('mentee profile sheet not rendered', { orgId: tenant.ctx.orgId, duoId: duo.id, problems: out.problems })
  }
  return sendProgrammeEmail(deps, tenant, {
    kind: 'email-proposal', programmeId: duo.programmeId, rules, person: mentor,
    variables: { mentee: { firstName: mentee.firstName }, proposal, coordinator },
    ...(sheet !== undefined && {
      attachments: [{ fileName: sheetFileNames[org.locale], contentType: 'text/plain; charset=UTF-8', content: new TextEncoder().encode(sheet) }],
    }),
  })
}

/**
 * The calendar file of the first meeting for one of the duo: its UID is the duo's, its sequence the duo's version
 * (it grows with each reschedule), so that a moved meeting updates the invitation already in the calendar.
 */
export function meetingCalendar(duo: Duo, to: Person, other: Person, org: Organisation, description: string): Promise<Uint8Array> {
  const m = duo.meeting!
  return invitationCalendar({
    uid: `${duo.id}@binome.first-meeting`, sequence: duo.version, productId: 'binome/duos',
    title: `${org.name} — ${to.firstName} & ${other.firstName}`, description,
    startsAtUtc: m.startsAt, minutes: m.durationMinutes, place: m.place, org, to,
  })
}

/**
 * The first meeting's invitation to the mentor and the mentee: the programme's `first-meeting-guide` rendered for
 * them (its checklist included), with the meeting as a calendar file. Sent again, with the same UID, when it moves.
 *
 * @example
 * await sendFirstMeeting(deps, tenant, { duo, mentee, mentor, rules: current.rules, org })
 */
export async function sendFirstMeeting(
  deps: MailDeps, tenant: TenantData, v: { duo: Duo; mentee: Person; mentor: Person; rules: ProgrammeRules; org: Organisation },
): Promise<void> {
  const { duo, mentee, mentor, rules, org } = v
  const m = duo.meeting!
  const when = wallClockWords(m.startsAt)
  const coordinator = await coordinatorOf(tenant, m.staffMemberId ?? m.scheduledBy)
  const variables = {
    mentor: personVariables(mentor), mentee: personVariables(mentee), coordinator,
    firstMeeting: firstMeetingVariables(m), checklist: [], cadences: cadenceVariables(rules.cadences, org.locale),
  }
  const subject = { fr: 'Votre première rencontre', en: 'Your first meeting', nl: 'Jullie eerste ontmoeting' }[org.locale]
  for (const [to, other] of [[mentor, mentee], [mentee, mentor]] as const) {
    await sendProgrammeEmail(deps, tenant, {
      kind: 'first-meeting-guide', programmeId: duo.programmeId, rules, person: to, variables, subject: `${subject} — ${when.date} ${when.time}`,
      attachments: async (text) => [{
        fileName: `${calendarFileNames[org.locale]['first-meeting']}.ics`, contentType: 'text/calendar; charset=UTF-8; method=REQUEST', content: await meetingCalendar(duo, to, other, org, text),
      }],
    })
  }
}

/**
 * Tells the mentor and the mentee that their duo has started, once its contract's last signature made it active: its
 * dates, the programme's rhythm and their duo's page (the programme's `email-duo-started`).
 *
 * @example
 * await sendDuoStarted(deps, tenant, { duo, mentee, mentor, rules: current.rules, org })
 */
export async function sendDuoStarted(
  deps: MailDeps, tenant: TenantData, v: { duo: Duo; mentee: Person; mentor: Person; rules: ProgrammeRules; org: Organisation },
): Promise<void> {
  const { duo, mentee, mentor, rules, org } = v
  // A duo reaches its contract only once both sides validated its first meeting: an active duo has one.
  const meeting = duo.meeting!
  const coordinator = await coordinatorOf(tenant, meeting.staffMemberId ?? meeting.scheduledBy)
  const variables = {
    mentor: personVariables(mentor), mentee: personVariables(mentee), coordinator,
    duo: {
      startDate: dayWords(duo.startDate), endDate: dayWords(duo.plannedEndDate), durationMonths: rules.cadences.durationMonthsMax,
      link: duoPortalLink(deps.appUrl, tenant.ctx.orgId, duo.id),
    },
    firstMeeting: firstMeetingVariables(meeting),
    cadences: cadenceVariables(rules.cadences, org.locale),
  }
  for (const person of [mentor, mentee]) {
    await sendProgrammeEmail(deps, tenant, { kind: 'email-duo-started', programmeId: duo.programmeId, rules, person, variables })
  }
}
