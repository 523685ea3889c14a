import {
  DomainError, ageBand, dayWords, ageOn, closingInterviewLifecycle, followUpsDue, holdClosingInterview, newFollowUp, profileAnalysis, sectorLabels,
  scheduleClosingInterview, type ClosingInterview, type Duo, type Locale, type ProfileFacts, type ProgrammeRules,
} from '@binome/core'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { TenantData } from '@binome/data'
import { route } from '../shared/routes'
import type { App } from '../shared/app'
import { sendClosingInterview } from './closing-mail'
import { reach, today } from './routes'

/**
 * The end of a duo (issue 11): its closing interview — scheduled once the duo is active or closed, moved while not
 * held, then held with the notes taken on the programme's canvas — and the follow-ups of the mentee's situation 3
 * and 6 months after a closed duo's end; and the programme's yearly profile analysis.
 */

/** The programme's closing-interview canvas rendered for the duo (staff only; null without a canvas or when it fails). */
async function canvas(tenant: TenantData, duo: Duo, rules: ProgrammeRules, locale: Locale): Promise<string | null> {
  const template = rules.templates.find((t) => t.kind === 'closing-interview')
  if (!template) return null
  const [org, programme, mentee, mentor, log, actions] = await Promise.all([
    tenant.organisation.get(), tenant.programmes.get(duo.programmeId),
    tenant.people.get(duo.programmeId, 'mentee', duo.menteeId), tenant.people.get(duo.programmeId, 'mentor', duo.mentorId),
    tenant.duoLife.log(duo.programmeId, duo.id), tenant.duoLife.actions(duo.programmeId, duo.id),
  ])
  const outcome = duo.closure ? rules.outcomes.find((o) => o.id === duo.closure!.outcomeId) : undefined
  const coordinator = await tenant.members.get(duo.proposedBy)
  const person = (p: typeof mentee) => ({ firstName: p.firstName, lastName: p.lastName, fullName: `${p.firstName} ${p.lastName}`.trim(), email: p.email, phone: p.phone ?? null })
  const { renderTemplate } = await import('@binome/documents') // LiquidJS: loaded on the first canvas, not at cold start
  const out = renderTemplate('closing-interview', template.body, {
    organisation: { name: org.name, contactEmail: org.contactEmail },
    programme: { name: programme.name, description: programme.description },
    mentor: person(mentor), mentee: person(mentee),
    coordinator: { fullName: coordinator?.name ?? null, email: coordinator?.email ?? null, phone: null },
    duo: {
      startDate: dayWords(duo.startDate), endDate: dayWords(duo.closure?.endDate ?? duo.plannedEndDate),
      durationMonths: rules.cadences.durationMonthsMax, link: '',
    },
    outcome: {
      label: outcome ? outcome.label[locale] : '', positive: duo.closure?.outcomeClass === 'positive', countsAsEmployment: duo.closure?.countsAsEmployment ?? false,
    },
    meetingsHeld: log.filter((e) => e.kind === 'meeting').length,
    actionPlan: actions.map((a) => ({ title: a.action, done: a.status === 'done' })),
  })
  return out.ok ? out.rendered : null
}

/** What the duo's own mentor and mentee see of it: the day, time and place, not the staff's notes. */
const forDuo = (i: ClosingInterview): ClosingInterview => ({ ...i, notes: '' })

const startedOrClosed = (duo: Duo) => {
  if (duo.state !== 'active' && duo.state !== 'closed') {
    throw new DomainError('wrong-state', `The duo is ${duo.state}: its closing interview is planned once it has started`, { values: { entity: 'duo', state: duo.state } })
  }
}

export function registerClosing(app: App) {
  app.openapi(route(routes.readClosingInterview), async (c) => {
    const { tenant } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { duo, writer } = await reach(c, programmeId, duoId, { write: false })
    const interview = (await tenant.closing.interview(programmeId, duoId)) ?? null
    if (writer.side !== 'staff') return c.json({ interview: interview && forDuo(interview), canvas: null, next: [] }, 200)
    const [{ rules }, org] = await Promise.all([tenant.rules.current(programmeId), tenant.organisation.get()])
    const next = interview ? closingInterviewLifecycle.eventsFrom(interview.state) : []
    return c.json({ interview, canvas: await canvas(tenant, duo, rules, org.locale), next }, 200)
  })

  app.openapi(route(routes.scheduleClosingInterview), async (c) => {
    const { tenant, deps, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, startsAt, minutes, mode, place } = c.req.valid('json')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    startedOrClosed(duo)
    const current = await tenant.closing.interview(programmeId, duoId)
    if (current?.version !== version) throw new DomainError('stale-version', 'The closing interview was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = scheduleClosingInterview(current, { startsAt, minutes, mode, place }, { duoId, programmeId, by: user.id, at: deps.now().toISOString() })
    await tenant.closing.saveInterview(next)
    const [{ rules }, org] = await Promise.all([tenant.rules.current(programmeId), tenant.organisation.get()])
    await sendClosingInterview(deps, tenant, { duo, interview: next, rules, org, coordinatorId: user.id })
    return c.json({ interview: next, canvas: await canvas(tenant, duo, rules, org.locale), next: closingInterviewLifecycle.eventsFrom(next.state) }, 200)
  })

  app.openapi(route(routes.holdClosingInterview), async (c) => {
    const { tenant, deps, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const { version, heldOn, notes } = c.req.valid('json')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    startedOrClosed(duo)
    const current = await tenant.closing.interview(programmeId, duoId)
    if (!current) {
      throw new DomainError('wrong-state', 'The closing interview is not scheduled yet', { values: { entity: 'item', state: 'none' } })
    }
    if (current.version !== version) throw new DomainError('stale-version', 'The closing interview was changed by someone else; reload it and try again', { values: { entity: 'item' } })
    const next = holdClosingInterview(current, { heldOn, notes: notes ?? '' }, { by: user.id, at: deps.now().toISOString(), today: today(c) })
    await tenant.closing.saveInterview(next)
    const [{ rules }, org] = await Promise.all([tenant.rules.current(programmeId), tenant.organisation.get()])
    return c.json({ interview: next, canvas: await canvas(tenant, duo, rules, org.locale), next: closingInterviewLifecycle.eventsFrom(next.state) }, 200)
  })

  app.openapi(route(routes.listFollowUps), async (c) => {
    const { programmeId, duoId } = c.req.valid('param')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    const endDate = duo.closure?.endDate ?? null
    if (!endDate) return c.json({ endDate: null, items: [] }, 200)
    const recorded = await c.var.tenant.closing.followUps(programmeId, duoId)
    return c.json({ endDate, items: followUpsDue(endDate, recorded, today(c)) }, 200)
  })

  app.openapi(route(routes.recordFollowUp), async (c) => {
    const { tenant, deps, user } = c.var
    const { programmeId, duoId } = c.req.valid('param')
    const body = c.req.valid('json')
    const { duo } = await reach(c, programmeId, duoId, { write: false })
    if (duo.state !== 'closed' || !duo.closure) {
      throw new DomainError('wrong-state', `The duo is ${duo.state}: a follow-up comes after its end`, { values: { entity: 'duo', state: duo.state } })
    }
    const followUp = newFollowUp(
      { months: body.months, date: body.date, situation: body.situation, note: body.note ?? '' },
      { duoId, programmeId, endDate: duo.closure.endDate, today: today(c), by: user.id, byName: user.name, at: deps.now().toISOString() },
    )
    await tenant.closing.recordFollowUp(followUp)
    return c.json(followUp, 201)
  })

  app.openapi(route(routes.readProfileAnalysis), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { year } = c.req.valid('query')
    const [from, to] = [`${year}-01-01`, `${year}-12-31`]
    // The programme first: another organisation's id is 404, not an empty analysis.
    await tenant.programmes.get(programmeId)
    const [duos, people, partners, { rules }] = await Promise.all([
      tenant.duos.all(programmeId), tenant.people.all(programmeId), tenant.networkPartners.all(), tenant.rules.current(programmeId),
    ])
    // The duos that lived in the year: started by its end, not ended before its start.
    const lived = duos.filter((d) => d.startDate !== null && d.startDate <= to && (!d.closure || d.closure.endDate >= from))
    const byId = new Map(people.map((p) => [p.id, p]))
    const facts: ProfileFacts[] = []
    const seen = new Set<string>()
    for (const d of lived) {
      for (const [kind, id] of [['mentee', d.menteeId], ['mentor', d.mentorId]] as const) {
        const p = byId.get(id)
        // A person counts once a year (a mentor with two duos, a mentee matched again); an erased one not at all.
        if (!p || p.erasedAt || seen.has(id)) continue
        seen.add(id)
        const closedInYear = kind === 'mentee' ? lived.filter((x) => x.menteeId === id && x.closure && x.closure.endDate <= to && x.closure.endDate >= from).at(-1) : undefined
        facts.push({
          kind, ageBand: ageBand(ageOn(p.birthDate, new Date(`${d.startDate}T12:00:00.000Z`))),
          sector: p.facets.sector ?? null, languages: p.facets.languages ?? [], locality: p.facets.locality ?? null,
          referredBy: kind === 'mentee' ? (p.referredBy ?? null) : null,
          outcome: closedInYear?.closure ? { class: closedInYear.closure.outcomeClass, countsAsEmployment: closedInYear.closure.countsAsEmployment } : null,
        })
      }
    }
    const analysis = profileAnalysis(facts)
    // Mentors are referred by no partner: their referring-partner table would be a single "unknown" row.
    analysis.distributions.mentor.referredBy = []
    return c.json({
      year, ...analysis, partners: Object.fromEntries(partners.map((p) => [p.id, p.name])),
      sectors: sectorLabels([rules.forms.mentee, rules.forms.mentor]),
    }, 200)
  })
}
