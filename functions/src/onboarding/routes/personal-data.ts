import { route } from '../../shared/routes'
import { displayName, type Person, type TimelineEntry } from '@binome/core'
import { onboardingRoutes as routes } from '@binome/contracts/routes/onboarding'
import type { AuditEntry, Page } from '@binome/data'
import type { App } from '../../shared/app'
import { erasePersonEverywhere, retentionCandidates } from '../../shared/erasure'
import { clientAddress } from '../../shared/personal-data-audit'

/** Every page of a paged read. */
async function everything<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = []
  let cursor: string | undefined
  do {
    const page = await read(cursor)
    all.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return all
}

/**
 * The GDPR right of access: a tenant admin exports everything the platform holds about a person, as JSON for
 * machines and as a PDF for the person, in the language asked. The export itself is recorded in the audit log
 * (the route declares `personalData: 'read'`). Also the right to erasure, and the retention dry run.
 */
export function registerPersonalData(app: App) {
  app.openapi(route(routes.exportPerson), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { locale } = c.req.valid('query')
    const [person, organisation, programme] = await Promise.all([
      tenant.people.find(programmeId, personId), tenant.organisation.get(), tenant.programmes.get(programmeId),
    ])
    const [timeline, audit, rules] = await Promise.all([
      everything((cursor) => tenant.people.timeline(programmeId, personId, { limit: 100, cursor })),
      everything((cursor) => tenant.audit.search({ subjectPersonId: personId }, { limit: 100, cursor })),
      tenant.rules.get(programmeId, person.rulesVersion),
    ])
    const exportedAt = deps.now().toISOString()
    const auditTrail = audit.map((e: AuditEntry) => ({ at: e.at, actorId: e.actorId, action: e.action, facts: e.facts }))
    const { generatePdf } = await import('./personal-data-pdf-sections')
    const pdf = await generatePdf({ locale, person, timeline, auditTrail, form: rules.rules.forms[person.kind], organisation, programme, exportedAt })
    return c.json({
      exportedAt,
      organisation: { id: organisation.id, name: organisation.name },
      programme: { id: programme.id, name: programme.name },
      person: strip(person), timeline: timeline.map(stripEntry), auditTrail,
      pdf: { filename: `${displayName(person).replace(/[^\p{L}\p{N}]+/gu, '-')}-${exportedAt.slice(0, 10)}.pdf`, contentType: 'application/pdf' as const, base64: Buffer.from(pdf).toString('base64') },
    }, 200)
  })

  app.openapi(route(routes.erasePerson), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    const { version } = c.req.valid('json')
    const erased = await erasePersonEverywhere(c.var.tenant, c.var.deps, { programmeId, personId, version, reason: 'request', from: clientAddress(c) })
    return c.json(strip(erased), 200)
  })

  app.openapi(route(routes.previewRetention), async (c) => {
    const { deps, tenant } = c.var
    const { withinDays } = c.req.valid('query')
    const until = new Date(deps.now().getTime() + withinDays * 86_400_000)
    const [{ retentionMonths }, due] = await Promise.all([tenant.organisation.get(), retentionCandidates(tenant, until)])
    return c.json({
      retentionMonths, withinDays, total: due.length,
      people: due.slice(0, 500).map(({ programmeId, programmeName, person, endedAt, dueAt }) => ({
        programmeId, programmeName, personId: person.id, kind: person.kind, firstName: person.firstName, lastName: person.lastName,
        stage: person.stage, endedAt, dueAt,
      })),
    }, 200)
  })
}

const strip = ({ orgId: _o, ...p }: Person) => p
const stripEntry = ({ orgId: _o, ...e }: TimelineEntry) => e
