import { route } from '../shared/routes'
import { sendClosureEvaluations } from '../evaluations/send'
import { brusselsToUtc, DomainError, duoEventsFrom, type Duo, type DuoEvent } from '@binome/core'
import { DuoView } from '@binome/contracts'
import { matchingRoutes as routes } from '@binome/contracts/routes/matching'
import type { TenantData } from '@binome/data'
import type { App } from '../shared/app'
import type { Deps } from '../shared/deps'
import { sendFirstMeeting, sendProposal } from './mail'

/**
 * The staff's duo routes (stage 3): propose the pairs a coordinator selected, list and read duos with their timeline,
 * and record each step on the duo's behalf (the mentor's answer, the first meeting, each side's verdict) or cancel it.
 * Every step goes through the data layer's `duos.transition`, which applies the core's state machine and writes the
 * duo, its timeline entry and its people's stage moves in one transaction; the mentor and mentee portal and the
 * contract routes use the same function.
 */

/** A duo as staff screens show it: its people's names and the steps it may take now. */
export async function duoView(tenant: TenantData, duo: Duo): Promise<DuoView> {
  const [mentee, mentor] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId),
  ])
  const name = (p: typeof mentee) => ({ id: p.id, firstName: p.firstName, lastName: p.lastName })
  return DuoView.parse({ ...duo, mentee: name(mentee), mentor: name(mentor), next: duoEventsFrom(duo) })
}

/** The duo's people, its programme's rules and the organisation: what its e-mails need. */
async function mailFacts(tenant: TenantData, duo: Duo) {
  const [mentee, mentor, current, org] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId),
    tenant.rules.current(duo.programmeId), tenant.organisation.get(),
  ])
  return { duo, mentee, mentor, rules: current.rules, org }
}

/** A staff member present at a first meeting on neutral ground: an active admin or coordinator of the organisation. */
async function checkStaffMember(tenant: TenantData, userId: string | undefined): Promise<void> {
  if (userId === undefined) return
  const m = await tenant.members.get(userId)
  if (!m || m.status !== 'active' || (m.role !== 'admin' && m.role !== 'coordinator')) {
    throw new DomainError('validation', 'The staff member is not an active admin or coordinator of the organisation', {
      details: [{ path: 'staffMemberId', reason: 'not-a-choice', message: 'is not an active admin or coordinator of the organisation' }],
    })
  }
}

/** One step on a duo, as the caller read it, answered with the duo as staff see it. */
async function step(deps: Deps, tenant: TenantData, programmeId: string, duoId: string, version: number, event: DuoEvent) {
  const { duo } = await tenant.duos.transition(programmeId, duoId, version, event, deps.newId)
  return duo
}

export function registerDuos(app: App) {
  app.openapi(route(routes.proposeDuos), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId } = c.req.valid('param')
    const { runId, pairs } = c.req.valid('json')
    const programme = await tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    if (programme.status === 'archived') throw new DomainError('programme-archived', 'An archived programme proposes no more duos')
    if (runId !== undefined) await tenant.runs.get(programmeId, runId)
    const created = await tenant.duos.propose(
      programmeId, pairs.map((p) => ({ ...p, runId: runId ?? null })), { at: deps.now().toISOString(), by: user.id, newId: deps.newId },
    )
    // The duos are committed: each mentor hears of their proposal; a mail that fails is logged, never undone.
    for (const duo of created) await sendProposal(deps, tenant, await mailFacts(tenant, duo))
    return c.json({ items: await Promise.all(created.map((d) => duoView(tenant, d))) }, 201)
  })

  app.openapi(route(routes.listDuos), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { state, ...page } = c.req.valid('query')
    await tenant.programmes.get(programmeId)
    const found = await tenant.duos.page(programmeId, { ...page, states: state ? [state] : undefined })
    return c.json({ items: await Promise.all(found.items.map((d) => duoView(tenant, d))), nextCursor: found.nextCursor }, 200)
  })

  app.openapi(route(routes.readDuo), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    return c.json(await duoView(c.var.tenant, await c.var.tenant.duos.get(programmeId, duoId)), 200)
  })

  app.openapi(route(routes.readDuoTimeline), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    await c.var.tenant.duos.get(programmeId, duoId) // 404 for a duo that is not there
    return c.json(await c.var.tenant.duos.timeline(programmeId, duoId, c.req.valid('query')), 200)
  })

  app.openapi(route(routes.recordDuoAnswer), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, answer, reason } = c.req.valid('json')
    const at = deps.now().toISOString()
    const event: DuoEvent = answer === 'accept' ? { type: 'accept', at, by: user.id } : { type: 'refuse', at, by: user.id, reason: reason ?? '' }
    return c.json(await duoView(tenant, await step(deps, tenant, programmeId, duoId, version, event)), 200)
  })

  app.openapi(route(routes.scheduleFirstMeeting), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, startsAt, durationMinutes, place, placeKind, staffMemberId } = c.req.valid('json')
    const utc = brusselsToUtc(startsAt)
    if (!utc) {
      throw new DomainError('validation', 'The first meeting needs a real date and time', {
        details: [{ path: 'startsAt', reason: 'not-a-date', message: 'is not a date and time in Brussels' }],
      })
    }
    await checkStaffMember(tenant, staffMemberId)
    const duo = await step(deps, tenant, programmeId, duoId, version, {
      type: 'schedule-meeting', at: deps.now().toISOString(), by: user.id, startsAt: utc, place, placeKind,
      ...(durationMinutes !== undefined && { durationMinutes }), ...(staffMemberId !== undefined && { staffMemberId }),
    })
    await sendFirstMeeting(deps, tenant, await mailFacts(tenant, duo))
    return c.json(await duoView(tenant, duo), 200)
  })

  app.openapi(route(routes.recordMeetingVerdict), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, side, verdict, reason } = c.req.valid('json')
    const at = deps.now().toISOString()
    const event: DuoEvent = verdict === 'validate' ? { type: 'validate', at, by: user.id, side } : { type: 'decline', at, by: user.id, side, reason: reason ?? '' }
    return c.json(await duoView(tenant, await step(deps, tenant, programmeId, duoId, version, event)), 200)
  })

  app.openapi(route(routes.closeDuo), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, ...closure } = c.req.valid('json')
    const event: DuoEvent = { type: 'close', at: deps.now().toISOString(), by: user.id, ...closure }
    const closed = await step(deps, tenant, programmeId, duoId, version, event)
    // The end-of-duo questionnaires go now rather than at tomorrow's sweep (the end day is today or past): after the
    // closure is stored, idempotent with the sweep, which sends them still if this fails.
    await sendClosureEvaluations(deps, tenant, closed)
    return c.json(await duoView(tenant, closed), 200)
  })

  app.openapi(route(routes.pauseDuo), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, reason, expectedResumeDate } = c.req.valid('json')
    const event: DuoEvent = { type: 'pause', at: deps.now().toISOString(), by: user.id, reason, expectedResumeDate }
    return c.json(await duoView(tenant, await step(deps, tenant, programmeId, duoId, version, event)), 200)
  })

  app.openapi(route(routes.resumeDuo), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version } = c.req.valid('json')
    const event: DuoEvent = { type: 'resume', at: deps.now().toISOString(), by: user.id }
    return c.json(await duoView(tenant, await step(deps, tenant, programmeId, duoId, version, event)), 200)
  })

  app.openapi(route(routes.cancelDuo), async (c) => {
    const { deps, tenant, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, reason } = c.req.valid('json')
    const event: DuoEvent = { type: 'cancel', at: deps.now().toISOString(), by: user.id, reason }
    return c.json(await duoView(tenant, await step(deps, tenant, programmeId, duoId, version, event)), 200)
  })
}
