import { route } from '../shared/routes'
import {
  cancelPeerRegistration, forbidden, menteeProfileSheet, notFound, openPeerMeetings, participationOf, portalDuo, registerForPeerMeeting, sideIn,
  type Duo, type DuoEvent, type DuoSide, type Locale,
} from '@binome/core'
import { PortalDuoView } from '@binome/contracts'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import type { TenantData } from '@binome/data'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { calendarFileNames, invitationCalendar, sessionInvitation } from '../shared/calendar'

/** The caller's person, from their account's membership (an admin or staff tied it to them), never from the request. */
interface Caller {
  personId: string
  programmeId: string
}

async function callerPerson(tenant: TenantData): Promise<Caller> {
  const m = await tenant.members.require(tenant.ctx.userId)
  if (!m.personId || !m.programmeId) throw forbidden('Your account is not tied to a mentor or mentee of a programme')
  return { personId: m.personId, programmeId: m.programmeId }
}

/** One of the caller's own duos and their side in it; anyone else's is not found, as if it did not exist. */
async function ownDuo(tenant: TenantData, caller: Caller, duoId: string): Promise<{ duo: Duo; side: DuoSide }> {
  const duo = await tenant.duos.get(caller.programmeId, duoId)
  const side = sideIn(duo, caller.personId)
  if (!side) throw notFound('duo')
  return { duo, side }
}

/**
 * A duo as its mentor or mentee reads it: the core's portal view, the programme's name, and the other person as far
 * as the reader may know them — for the mentor the mentee's profile sheet (only the answers the programme shows to a
 * proposal's other side, from the form in force), for the mentee the mentor's first name once they accepted.
 */
async function view(deps: Deps, tenant: TenantData, duo: Duo, side: DuoSide, locale: Locale | undefined): Promise<PortalDuoView> {
  const now = deps.now().toISOString()
  const programme = await tenant.programmes.get(duo.programmeId)
  const base = { ...portalDuo(duo, side, now), programmeName: programme.name }
  if (side === 'mentor') {
    const [mentee, { rules }, org] = await Promise.all([
      tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.rules.current(duo.programmeId), tenant.organisation.get(),
    ])
    if (mentee.erasedAt) return PortalDuoView.parse(base)
    return PortalDuoView.parse({ ...base, menteeSheet: menteeProfileSheet(mentee, rules.forms.mentee, locale ?? org.locale, now) })
  }
  if (duo.answer?.outcome !== 'accepted') return PortalDuoView.parse(base)
  const mentor = await tenant.people.get(duo.programmeId, 'mentor', duo.mentorId)
  return PortalDuoView.parse(mentor.erasedAt ? base : { ...base, mentorFirstName: mentor.firstName })
}

/**
 * The mentor and mentee portal: a signed-in mentor or mentee reads their own duos, answers a proposal made to them
 * and gives their verdict on the first meeting. Each step goes through the duo's one transition (the data layer's
 * `duos.transition`: versioned, with its timeline entry and its effects on the pool), done by the caller themselves.
 */
export function registerPortal(app: App) {
  registerPeerMeetings(app)
  registerSessionCalendar(app)
  app.openapi(route(routes.listMyDuos), async (c) => {
    const { deps, tenant } = c.var
    const caller = await callerPerson(tenant)
    const { locale } = c.req.valid('query')
    const duos = await tenant.duos.ofPerson(caller.programmeId, caller.personId)
    const items = await Promise.all(duos.map((d) => view(deps, tenant, d, sideIn(d, caller.personId)!, locale)))
    return c.json({ items }, 200)
  })

  app.openapi(route(routes.readMyDuo), async (c) => {
    const { deps, tenant } = c.var
    const { duo, side } = await ownDuo(tenant, await callerPerson(tenant), c.req.valid('param').duoId)
    return c.json(await view(deps, tenant, duo, side, c.req.valid('query').locale), 200)
  })

  app.openapi(route(routes.answerMyProposal), async (c) => {
    const { deps, tenant, user } = c.var
    const caller = await callerPerson(tenant)
    const { duo, side } = await ownDuo(tenant, caller, c.req.valid('param').duoId)
    // The proposal is made to the mentor: the mentee follows it, and cannot answer in their name.
    if (side !== 'mentor') throw forbidden('Only the mentor answers a proposal')
    const body = c.req.valid('json')
    const at = deps.now().toISOString()
    const event: DuoEvent = body.answer === 'accept'
      ? { type: 'accept', at, by: user.id }
      : { type: 'refuse', at, by: user.id, reason: body.reason ?? '' }
    const { duo: next } = await tenant.duos.transition(caller.programmeId, duo.id, body.version, event, deps.newId)
    return c.json(await view(deps, tenant, next, side, undefined), 200)
  })

  app.openapi(route(routes.giveMyVerdict), async (c) => {
    const { deps, tenant, user } = c.var
    const caller = await callerPerson(tenant)
    const { duo, side } = await ownDuo(tenant, caller, c.req.valid('param').duoId)
    const body = c.req.valid('json')
    const at = deps.now().toISOString()
    const event: DuoEvent = body.verdict === 'validate'
      ? { type: 'validate', at, by: user.id, side }
      : { type: 'decline', at, by: user.id, side, reason: body.reason ?? '' }
    const { duo: next } = await tenant.duos.transition(caller.programmeId, duo.id, body.version, event, deps.newId)
    return c.json(await view(deps, tenant, next, side, undefined), 200)
  })
}

/** The caller as a mentor: peer meetings are the mentors' (a mentee's account gets 403). */
async function callerMentor(tenant: TenantData): Promise<Caller> {
  const m = await tenant.members.require(tenant.ctx.userId)
  if (m.role !== 'mentor' || !m.personId || !m.programmeId) throw forbidden('Peer meetings are for the mentors of a programme')
  return { personId: m.personId, programmeId: m.programmeId }
}

/**
 * The mentors' peer meetings in the portal (issue 10; seed 004: optional but encouraged): a mentor sees the upcoming
 * ones of their programme and registers or cancels; the registration is written on their invitee item with the
 * session's version check (./peer-participation in the core), so the capacity holds when two register at once.
 */
function registerPeerMeetings(app: App) {
  app.openapi(route(routes.listMyPeerMeetings), async (c) => {
    const { deps, tenant } = c.var
    const caller = await callerMentor(tenant)
    const now = deps.now().toISOString()
    // The upcoming peer meetings with the caller's own invitations, not every invitee of every session of the programme.
    const records = await tenant.sessions.upcoming(caller.programmeId, caller.personId, now, 'peer-meeting')
    return c.json({ items: openPeerMeetings(records, caller.personId, now) }, 200)
  })

  app.openapi(route(routes.setMyPeerRegistration), async (c) => {
    const { deps, tenant } = c.var
    const caller = await callerMentor(tenant)
    const { sessionId } = c.req.valid('param')
    const { registered } = c.req.valid('json')
    const now = deps.now().toISOString()
    const mentor = await tenant.people.get(caller.programmeId, 'mentor', caller.personId)
    await tenant.sessions.apply(caller.programmeId, sessionId, ({ session, invitees }) => {
      const mine = invitees.find((i) => i.personId === caller.personId)
      return registered
        ? registerForPeerMeeting(session, mine, mentor, { userId: tenant.ctx.userId, now })
        : cancelPeerRegistration(session, mine, now)
    })
    const records = await tenant.sessions.upcoming(caller.programmeId, caller.personId, now, 'peer-meeting')
    return c.json({ items: openPeerMeetings(records, caller.personId, now) }, 200)
  })
}

/**
 * "Add to my calendar" in the portal: a session the caller's person is invited to (a mentor's peer meeting or
 * training, a mentee's information session), as the same calendar file the invitation mail carries. A session of
 * another programme or organisation, or one they are not invited to, is not found (404), as if it did not exist.
 */
function registerSessionCalendar(app: App) {
  // What the portal lists with "Add to my calendar": the upcoming sessions the caller is invited to, whatever their
  // kind (a mentee is invited to nothing but information sessions; a mentor's peer meetings have their own list too).
  app.openapi(route(routes.listMySessions), async (c) => {
    const { deps, tenant } = c.var
    const caller = await callerPerson(tenant)
    const now = deps.now().toISOString()
    // Only those sessions and the caller's own invitations are read, not every invitee of the programme's sessions.
    const records = await tenant.sessions.upcomingFor(caller.programmeId, caller.personId, now)
    const { items } = participationOf(records, caller.personId, now)
    return c.json({ items: items.filter((s) => s.upcoming && s.state === 'scheduled') }, 200)
  })

  app.openapi(route(routes.readMySessionCalendar), async (c) => {
    const { tenant } = c.var
    const caller = await callerPerson(tenant)
    const { sessionId } = c.req.valid('param')
    const [{ session, invitees }, org] = await Promise.all([tenant.sessions.get(caller.programmeId, sessionId), tenant.organisation.get()])
    const mine = invitees.find((i) => i.personId === caller.personId)
    if (!mine) throw notFound('session')
    const bytes = await invitationCalendar(sessionInvitation(session, mine, org, session.notes || session.title))
    return c.json({
      // Named as the invitation mail names it: in the organisation's language (the request names none).
      filename: `${calendarFileNames[org.locale][session.kind]}-${session.startsAt.slice(0, 10)}.ics`, contentType: 'text/calendar' as const,
      base64: Buffer.from(bytes).toString('base64'),
    }, 200)
  })
}
