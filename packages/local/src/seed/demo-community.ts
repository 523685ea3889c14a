import {
  applyNewsletterEvent, inviteToSession, newNewsletter, newSession, newsletterAudience, newsletterCounts, planPeerSeries,
  recordAttendance, registerForPeerMeeting, setSubscribed, type AttendanceMark, type Invitable, type NewsletterDelivery,
} from '@binome/core'
import type { Data, TenantData } from '@binome/data'
import { daysAgoAt } from './demo-duos'

/**
 * MentorYou's mentor community (issue 10, seeds 001 and 004), with the demo duos only: a peer-meeting series of the
 * past six months, held about every two months with attendance recorded, and its next three meetings planned ahead
 * with some mentors registered (the demo mentor among them, so her portal offers the calendar file and her page
 * lists her participation); and a newsletter sent a fortnight ago, written as the send worker writes it (state
 * `sent`, a delivery mark per mentor, each mentor's subscription and unsubscribe link), one mentor having
 * unsubscribed through her link since, so the next newsletter skips her. Written without e-mails: the demo's outbox
 * holds only what a visitor sends.
 */

/** Days ago of the held meetings (about every two months) and days ahead of the first planned one. */
const heldDaysAgo = [158, 98, 37]
const nextInDays = 23
/** The mentors registered for the next meeting (the demo mentor first) and the one who unsubscribed. */
const registered = ['mentor-01', 'mentor-02', 'mentor-04', 'mentor-06']
export const demoUnsubscribedMentor = 'mentor-03'

const meeting = {
  title: 'Rencontre entre mentors',
  durationMinutes: 90,
  capacity: 60,
  topics: ['experience-sharing', 'difficult-situations'] as ('experience-sharing' | 'difficult-situations')[],
  notes: 'Échange de pratiques animé par la coordination ; un thème par rencontre, des cas apportés par les mentors.',
}

export interface DemoCommunityContext {
  programmeId: string
  /** The coordinator who plans the meetings and writes the newsletter. */
  userId: string
  place: string
  now: Date
  newId: () => string
  newToken: () => string
}

/**
 * Writes the peer meetings and the newsletter; `data` is for the unsubscribe links (platform items).
 *
 * @example
 * await seedDemoCommunity(data, tenant, { programmeId, userId, place, now, newId, newToken })
 */
export async function seedDemoCommunity(data: Data, tenant: TenantData, ctx: DemoCommunityContext): Promise<void> {
  const mentors = await activeMentors(tenant, ctx.programmeId)
  await seedPeerMeetings(tenant, mentors, ctx)
  await seedNewsletter(data, tenant, mentors, ctx)
}

async function activeMentors(tenant: TenantData, programmeId: string): Promise<Invitable[]> {
  const out: Invitable[] = []
  for (const stage of ['ready', 'matched'] as const) {
    const page = await tenant.people.list(programmeId, { kind: 'mentor', stage }, { limit: 1000 })
    for (const p of page.items) if (p.email) out.push({ id: p.id, kind: p.kind, firstName: p.firstName, lastName: p.lastName, email: p.email })
  }
  return out.sort((a, b) => a.id.localeCompare(b.id))
}

/** Brussels wall-clock `YYYY-MM-DDTHH:mm`, `d` days ago (negative: ahead). 18:30 never falls in the skipped hour. */
const localAt = (now: Date, d: number) => `${daysAgoAt(now, d).slice(0, 10)}T18:30`

async function seedPeerMeetings(tenant: TenantData, mentors: Invitable[], ctx: DemoCommunityContext): Promise<void> {
  const { orgId } = tenant.ctx
  const base = { orgId, programmeId: ctx.programmeId, userId: ctx.userId }
  // Optional but encouraged: about two in three come, the others excuse themselves or do not.
  const markFor = (i: number, k: number): AttendanceMark => ((i + k) % 3 === 2 ? ((i + k) % 2 ? 'excused' : 'absent') : 'present')
  for (const [k, d] of heldDaysAgo.entries()) {
    const planned = daysAgoAt(ctx.now, d + 60)
    const session = newSession({ ...meeting, kind: 'peer-meeting', startsAt: localAt(ctx.now, d), place: ctx.place }, { ...base, id: ctx.newId(), now: planned })
    await tenant.sessions.create(session)
    const invited = inviteToSession(session, new Set(), mentors, { userId: ctx.userId, now: planned })
    await tenant.sessions.apply(ctx.programmeId, session.id, () => invited)
    const marks = invited.invitees.map((i, n) => ({ personId: i.personId, attendance: markFor(n, k) }))
    const after = daysAgoAt(ctx.now, d - 1)
    await tenant.sessions.apply(ctx.programmeId, session.id, (current) => recordAttendance(current.session, current.invitees, marks, after))
  }
  // The next six months planned at once, as the coordinator does from the Sessions tab (a week ago).
  const plannedAt = daysAgoAt(ctx.now, 7)
  const series = planPeerSeries(
    { ...meeting, place: ctx.place, firstStartsAt: localAt(ctx.now, -nextInDays), every: { months: 2 }, count: 3 },
    mentors, { ...base, newId: ctx.newId, now: plannedAt },
  )
  await tenant.sessions.createSeries(series.sessions, series.invitees)
  const first = series.sessions[0]!
  for (const [n, personId] of registered.entries()) {
    const mentor = mentors.find((m) => m.id === personId)
    if (!mentor) continue
    const at = daysAgoAt(ctx.now, 6 - n)
    await tenant.sessions.apply(ctx.programmeId, first.id, (current) =>
      registerForPeerMeeting(current.session, current.invitees.find((i) => i.personId === personId), mentor, { userId: ctx.userId, now: at }))
  }
}

async function seedNewsletter(data: Data, tenant: TenantData, mentors: Invitable[], ctx: DemoCommunityContext): Promise<void> {
  const { orgId } = tenant.ctx
  const sentAt = daysAgoAt(ctx.now, 14, 10)
  const at = daysAgoAt(ctx.now, 14, 10, 2)
  let n = newNewsletter({
    subject: 'Nouvelles de la communauté des mentors',
    body: [
      'Bonjour à toutes et à tous,',
      '',
      'Merci pour votre présence à notre dernière rencontre entre mentors : vos échanges sur les premiers entretiens ont été précieux.',
      '',
      '**Prochaine rencontre** : dans trois semaines, à Saint-Gilles. Inscrivez-vous depuis votre portail.',
      '',
      'Bonne fin de mois,',
      'L’équipe MentorYou',
    ].join('\n'),
  }, { id: ctx.newId(), orgId, programmeId: ctx.programmeId, userId: ctx.userId, now: sentAt })
  await tenant.newsletters.record(n)
  // As the send worker does: start, the mentors' subscriptions and links, a mark each, the counts, then finish.
  const save = async (next: typeof n) => { await tenant.newsletters.replace(next); n = next }
  await save(applyNewsletterEvent(n, 'start', at))
  const audience = newsletterAudience(mentors, [], { orgId, programmeId: ctx.programmeId, locale: 'fr', now: at, newToken: ctx.newToken })
  await data.newsletterLinks.link(audience.created.map((s) => ({ token: s.token, orgId, programmeId: ctx.programmeId, personId: s.personId })))
  await tenant.newsletters.addSubscriptions(audience.created)
  const marks = audience.send.map(({ mentor }): NewsletterDelivery => ({ orgId, newsletterId: n.id, personId: mentor.id, state: 'sent', at }))
  await tenant.newsletters.markDeliveries(marks)
  await save(newsletterCounts(n, marks, { total: audience.send.length, skipped: audience.skipped }, at))
  await save(applyNewsletterEvent(n, 'finish', at))
  // Two days later one mentor followed her unsubscribe link.
  const sub = audience.created.find((s) => s.personId === demoUnsubscribedMentor)
  if (sub) await tenant.newsletters.replaceSubscription(setSubscribed(sub, false, daysAgoAt(ctx.now, 12, 21)))
}
