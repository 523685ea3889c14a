import { route } from '../../shared/routes'
import {
  DomainError, displayName, moveStage, personLifecycle, privacyNotice, staleVersion, withStage,
  type Application, type Person, type SentMail, type TimelineEntry,
} from '@binome/core'
import { timelineEntry } from './people'
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
    const [timeline, audit, rules, applications, mails] = await Promise.all([
      everything((cursor) => tenant.people.timeline(programmeId, personId, { limit: 100, cursor })),
      everything((cursor) => tenant.audit.search({ subjectPersonId: personId }, { limit: 100, cursor })),
      tenant.rules.get(programmeId, person.rulesVersion),
      tenant.applications.ofPerson(programmeId, personId),
      tenant.mailLog.ofPerson(programmeId, personId),
    ])
    // The notice each consent was given to, as the applicant read it (its rules version may be older than the person's).
    const noticeVersions = [...new Set(applications.map((a) => a.consent.rulesVersion))]
    const notices = new Map(await Promise.all(noticeVersions.map(async (v) => [v, privacyNotice((await tenant.rules.get(programmeId, v)).rules)] as const)))
    const duos = await Promise.all((await tenant.duos.ofPerson(programmeId, personId)).map(async (duo) => {
      const side = duo.menteeId === personId ? 'mentee' : 'mentor'
      const [timeline, intake, progress, actions, log, checkIns, closingInterview, followUps, evaluations] = await Promise.all([
        everything((cursor) => tenant.duos.timeline(programmeId, duo.id, { limit: 100, cursor })),
        tenant.duoLife.intake(programmeId, duo.id), tenant.duoLife.progress(programmeId, duo.id), tenant.duoLife.actions(programmeId, duo.id),
        tenant.duoLife.log(programmeId, duo.id), tenant.duoLife.checkIns(programmeId, duo.id),
        tenant.closing.interview(programmeId, duo.id), tenant.closing.followUps(programmeId, duo.id),
        tenant.evaluations.byDuo(programmeId, duo.id),
      ])
      // Their own questionnaires only: the other side's answers are the other side's.
      const theirs = evaluations.filter((e) => e.side === side).map(({ moment, side, state, sentAt, remindedAt, answeredAt, answers }) =>
        ({ moment, side, state, sentAt, remindedAt, answeredAt, answers }))
      return {
        duo, timeline, intake: intake ?? null, progress: progress ?? null, actions, log, checkIns, closingInterview: closingInterview ?? null, followUps,
        evaluations: theirs,
      }
    }))
    const subscription = await tenant.newsletters.findSubscription(programmeId, personId)
    const newsletter = subscription
      ? { subscribed: subscription.optedOutAt === null, optedOutAt: subscription.optedOutAt, locale: subscription.locale, updatedAt: subscription.updatedAt }
      : null
    const names = new Map(await Promise.all([...new Set(duos.flatMap(({ duo }) => [duo.menteeId, duo.mentorId]))].map(async (id) =>
      [id, id === personId ? displayName(person) : await tenant.people.find(programmeId, id).then(displayName, () => id)] as const)))
    const exportedAt = deps.now().toISOString()
    const auditTrail = audit.map((e: AuditEntry) => ({ at: e.at, actorId: e.actorId, action: e.action, facts: e.facts }))
    const { generatePdf } = await import('./personal-data-pdf-sections')
    const pdf = await generatePdf({
      locale, person, timeline, auditTrail, mails, duos, names, newsletter, rules: rules.rules, organisation, programme, exportedAt,
      applications: applications.map((a) => ({ ...a, notice: notices.get(a.consent.rulesVersion)!.purpose[a.consent.locale] })),
    })
    return c.json({
      exportedAt,
      organisation: { id: organisation.id, name: organisation.name },
      programme: { id: programme.id, name: programme.name },
      person: strip(person), timeline: timeline.map(stripEntry), applications: applications.map(stripApplication), auditTrail,
      mails: mails.map(stripMail), duos, newsletter,
      pdf: { filename: `${displayName(person).replace(/[^\p{L}\p{N}]+/gu, '-')}-${exportedAt.slice(0, 10)}.pdf`, contentType: 'application/pdf' as const, base64: Buffer.from(pdf).toString('base64') },
    }, 200)
  })

  app.openapi(route(routes.readConsents), async (c) => {
    const { programmeId, personId } = c.req.valid('param')
    await c.var.tenant.people.find(programmeId, personId) // 404 for an unknown person, or another tenant's
    const held = await c.var.tenant.applications.ofPerson(programmeId, personId)
    return c.json({ items: held.map(consentLine) }, 200)
  })

  app.openapi(route(routes.withdrawConsent), async (c) => {
    const { deps, tenant } = c.var
    const { programmeId, personId } = c.req.valid('param')
    const { version } = c.req.valid('json')
    const now = deps.now().toISOString()
    const [current, person] = await Promise.all([tenant.rules.current(programmeId), tenant.people.find(programmeId, personId)])
    if (person.erasedAt) throw new DomainError('person-erased', 'This person was erased')
    if (person.version !== version) throw staleVersion('person')
    // The path ends with the consent it rested on; the records stay as proof, and erasure is the admin's next step.
    const open = personLifecycle.allows(person.stage, 'close')
    const ctx = { side: person.kind, now, by: tenant.ctx.userId, eligibility: current.rules.eligibility, trainingRequired: false }
    await tenant.people.update(programmeId, personId, version, (p) => (open ? withStage(p, moveStage(p.stage, 'close', ctx, p.stageDates), now) : { ...p, updatedAt: now }),
      (before, after) => timelineEntry(deps, after, now, tenant.ctx.userId, {
        kind: 'consent-withdrawn', ...(before.stage !== after.stage && { stage: { from: before.stage, to: after.stage, event: 'close' as const } }),
      }))
    const withdrawn = await tenant.applications.withdrawConsents(programmeId, personId, now)
    return c.json({ items: withdrawn.map(consentLine) }, 200)
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
const consentLine = ({ orgId: _o, submitted: _s, ...a }: Application) => a
const stripEntry = ({ orgId: _o, ...e }: TimelineEntry) => e
const stripApplication = ({ orgId: _o, ...a }: Application) => a
const stripMail = ({ orgId: _o, ...m }: SentMail) => m
