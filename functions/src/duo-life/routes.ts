import { route } from '../shared/routes'
import { localDay,
  cadenceByMonth, checkInsDue, commentAction, lineFromDuo, trackingRow, withCheckIn, withLogEntry, type TrackingRow, DomainError, forbidden, isLoggableDay, monthOf, moveAction, newAction, nextRecord, notFound,
  openRisk, planSummary, type CheckIn, type Duo, type TrackingLine, type DuoLogEntry, type FieldReason, type Intake, type JobSearchProgress, type LogAuthor,
} from '@binome/core'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { trackingSorts } from '@binome/contracts'
import type { TenantData } from '@binome/data'
import type { Context } from 'hono'
import type { App } from '../shared/app'
import type { AppEnv } from '../shared/env'

/**
 * A started duo's life (stages 4–5): the in-take, the action plan, the meetings and contacts log, the mentee's
 * job-search progress — written by the duo's own mentor and mentee or by staff — and the staff's check-ins. A mentor
 * or mentee reaches only their own duo, found through their account's person (another duo is 404, as if absent);
 * writes need the duo to have started (409 `wrong-state` with its state otherwise).
 */

/** Who is writing, as the log records it: a side of the duo, or staff. */
interface Writer {
  side: LogAuthor
  userId: string
  name: string
}

/** The duo of the path as the caller may reach it, and who they are in it. */
export async function reach(c: Context<AppEnv>, programmeId: string, duoId: string, opts: { write: boolean }): Promise<{ duo: Duo; writer: Writer }> {
  const { tenant, user, role } = c.var
  const duo = await tenant.duos.get(programmeId, duoId)
  let side: LogAuthor = 'staff'
  if (role === 'mentor' || role === 'mentee') {
    const m = await tenant.members.require(user.id)
    const theirs = role === 'mentor' ? duo.mentorId : duo.menteeId
    if (m.programmeId !== programmeId || m.personId !== theirs) throw notFound('duo')
    side = role
  }
  if (opts.write && duo.state !== 'active') {
    throw new DomainError('wrong-state', `The duo is ${duo.state}: its life is written once it has started`, { values: { entity: 'duo', state: duo.state } })
  }
  return { duo, writer: { side, userId: user.id, name: user.name } }
}

const invalid = (path: string, message: string, reason: FieldReason = 'invalid') =>
  new DomainError('validation', `${path} ${message}`, { details: [{ path, reason, message }] })

export const today = (c: Context<AppEnv>) => localDay(c.var.deps.now())

/**
 * The duo's tracking line as it is, or as it starts for a duo that has none yet (one proposed before the table
 * existed), with its people's names.
 */
async function trackingLine(tenant: TenantData, duo: Duo, at: string): Promise<TrackingLine> {
  const current = await tenant.tracking.get(duo.programmeId, duo.id)
  if (current) return current
  const [mentee, mentor] = await Promise.all([
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId),
  ])
  const started = lineFromDuo(duo, { menteeName: `${mentee.firstName} ${mentee.lastName}`, mentorName: `${mentor.firstName} ${mentor.lastName}` }, undefined, at)
  // Version 0: the line's first write is the entry's own (`withLogEntry`, `withCheckIn` raise it to 1, a create).
  return { ...started, version: 0 }
}

/** The duo's action plan with its summary on the caller's day. */
async function plan(tenant: TenantData, duo: Duo, day: string) {
  const items = await tenant.duoLife.actions(duo.programmeId, duo.id)
  return { items, summary: planSummary(items, day) }
}

export function registerDuoLife(app: App) {
  app.openapi(route(routes.readIntake), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    await reach(c, programmeId, duoId, { write: false })
    return c.json({ intake: (await c.var.tenant.duoLife.intake(programmeId, duoId)) ?? null }, 200)
  })

  app.openapi(route(routes.saveIntake), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { version, strengths, weaknesses } = c.req.valid('json')
    const { writer } = await reach(c, programmeId, duoId, { write: true })
    const current = await c.var.tenant.duoLife.intake(programmeId, duoId)
    if ((current?.version ?? undefined) !== version) throw new DomainError('stale-version', 'The in-take was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = nextRecord<Intake>(current, { duoId, programmeId, strengths, weaknesses }, { by: writer.userId, at: c.var.deps.now().toISOString() })
    await c.var.tenant.duoLife.saveIntake(next)
    return c.json({ intake: next }, 200)
  })

  app.openapi(route(routes.listActions), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    return c.json(await plan(c.var.tenant, duo, today(c)), 200)
  })

  app.openapi(route(routes.createAction), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { writer } = await reach(c, programmeId, duoId, { write: true })
    const item = newAction(
      { goal: body.goal, action: body.action, support: body.support, owner: body.owner, dueDate: body.dueDate ?? null },
      { id: c.var.deps.newId(), duoId, programmeId, userId: writer.userId, now: c.var.deps.now().toISOString() },
    )
    await c.var.tenant.duoLife.createAction(item)
    return c.json(item, 201)
  })

  app.openapi(route(routes.moveAction), async (c) => {
    const { programmeId, duoId, actionId } = c.req.valid('param')
    const { version, event } = c.req.valid('json')
    await reach(c, programmeId, duoId, { write: true })
    const current = await c.var.tenant.duoLife.action(programmeId, duoId, actionId)
    if (current.version !== version) throw new DomainError('stale-version', 'The action was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = moveAction(current, event, c.var.deps.now().toISOString())
    await c.var.tenant.duoLife.replaceAction(next)
    return c.json(next, 200)
  })

  app.openapi(route(routes.commentAction), async (c) => {
    const { programmeId, duoId, actionId } = c.req.valid('param')
    const { version, text } = c.req.valid('json')
    const { writer } = await reach(c, programmeId, duoId, { write: true })
    const current = await c.var.tenant.duoLife.action(programmeId, duoId, actionId)
    if (current.version !== version) throw new DomainError('stale-version', 'The action was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = commentAction(current, { at: c.var.deps.now().toISOString(), by: writer.userId, byName: writer.name, text })
    await c.var.tenant.duoLife.replaceAction(next)
    return c.json(next, 200)
  })

  app.openapi(route(routes.readLog), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    const day = today(c)
    const month = c.req.valid('query').month ?? monthOf(day)
    const [entries, { rules }] = await Promise.all([c.var.tenant.duoLife.log(programmeId, duoId), c.var.tenant.rules.current(programmeId)])
    const meetingsPerMonth = rules.cadences.meetingsPerMonth
    const cadence = duo.startDate
      ? cadenceByMonth(entries, { startedAt: duo.startDate, today: day, meetingsPerMonth, plannedEndAt: duo.plannedEndDate })
      : []
    const meetingMinutes = rules.cadences.meetingMinutes
    return c.json({ month, items: entries.filter((e) => monthOf(e.date) === month), cadence, meetingsPerMonth, meetingMinutes }, 200)
  })

  app.openapi(route(routes.addLogEntry), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { duo, writer } = await reach(c, programmeId, duoId, { write: true })
    if (!isLoggableDay(body.date, { startedAt: duo.startDate!, today: today(c) })) throw invalid('date', 'is before the duo started or after today', 'invalid')
    // A meeting is in person or by video; anything shorter (a call, a mail, a message) is a contact.
    if (body.kind === 'meeting' && body.channel !== 'in-person' && body.channel !== 'video') throw invalid('channel', 'is in-person or video for a meeting', 'not-a-choice')
    const actionIds = [...new Set(body.actionIds ?? [])]
    if (actionIds.length > 0) {
      const known = new Set((await tenant.duoLife.actions(programmeId, duoId)).map((a) => a.id))
      const unknown = (body.actionIds ?? []).findIndex((id) => !known.has(id))
      if (unknown >= 0) throw invalid(`actionIds.${unknown}`, "is not an action of this duo's plan", 'not-a-choice')
    }
    const { rules } = await tenant.rules.current(programmeId)
    const entry: DuoLogEntry = {
      id: deps.newId(), duoId, programmeId, kind: body.kind, date: body.date,
      minutes: body.minutes ?? (body.kind === 'meeting' ? rules.cadences.meetingMinutes : null),
      channel: body.channel, place: body.place ?? null, workedOn: body.workedOn ?? '', nextSteps: body.nextSteps ?? '', actionIds,
      loggedBy: writer, createdAt: deps.now().toISOString(), version: 1,
    }
    const line = withLogEntry(await trackingLine(tenant, duo, entry.createdAt), entry, entry.createdAt)
    await tenant.duoLife.addLog(entry, tenant.tracking.write(line))
    return c.json(entry, 201)
  })

  app.openapi(route(routes.readProgress), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    await reach(c, programmeId, duoId, { write: false })
    return c.json({ progress: (await c.var.tenant.duoLife.progress(programmeId, duoId)) ?? null }, 200)
  })

  app.openapi(route(routes.saveProgress), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { version, applications, interviews, offers, note } = c.req.valid('json')
    const { writer } = await reach(c, programmeId, duoId, { write: true })
    // The mentee's own record of their search: the mentor reads it, only the mentee (or staff for them) writes it.
    if (writer.side === 'mentor') throw forbidden("Only the mentee, or staff for them, records the mentee's job search")
    const current = await c.var.tenant.duoLife.progress(programmeId, duoId)
    if ((current?.version ?? undefined) !== version) throw new DomainError('stale-version', 'The progress was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = nextRecord<JobSearchProgress>(current, { duoId, programmeId, applications, interviews, offers, note: note ?? '' }, { by: writer.userId, at: c.var.deps.now().toISOString() })
    await c.var.tenant.duoLife.saveProgress(next)
    return c.json({ progress: next }, 200)
  })

  app.openapi(route(routes.listCheckIns), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    const [items, { rules }] = await Promise.all([c.var.tenant.duoLife.checkIns(programmeId, duoId), c.var.tenant.rules.current(programmeId)])
    const everyWeeks = rules.cadences.checkInEveryWeeks
    const startedAt = duo.startDate ?? today(c)
    return c.json({ items, due: checkInsDue(items, { startedAt, everyWeeks }), risk: openRisk(items), everyWeeks }, 200)
  })

  app.openapi(route(routes.addCheckIn), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { duo, writer } = await reach(c, programmeId, duoId, { write: true })
    if (!isLoggableDay(body.date, { startedAt: duo.startDate!, today: today(c) })) throw invalid('date', 'is before the duo started or after today', 'invalid')
    const checkIn: CheckIn = {
      id: deps.newId(), duoId, programmeId, side: body.side, date: body.date, channel: body.channel, notes: body.notes ?? '',
      mood: body.mood, risk: body.risk, followUps: body.followUps ?? [], by: writer.userId, byName: writer.name,
      createdAt: deps.now().toISOString(), version: 1,
    }
    const line = withCheckIn(await trackingLine(tenant, duo, checkIn.createdAt), checkIn, checkIn.createdAt)
    await tenant.duoLife.addCheckIn(checkIn, tenant.tracking.write(line))
    return c.json(checkIn, 201)
  })
}

/** The order of the table's sorts; ties keep the duo id order of the page. */
const byLevel = { red: 0, amber: 1, green: 2 } as const
const sorters: Record<(typeof trackingSorts)[number], (a: TrackingRow, b: TrackingRow) => number> = {
  mentee: (a, b) => a.line.menteeName.localeCompare(b.line.menteeName, 'fr'),
  start: (a, b) => (a.line.startDate ?? '9').localeCompare(b.line.startDate ?? '9'),
  end: (a, b) => (a.line.plannedEndDate ?? '9').localeCompare(b.line.plannedEndDate ?? '9'),
  attention: (a, b) => byLevel[a.colour] - byLevel[b.colour] || b.attention.length - a.attention.length,
  'last-activity': (a, b) => (a.line.lastActivity ?? '').localeCompare(b.line.lastActivity ?? ''),
  'next-check-in': (a, b) => nextCheckIn(a).localeCompare(nextCheckIn(b)),
}
const nextCheckIn = (r: TrackingRow) => (r.checkInsDue ? [r.checkInsDue.mentor, r.checkInsDue.mentee].sort()[0]! : '9')

/** The table's filters and sort, as the screen's query and the export's give them. */
export interface TableChoice {
  coordinator?: string | undefined
  state?: string | undefined
  attention?: string | undefined
  sort: keyof typeof sorters
}

/**
 * Lines as the table shows them on `day`: computed by the core, filtered, sorted (ties in duo id order).
 *
 * @example
 * tableRows(page.items, rules.cadences, '2027-01-10', { attention: 'red', sort: 'mentee' })
 */
export function tableRows(lines: readonly TrackingLine[], cadences: Parameters<typeof trackingRow>[1], day: string, q: TableChoice): TrackingRow[] {
  return lines
    .map((line) => trackingRow(line, cadences, day))
    .filter((r) => (!q.coordinator || r.line.coordinatorId === q.coordinator) && (!q.state || r.line.state === q.state))
    .filter((r) => !q.attention || r.colour === q.attention || r.attention.some((a) => a.kind === q.attention))
    .sort(sorters[q.sort])
}

/** The table's line as the API shows it. */
export function rowView(r: TrackingRow) {
  const { line } = r
  const month = r.cadence.at(-1) ?? null
  return {
    duoId: line.duoId, state: line.state, menteeId: line.menteeId, menteeName: line.menteeName, mentorId: line.mentorId, mentorName: line.mentorName,
    coordinatorId: line.coordinatorId, startDate: line.startDate, plannedEndDate: line.plannedEndDate,
    thisMonth: month && !month.closed ? month : null, lastMonth: [...r.cadence].reverse().find((m) => m.closed) ?? null,
    lastActivity: line.lastActivity, nextCheckIn: r.checkInsDue ? nextCheckIn(r) : null, risk: r.risk, attention: r.attention, colour: r.colour,
  }
}

export function registerTracking(app: App) {
  app.openapi(route(routes.readTracking), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { limit, cursor, coordinator, state, attention, sort } = c.req.valid('query')
    // One query for the page and the rules in force (the programme and its version) for the cadence and check-ins.
    const [{ rules }, found] = await Promise.all([tenant.rules.current(programmeId), tenant.tracking.page(programmeId, { limit, cursor })])
    const rows = tableRows(found.items, rules.cadences, today(c), { coordinator, state, attention, sort })
    return c.json({ items: rows.map(rowView), nextCursor: found.nextCursor }, 200)
  })
}
