import {
  localDay, partnerDuoOf, partnerMonthSummary, partnerSharingOf, partnerSummaryMail, sharesAnything, summaryMonth,
  type Locale, type NetworkPartner, type Programme, type ProgrammeRules,
} from '@binome/core'
import { systemContext, type TenantData } from '@binome/data'
import type { ScheduledEvent } from 'aws-lambda'
import type { Deps } from '../shared/deps'
import { sendProgrammeEmail } from '../shared/programme-email'

/**
 * Partners kept informed (issue 10; seeds 001 and 002): on the 1st of each month, each referring network partner gets,
 * for each programme that shares anything with partners (`partnerSharing`) and where it referred someone, one e-mail
 * to its contact address summarising last month for its referred people — only the facts the programme shares.
 * Each (month, partner, programme) is recorded before its mail goes (a conditional create), so a re-run of the
 * schedule — a retry of EventBridge, a developer running it twice — sends nothing twice.
 */
export type PartnerSummaryDeps = Pick<Deps, 'data' | 'now' | 'newId' | 'logger' | 'mailer' | 'appUrl'>

export interface PartnerSummaryReport {
  organisations: number
  /** Summaries mailed (one per partner and programme). */
  sent: number
  /** Summaries already sent for that month (a re-run). */
  alreadySent: number
  /** Organisations whose run failed (logged; the others went on). */
  failed: number
}

/** How many referred people are read at a time. */
const pageSize = 100

/**
 * Sends every organisation's partner summaries of the month before `now` (Brussels day).
 *
 * @example
 * await sendPartnerSummaries(deps) // { organisations: 2, sent: 1, alreadySent: 0, failed: 0 }
 */
export async function sendPartnerSummaries(deps: PartnerSummaryDeps): Promise<PartnerSummaryReport> {
  const month = summaryMonth(localDay(deps.now()))
  const report: PartnerSummaryReport = { organisations: 0, sent: 0, alreadySent: 0, failed: 0 }
  let cursor: string | undefined
  do {
    const page = await deps.data.identity.organisationsPage({ limit: 50, cursor })
    for (const entry of page.items) {
      report.organisations++
      try {
        await organisationSummaries(deps, deps.data.forTenant(systemContext(entry.id)), month, report)
      } catch (e) {
        // One organisation's failure must not keep the others' partners uninformed.
        report.failed++
        deps.logger.error('partner summaries failed for an organisation', { orgId: entry.id, error: e instanceof Error ? e.message : String(e) })
      }
    }
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  deps.logger.info('partner summaries done', { month, ...report })
  return report
}

async function organisationSummaries(deps: PartnerSummaryDeps, tenant: TenantData, month: string, report: PartnerSummaryReport): Promise<void> {
  const partners = (await tenant.networkPartners.all()).filter((p) => p.kinds.includes('refers') && p.contactEmail)
  if (!partners.length) return
  const { locale } = await tenant.organisation.get()
  for (const programme of await tenant.programmes.all()) {
    if (programme.status === 'archived') continue
    const { rules } = await tenant.rules.current(programme.id)
    if (!sharesAnything(partnerSharingOf(rules))) continue
    for (const partner of partners) {
      await partnerSummary(deps, tenant, { month, partner, programme, rules, locale }, report)
    }
  }
}

/** One partner's summary of one programme, unless it has no one referred there or was sent already. */
async function partnerSummary(
  deps: PartnerSummaryDeps, tenant: TenantData,
  v: { month: string; partner: NetworkPartner; programme: Programme; rules: ProgrammeRules; locale: Locale },
  report: PartnerSummaryReport,
): Promise<void> {
  const { partner, programme } = v
  const sharing = partnerSharingOf(v.rules)
  const referred: Parameters<typeof partnerMonthSummary>[1][number][] = []
  let cursor: string | undefined
  do {
    const page = await tenant.people.list(programme.id, { kind: 'mentee', referredBy: partner.id }, { limit: pageSize, cursor })
    referred.push(...(await Promise.all(page.items.map(async (person) => {
      const duo = partnerDuoOf(await tenant.duos.ofPerson(programme.id, person.id))
      return { person, duo, line: duo ? await tenant.tracking.get(programme.id, duo.id) : undefined }
    }))))
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  if (!referred.length) return
  if (!(await tenant.networkPartners.summaryOnce({ month: v.month, networkPartnerId: partner.id, programmeId: programme.id, sentAt: deps.now().toISOString() }))) {
    report.alreadySent++
    return
  }
  const link = `${deps.appUrl.replace(/\/+$/, '')}/orgs/${encodeURIComponent(tenant.ctx.orgId)}/referrals`
  const summary = partnerSummaryMail(partnerMonthSummary(v.month, referred, sharing), sharing, { partner: partner.name, locale: v.locale, link })
  const [firstName, ...rest] = (partner.contactName.trim() || partner.name).split(/\s+/)
  const mail = await sendProgrammeEmail(deps, tenant, {
    kind: 'email-partner-summary', programmeId: programme.id, rules: v.rules,
    person: { id: `network-partner:${partner.id}`, firstName: firstName ?? partner.name, lastName: rest.join(' '), email: partner.contactEmail },
    variables: { locale: v.locale, summary },
  })
  if (mail) report.sent++
}

/**
 * The monthly schedule's body, shared by the Lambda entry and the local scheduler.
 *
 * @example
 * await scheduledPartnerSummaries(deps)(scheduledEvent)
 */
export function scheduledPartnerSummaries(deps: PartnerSummaryDeps) {
  return async (event: ScheduledEvent): Promise<PartnerSummaryReport> => {
    deps.logger.info('scheduled partner summaries', { rule: event.resources?.[0], time: event.time })
    return sendPartnerSummaries(deps)
  }
}
