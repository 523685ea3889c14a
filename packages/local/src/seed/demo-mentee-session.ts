import { informationTopics, inviteToSession, newSession } from '@binome/core'
import type { TenantData } from '@binome/data'
import { daysAgoAt } from './demo-duos'

/** The demo mentee account's person and how many days ahead her session is. */
export const demoMenteeId = 'mentee-01'
export const demoMenteeSessionInDays = 9

/**
 * The demo mentee's upcoming session (issue 10), with the demo duos only: the next collective information session
 * where Amina Haddad (mentee-01, the demo mentee account) tells candidates about her duo, invited as a speaker. Her
 * portal lists it under « Mes séances » with its Brussels time (18:30) and its calendar file. A session of its own
 * rather than an invitation to the year's sessions (demo-sessions.ts), so those and the tests without demo duos are
 * unchanged. Written without e-mails.
 *
 * @example
 * await seedDemoMenteeSession(tenant, { programmeId, userId, place, now, newId })
 */
export async function seedDemoMenteeSession(
  tenant: TenantData, o: { programmeId: string; userId: string; place: string; now: Date; newId: () => string },
): Promise<void> {
  const nowIso = o.now.toISOString()
  const session = newSession({
    kind: 'information',
    title: 'Séance d’information collective — témoignage d’un binôme',
    // Brussels wall time, nine days ahead: 18:30 never falls in the hour a clock change skips.
    startsAt: `${daysAgoAt(o.now, -demoMenteeSessionInDays).slice(0, 10)}T18:30`,
    durationMinutes: 90,
    place: o.place,
    videoLink: null,
    capacity: 25,
    topics: [...informationTopics],
    notes: 'Une mentorée du programme raconte son binôme aux candidates et candidats.',
  }, { id: o.newId(), orgId: tenant.ctx.orgId, programmeId: o.programmeId, userId: o.userId, now: nowIso })
  await tenant.sessions.create(session)
  const mentee = await tenant.people.get(o.programmeId, 'mentee', demoMenteeId)
  const invited = inviteToSession(session, new Set(), [{ id: mentee.id, kind: mentee.kind, firstName: mentee.firstName, lastName: mentee.lastName, email: mentee.email! }], { userId: o.userId, now: nowIso })
  await tenant.sessions.apply(o.programmeId, session.id, () => invited)
}
