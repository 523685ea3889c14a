import { route } from '../../shared/routes'
import {
  assertReceives, checkEligibilityChecks, moveStage, newPerson, personChanges, personFacets, updatePerson, withStage,
  type Person, type PersonSource, type TimelineEntry,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'
import { checkedAnswers } from '../answers'
import { tellDecision } from '../decision-mail'

/** A timeline entry about `p`, by the caller, now. */
export function timelineEntry(
  deps: Pick<Deps, 'newId'>, p: Pick<Person, 'orgId' | 'programmeId' | 'id'>, at: string, by: string | undefined,
  rest: Omit<TimelineEntry, 'id' | 'orgId' | 'programmeId' | 'personId' | 'at' | 'by'>,
): TimelineEntry {
  return { id: deps.newId(), orgId: p.orgId, programmeId: p.programmeId, personId: p.id, at, ...(by && { by }), ...rest }
}

/** The entry that records where a new person came from. */
export function createdEntry(deps: Pick<Deps, 'newId'>, p: Person, by: string | undefined, source: PersonSource): TimelineEntry {
  return timelineEntry(deps, p, p.createdAt, by, { kind: 'created', source })
}

/**
 * The people of a programme, as screened by the coordinators: identity first-class, the rest as answers to the
 * programme's current form for their kind, recorded with the rules version they were checked under; the pipeline
 * stage moved only by the core's `moveStage`; every change recorded on the person's timeline in the same write.
 */
export function registerPeople(app: App) {
  app.openapi(route(routes.listPeople), async (c) => {
    const { programmeId } = c.req.valid('param')
    const { cursor, limit, ...filter } = c.req.valid('query')
    await c.var.tenant.programmes.get(programmeId) // 404 for another tenant's programme id
    return c.json(await c.var.tenant.people.list(programmeId, filter, { limit, cursor }), 200)
  })

  app.openapi(route(routes.countPeopleByStage), async (c) => {
    const { programmeId } = c.req.valid('param')
    await c.var.tenant.programmes.get(programmeId)
    return c.json({ counts: await c.var.tenant.people.countByStage(programmeId, c.req.valid('query')) }, 200)
  })

  app.openapi(route(routes.createPerson), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const body = c.req.valid('json')
    const current = await tenant.rules.current(programmeId) // 404 for another tenant's programme id
    const form = current.rules.forms[body.kind]
    const answers = await checkedAnswers(form, body.answers)
    const p = newPerson({ ...body, answers }, {
      id: deps.newId(), orgId: tenant.ctx.orgId, programmeId, rulesVersion: current.version, form, now: deps.now().toISOString(),
    })
    await tenant.people.create(p, createdEntry(deps, p, tenant.ctx.userId, 'staff'))
    return c.json(p, 201)
  })

  app.openapi(route(routes.readPerson), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    return c.json(await c.var.tenant.people.find(programmeId, personId), 200)
  })

  app.openapi(route(routes.updatePerson), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version, answers, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const edited = (before: Person, after: Person) => {
      const fields = personChanges(before, after)
      return fields.length === 0 ? undefined : timelineEntry(deps, after, now, tenant.ctx.userId, { kind: 'edited', changes: fields })
    }
    if (answers === undefined) {
      return c.json(await tenant.people.update(programmeId, personId, version, (p) => updatePerson(p, changes, now), edited), 200)
    }
    const [current, person] = await Promise.all([tenant.rules.current(programmeId), tenant.people.find(programmeId, personId)])
    const form = current.rules.forms[person.kind]
    const checked = await checkedAnswers(form, answers)
    const next = await tenant.people.update(programmeId, personId, version, (p) =>
      updatePerson(p, { ...changes, answers: checked, rulesVersion: current.version, facets: personFacets(checked, form) }, now), edited)
    return c.json(next, 200)
  })

  app.openapi(route(routes.movePersonStage), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version, event, reason, referredTo } = c.req.valid('json')
    const now = deps.now().toISOString()
    const [current, person] = await Promise.all([tenant.rules.current(programmeId), tenant.people.find(programmeId, personId)])
    // A refused mentee is sent on only to one of the organisation's own partners that receive people (./network.ts).
    if (event === 'refuse' && referredTo !== undefined) assertReceives(await tenant.networkPartners.find(referredTo))
    const ctx = {
      side: person.kind, now, by: tenant.ctx.userId, interview: person.interview, eligibility: current.rules.eligibility,
      trainingRequired: current.rules.cadences.trainingRequiredBeforeMatching, reason, referredTo,
    }
    const next = await tenant.people.update(programmeId, personId, version, (p) => withStage(p, moveStage(p.stage, event, ctx, p.stageDates), now),
      (before, after) => timelineEntry(deps, after, now, tenant.ctx.userId, {
        kind: 'stage', stage: { from: before.stage, to: after.stage, event }, ...(after.decision?.at === now && { decision: after.decision }),
        // Why someone withdrew or came back is worth keeping too, though it is no decision.
        ...(reason && event !== 'refuse' && { note: reason }),
      }))
    if (event === 'accept' || event === 'refuse') await tellDecision(deps, tenant, { person: next, programmeId, rules: current.rules })
    return c.json(next, 200)
  })

  app.openapi(route(routes.recordInterview), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version, ...body } = c.req.valid('json')
    const now = deps.now().toISOString()
    const [current, person] = await Promise.all([tenant.rules.current(programmeId), tenant.people.find(programmeId, personId)])
    checkEligibilityChecks(current.rules.eligibility, person.kind, body.checks)
    const interview = { ...body, interviewer: tenant.ctx.userId }
    const ctx = { side: person.kind, now, by: tenant.ctx.userId, eligibility: current.rules.eligibility, trainingRequired: false }
    const next = await tenant.people.update(programmeId, personId, version, (p) => {
      const withInterview = { ...p, interview, updatedAt: now }
      // The first interview also moves the person on; a later one (a second talk) only updates the record.
      return p.stage === 'applied' || p.stage === 'informed' ? withStage(withInterview, moveStage(p.stage, 'interview', ctx), now) : withInterview
    }, (before, after) => timelineEntry(deps, after, now, tenant.ctx.userId, {
      kind: 'interview', note: body.notes,
      ...(before.stage !== after.stage && { stage: { from: before.stage, to: after.stage, event: 'interview' as const } }),
    }))
    return c.json(next, 200)
  })

  app.openapi(route(routes.readTimeline), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    await c.var.tenant.people.find(programmeId, personId) // 404 for someone else's person
    return c.json(await c.var.tenant.people.timeline(programmeId, personId, c.req.valid('query')), 200)
  })

  app.openapi(route(routes.listPersonMails), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    await c.var.tenant.people.find(programmeId, personId) // 404 for someone else's person
    const page = await c.var.tenant.mailLog.page(programmeId, personId, c.req.valid('query'))
    return c.json({ ...page, items: page.items.map(({ orgId: _o, ...m }) => m) }, 200)
  })

  app.openapi(route(routes.addPersonNote), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const person = await tenant.people.find(programmeId, personId)
    const entry = timelineEntry(deps, person, deps.now().toISOString(), tenant.ctx.userId, { kind: 'note', note: c.req.valid('json').note })
    await tenant.people.addEntry(entry)
    return c.json(entry, 201)
  })
}
