import { route } from '../../shared/routes'
import { DomainError, planPeerSeries, type Invitable, type PersonStage } from '@binome/core'
import type { TenantData } from '@binome/data'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'

/**
 * The stages of a programme's active mentors, the people its peer meetings and newsletter are for: ready for a duo
 * (trained and accepted, waiting or between duos) or matched (proposed or in a duo). Mentors still being screened, refused
 * or closed are not part of the community yet, or any longer.
 */
export const activeMentorStages: readonly PersonStage[] = ['ready', 'matched']

/**
 * Every active mentor of a programme, by name, from the `ByStage` index (one query a stage, in pages of 1,000). An
 * erased person (no e-mail left) is never mailed again.
 *
 * @example
 * const mentors = await activeMentors(tenant, programmeId)
 */
export async function activeMentors(tenant: TenantData, programmeId: string): Promise<Invitable[]> {
  const out: Invitable[] = []
  for (const stage of activeMentorStages) {
    let cursor: string | undefined
    do {
      const page = await tenant.people.list(programmeId, { kind: 'mentor', stage }, { limit: 1000, cursor })
      for (const p of page.items) if (p.email) out.push({ id: p.id, kind: p.kind, firstName: p.firstName, lastName: p.lastName, email: p.email })
      cursor = page.nextCursor ?? undefined
    } while (cursor)
  }
  return out
}

/**
 * Mentors' peer meetings planned months ahead (seed 004): the core computes every date and invitation first (the
 * whole plan refused at once: 400 naming the field, 409 `session-full`), the series is written at once, then each
 * active mentor gets each meeting's invitation with its calendar file.
 */
export function registerPeerSeries(app: App) {
  app.openapi(route(routes.planPeerSeries), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const { everyWeeks, everyMonths, ...body } = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    if (programme.archivedAt) throw new DomainError('programme-archived', 'An archived programme schedules no more sessions')
    const [org, current, mentors] = await Promise.all([tenant.organisation.get(), tenant.rules.current(programmeId), activeMentors(tenant, programmeId)])
    if (everyWeeks !== undefined && everyMonths !== undefined) {
      throw new DomainError('validation', 'The series is not valid', { details: [{ path: 'everyMonths', reason: 'invalid', message: 'give an interval in weeks or in months, not both' }] })
    }
    const every = everyMonths !== undefined ? { months: everyMonths } : { weeks: everyWeeks ?? current.rules.cadences.peerMeetingEveryWeeks }
    const planned = planPeerSeries({ ...body, every }, mentors, {
      newId: deps.newId, orgId: tenant.ctx.orgId, programmeId, userId: user.id, now: deps.now().toISOString(),
    })
    await tenant.sessions.createSeries(planned.sessions, planned.invitees)
    // The series is committed; a mail that fails is logged and does not undo it (each session lists who is invited).
    const byId = new Map(planned.sessions.map((s) => [s.id, s]))
    const { inviteByMail } = await import('../session-mail') // loaded on this path only (issue 13)
    for (const invitee of planned.invitees) await inviteByMail(deps, tenant, { session: byId.get(invitee.sessionId)!, invitee, org, rules: current.rules })
    return c.json({ items: planned.sessions, invited: planned.invitees.length }, 201)
  })
}
