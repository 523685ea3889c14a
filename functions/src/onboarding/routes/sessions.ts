import { route } from '../../shared/routes'
import {
  DomainError, attendanceEvent, cancelSession, inviteToSession, isUpcoming, moveStage, newSession, participationOf, personLifecycle, recordAttendance,
  updateSession, withStage, type Person,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import { timelineEntry } from './people'

/**
 * Information sessions and mentor trainings of a programme (stages 1 and 2): staff schedule them, invite people of
 * the programme (each gets the programme's e-mail with a calendar file) and record attendance, which moves each
 * person present one step along the pipeline (`attendanceEvent` in the core).
 */
export function registerSessions(app: App) {
  app.openapi(route(routes.listSessions), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { when, kind } = c.req.valid('query')
    await tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    const now = deps.now().toISOString()
    const all = (await tenant.sessions.all(programmeId)).map((r) => r.session)
      .filter((s) => (!kind || s.kind === kind) && (when === 'all' || (when === 'upcoming') === isUpcoming(s, now)))
    // Upcoming: the next one first; past and all: the latest first.
    all.sort((a, b) => (when === 'upcoming' ? a.startsAtUtc.localeCompare(b.startsAtUtc) : b.startsAtUtc.localeCompare(a.startsAtUtc)))
    return c.json({ items: all }, 200)
  })

  app.openapi(route(routes.createSession), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    if (programme.archivedAt) throw new DomainError('programme-archived', 'An archived programme schedules no more sessions')
    const session = newSession(body, { id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, userId: user.id, now: deps.now().toISOString() })
    await tenant.sessions.create(session)
    return c.json(session, 201)
  })

  app.openapi(route(routes.readSession), async (c) => {
    const { programmeId, sessionId } = c.req.valid('param')
    const { session, invitees } = await c.var.tenant.sessions.get(programmeId, sessionId)
    return c.json({ ...session, invitees }, 200)
  })

  // A person's sessions (issue 10: a mentor's peer meetings on their page): the programme's session partition read
  // once (a few dozen sessions a year), the person's own invitee item picked from each.
  app.openapi(route(routes.personSessions), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    await tenant.people.find(programmeId, personId) // 404 for someone not of this programme
    const records = await tenant.sessions.all(programmeId)
    return c.json(participationOf(records, personId, deps.now().toISOString(), c.req.valid('query').kind), 200)
  })

  app.openapi(route(routes.updateSession), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, sessionId } = c.req.valid('param')
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    return c.json(await tenant.sessions.update(programmeId, sessionId, version, ({ session }) => updateSession(session, changes, now)), 200)
  })

  app.openapi(route(routes.cancelSession), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, sessionId } = c.req.valid('param')
    const now = deps.now().toISOString()
    return c.json(await tenant.sessions.update(programmeId, sessionId, c.req.valid('json').version, ({ session }) => cancelSession(session, now)), 200)
  })

  app.openapi(route(routes.inviteToSession), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, sessionId } = c.req.valid('param')
    const { personIds } = c.req.valid('json')
    const now = deps.now().toISOString()
    // Every person must be of this programme (of this organisation): an unknown id is a 404, before anything is written.
    const people: Person[] = await Promise.all(personIds.map((id) => tenant.people.find(programmeId, id)))
    const [org, current] = await Promise.all([tenant.organisation.get(), tenant.rules.current(programmeId)])
    const result = await tenant.sessions.apply(programmeId, sessionId, ({ session, invitees }) =>
      inviteToSession(session, new Set(invitees.map((i) => i.personId)), people, { userId: user.id, now }))
    // The invitations are committed; a mail that fails is logged and does not undo them (the list shows who is invited).
    // The invitation mail and its calendar file load when someone is invited, not at cold start (issue 13).
    const { inviteByMail } = await import('../session-mail')
    for (const invitee of result.changed) await inviteByMail(deps, tenant, { session: result.session, invitee, org, rules: current.rules })
    return c.json({ ...result.session, invitees: result.invitees }, 200)
  })

  app.openapi(route(routes.recordAttendance), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, sessionId } = c.req.valid('param')
    const { marks } = c.req.valid('json')
    const now = deps.now().toISOString()
    const result = await tenant.sessions.apply(programmeId, sessionId, ({ session, invitees }) => recordAttendance(session, invitees, marks, now))
    // Each person present takes the session's step (informed, trained) through the pipeline's own rules, with the
    // timeline entry in the same write as the move. The attendance is committed first and stays recorded whatever
    // happens next: a person whose stage does not allow the step (already further along, a mentor not yet accepted
    // for a training, someone refused or closed) is simply left where they are. Marking someone present again finds
    // them moved already and does nothing, so sending the same attendance twice is harmless.
    const steps = result.changed.flatMap((invitee) => {
      const event = attendanceEvent(result.session, invitee)
      return event ? [{ personId: invitee.personId, event }] : []
    })
    if (steps.length > 0) {
      const current = await tenant.rules.current(programmeId)
      for (const { personId, event } of steps) {
        const person = await tenant.people.find(programmeId, personId)
        if (!personLifecycle.allows(person.stage, event)) continue
        const ctx = {
          side: person.kind, now, by: tenant.ctx.userId, eligibility: current.rules.eligibility,
          trainingRequired: current.rules.cadences.trainingRequiredBeforeMatching,
        }
        await tenant.people.update(programmeId, personId, person.version, (p) => withStage(p, moveStage(p.stage, event, ctx, p.stageDates), now),
          (before, after) => timelineEntry(deps, after, now, tenant.ctx.userId, { kind: 'stage', stage: { from: before.stage, to: after.stage, event } }))
      }
    }
    return c.json({ ...result.session, invitees: result.invitees }, 200)
  })
}
