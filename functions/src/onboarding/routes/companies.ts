import { route } from '../../shared/routes'
import { localDay,
  DomainError, companySponsorship, newCompany, notFound, setEmployment, sponsoredHours, sponsorshipValue, updateCompany, type Company,
  type Employment,
} from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { App } from '../../shared/app'
import type { Deps } from '../../shared/deps'

/** The period a report covers: up to `until` (default: today), from `from` when given. */
const periodOf = (deps: Deps, q: { from?: string | undefined; until?: string | undefined }) => {
  const until = q.until ?? localDay(deps.now())
  if (q.from && q.from > until) {
    throw new DomainError('validation', 'The period ends before it starts', {
      details: [{ path: 'until', reason: 'end-before-start', message: 'is before `from`' }],
    })
  }
  return { from: q.from ?? null, until, period: { until, from: q.from } }
}

/**
 * Mentors' employers: companies of the organisation, each mentor's employment (management's agreement, hours per
 * month during working time) and the value of each company's skills sponsorship at the organisation's hourly rate.
 * The counting rule is the core's (`sponsoredHours`).
 */
export function registerCompanies(app: App) {
  app.openapi(route(routes.listCompanies), async (c) => {
    return c.json(await c.var.tenant.companies.page(c.req.valid('query')), 200)
  })

  app.openapi(route(routes.createCompany), async (c) => {
    const { deps, tenant } = c.var
    const company = newCompany(c.req.valid('json'), { id: deps.newId(), orgId: tenant.ctx.orgId, now: deps.now().toISOString() })
    await tenant.companies.create(company)
    return c.json(company, 201)
  })

  app.openapi(route(routes.readCompany), async (c) => {
    const { deps, tenant } = c.var
    const { from, until, period } = periodOf(deps, c.req.valid('query'))
    const [company, employments, org] = await Promise.all([
      tenant.companies.get(c.req.valid('param').companyId),
      tenant.companies.employments.ofCompany(c.req.valid('param').companyId),
      tenant.organisation.get(),
    ])
    const rate = org.sponsorshipHourlyRate
    const programmeNames = new Map<string, string | null>()
    await Promise.all([...new Set(employments.map((e) => e.programmeId))].map(async (id) => {
      programmeNames.set(id, await tenant.programmes.get(id).then((p) => p.name, () => null))
    }))
    const mentors = await Promise.all(employments.map(async (e) => {
      const person = await tenant.people.find(e.programmeId, e.personId).catch(() => null)
      // An erased mentor's hours still count (facts kept), but they have no name left to show.
      const named = person && !person.erasedAt ? person : null
      const hours = sponsoredHours(e, period)
      return {
        ...e, firstName: named?.firstName ?? null, lastName: named?.lastName ?? null, stage: person?.stage ?? null,
        programmeName: programmeNames.get(e.programmeId) ?? null, hours, value: sponsorshipValue(hours, rate),
      }
    }))
    mentors.sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fr'))
    const [sponsorship] = companySponsorship([company], employments, period, rate)
    return c.json({ from, until, hourlyRate: rate, company, sponsorship: sponsorship!, mentors }, 200)
  })

  app.openapi(route(routes.updateCompany), async (c) => {
    const { deps, tenant } = c.var
    const { version, ...changes } = c.req.valid('json')
    const now = deps.now().toISOString()
    const company = await tenant.companies.update(c.req.valid('param').companyId, version, (current) => updateCompany(current, changes, now))
    return c.json(company, 200)
  })

  app.openapi(route(routes.deleteCompany), async (c) => {
    await c.var.tenant.companies.remove(c.req.valid('param').companyId, c.req.valid('query').version)
    return c.body(null, 204)
  })

  app.openapi(route(routes.sponsorshipReport), async (c) => {
    const { deps, tenant } = c.var
    const { from, until, period } = periodOf(deps, c.req.valid('query'))
    const [companies, employments, org] = await Promise.all([tenant.companies.all(), tenant.companies.employments.all(), tenant.organisation.get()])
    const byName = (a: Company, b: Company) => a.name.localeCompare(b.name, 'fr')
    const items = companySponsorship(companies.sort(byName), employments, period, org.sponsorshipHourlyRate)
    const hours = items.reduce((s, i) => s + i.hours, 0)
    const totals = { mentors: items.reduce((s, i) => s + i.mentors, 0), hours, value: sponsorshipValue(hours, org.sponsorshipHourlyRate) }
    return c.json({ from, until, hourlyRate: org.sponsorshipHourlyRate, items, totals }, 200)
  })

  app.openapi(route(routes.readEmployment), async (c) => {
    const { tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    await tenant.people.find(programmeId, personId)
    const employment = await tenant.companies.employments.get(programmeId, personId)
    if (!employment) throw notFound('employment')
    return c.json(employment, 200)
  })

  app.openapi(route(routes.putEmployment), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version, ...draft } = c.req.valid('json')
    const person = await tenant.people.find(programmeId, personId)
    // An erased person refuses every change, as their own file does (removing an employment stays possible).
    if (person.erasedAt) throw new DomainError('person-erased', 'This person was erased')
    // The company must be this organisation's: an unknown id is the body's fault, named as such.
    await tenant.companies.get(draft.companyId).catch((e: unknown) => {
      if (e instanceof DomainError && e.reason === 'not-found') {
        throw new DomainError('validation', 'No such company in this organisation', {
          details: [{ path: 'companyId', reason: 'invalid', message: 'is not a company of this organisation' }],
        })
      }
      throw e
    })
    const now = deps.now().toISOString()
    const ctx = { orgId: tenant.ctx.orgId, programmeId, personId, now }
    const employment: Employment = await tenant.companies.employments.put(programmeId, personId, version, (current) =>
      setEmployment(current, person.kind, draft, ctx))
    return c.json(employment, 200)
  })

  app.openapi(route(routes.deleteEmployment), async (c) => {
    const { tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    await tenant.people.find(programmeId, personId)
    await tenant.companies.employments.remove(programmeId, personId, c.req.valid('query').version)
    return c.body(null, 204)
  })
}
