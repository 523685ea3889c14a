import { DomainError, type FieldIssue } from './errors'
import type { PersonKind } from './people'

/**
 * Mentors' employers (seed 001, "Accord du management de l'entreprise"): a company's management agrees that its
 * employees mentor during working time, and the company values that time as skills sponsorship ("mécénat de
 * compétences") — the hours its employees give, times an hourly rate the organisation sets.
 *
 * A company belongs to the organisation (its mentors may be in several programmes); a mentor's employment is its own
 * record beside the person (the person's file is not changed), one per mentor and programme.
 */

export interface Company {
  id: string
  orgId: string
  name: string
  sector: string
  address: string
  locality: string
  contactName: string
  contactEmail: string | null
  notes: string
  createdAt: string
  updatedAt: string
  version: number
}

export interface CompanyDraft {
  name: string
  sector?: string | undefined
  address?: string | undefined
  locality?: string | undefined
  contactName?: string | undefined
  contactEmail?: string | null | undefined
  notes?: string | undefined
}

/**
 * A new company of an organisation; ids and time are handed in.
 *
 * @example
 * newCompany({ name: 'Brasserie du Canal' }, { id: 'c1', orgId: 'pls', now }).sector // ''
 */
export function newCompany(draft: CompanyDraft, ctx: { id: string; orgId: string; now: string }): Company {
  return {
    id: ctx.id,
    orgId: ctx.orgId,
    name: draft.name.trim(),
    sector: draft.sector?.trim() ?? '',
    address: draft.address?.trim() ?? '',
    locality: draft.locality?.trim() ?? '',
    contactName: draft.contactName?.trim() ?? '',
    contactEmail: draft.contactEmail ?? null,
    notes: draft.notes?.trim() ?? '',
    createdAt: ctx.now,
    updatedAt: ctx.now,
    version: 1,
  }
}

/** A company with a staff member's changes. */
export function updateCompany(current: Company, changes: Partial<CompanyDraft>, now: string): Company {
  const text = (v: string | undefined) => v?.trim()
  return {
    ...current,
    ...(changes.name !== undefined && { name: changes.name.trim() }),
    ...(changes.sector !== undefined && { sector: text(changes.sector)! }),
    ...(changes.address !== undefined && { address: text(changes.address)! }),
    ...(changes.locality !== undefined && { locality: text(changes.locality)! }),
    ...(changes.contactName !== undefined && { contactName: text(changes.contactName)! }),
    ...(changes.contactEmail !== undefined && { contactEmail: changes.contactEmail }),
    ...(changes.notes !== undefined && { notes: text(changes.notes)! }),
    updatedAt: now,
    version: current.version + 1,
  }
}

/** Where the management's agreement stands: asked and not yet answered, given, or refused. */
export const agreementStatuses = ['pending', 'agreed', 'refused'] as const
export type AgreementStatus = (typeof agreementStatuses)[number]

/** The most hours a month a mentor can give during working time (a full-time month is about 160). */
export const maxHoursPerMonth = 40

export interface Employment {
  orgId: string
  programmeId: string
  /** The mentor (a person of kind `mentor` in that programme). */
  personId: string
  companyId: string
  agreement: AgreementStatus
  /** `YYYY-MM-DD`: the day management agreed (or refused); null while pending. */
  agreementDate: string | null
  /** Hours per month the mentor may give during working time, as agreed. */
  hoursPerMonth: number
  /** `YYYY-MM-DD`: from when the mentor gives those hours. */
  startDate: string
  /** `YYYY-MM-DD` or null when open-ended. */
  endDate: string | null
  createdAt: string
  updatedAt: string
  version: number
}

export interface EmploymentDraft {
  companyId: string
  agreement: AgreementStatus
  agreementDate?: string | null | undefined
  hoursPerMonth: number
  startDate: string
  endDate?: string | null | undefined
}

/**
 * Checks what a staff member states about a mentor's employment, every problem at once:
 * only mentors have one (422 `not-a-mentor` naming `personId`); a decided agreement has its date, a pending one none;
 * the end is not before the start.
 */
function checkEmployment(kind: PersonKind, e: Omit<Employment, 'createdAt' | 'updatedAt' | 'version'>): void {
  if (kind !== 'mentor') {
    throw new DomainError('not-a-mentor', 'Only mentors have an employer', {
      details: [{ path: 'personId', reason: 'invalid', message: 'only a mentor has an employer; this person is a mentee' }],
    })
  }
  const issues: FieldIssue[] = []
  if (e.agreement !== 'pending' && !e.agreementDate) {
    issues.push({ path: 'agreementDate', reason: 'required', message: 'a decided agreement needs its date' })
  }
  if (e.agreement === 'pending' && e.agreementDate) {
    issues.push({ path: 'agreementDate', reason: 'invalid', message: 'a pending agreement has no date yet' })
  }
  if (e.endDate && e.endDate < e.startDate) {
    issues.push({ path: 'endDate', reason: 'end-before-start', message: 'the end is before the start' })
  }
  if (issues.length) throw new DomainError('validation', 'The employment is not coherent', { details: issues })
}

/**
 * A mentor's employment as a staff member states it: new (no `current`) or replacing the previous statement.
 *
 * @example
 * setEmployment(undefined, 'mentor', { companyId: 'c1', agreement: 'pending', hoursPerMonth: 3, startDate: '2026-09-01' }, { orgId, programmeId, personId, now }).version // 1
 */
export function setEmployment(
  current: Employment | undefined,
  kind: PersonKind,
  draft: EmploymentDraft,
  ctx: { orgId: string; programmeId: string; personId: string; now: string },
): Employment {
  const next = {
    orgId: ctx.orgId,
    programmeId: ctx.programmeId,
    personId: ctx.personId,
    companyId: draft.companyId,
    agreement: draft.agreement,
    agreementDate: draft.agreementDate ?? null,
    hoursPerMonth: draft.hoursPerMonth,
    startDate: draft.startDate,
    endDate: draft.endDate ?? null,
  }
  checkEmployment(kind, next)
  return current
    ? { ...next, createdAt: current.createdAt, updatedAt: ctx.now, version: current.version + 1 }
    : { ...next, createdAt: ctx.now, updatedAt: ctx.now, version: 1 }
}

/**
 * Whole calendar months from one day to another (`YYYY-MM-DD`), 0 when the end is not after the start: a month
 * counts once the same day of the next month is reached (15 March → 14 June is 2, → 15 June is 3); a start on the
 * 31st completes on the last day of a shorter month.
 *
 * @example
 * wholeMonthsBetween('2026-03-15', '2026-06-15') // 3
 */
export function wholeMonthsBetween(from: string, to: string): number {
  if (to <= from) return 0
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number]
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number]
  let months = (ty - fy) * 12 + (tm - fm)
  const lastDayOfTo = new Date(Date.UTC(ty, tm, 0)).getUTCDate()
  if (td < Math.min(fd, lastDayOfTo)) months -= 1
  return Math.max(0, months)
}

/**
 * Hours of skills sponsorship an employment has given up to a day (`YYYY-MM-DD`, usually today or the end of the
 * period reported), counted from `from` when given (the start of the period). THE RULE, until duos and meetings
 * record the hours really given: only an agreement management gave counts; the hours are the agreed hours per month
 * × the whole months elapsed between the employment's start (or the period's start, if later) and its end (or
 * `until`, if earlier). A pending or refused agreement gives 0.
 *
 * @example
 * sponsoredHours({ agreement: 'agreed', hoursPerMonth: 4, startDate: '2026-01-10', endDate: null }, { until: '2026-04-10' }) // 12
 */
export function sponsoredHours(
  e: Pick<Employment, 'agreement' | 'hoursPerMonth' | 'startDate' | 'endDate'>,
  period: { until: string; from?: string | undefined },
): number {
  if (e.agreement !== 'agreed') return 0
  const start = period.from && period.from > e.startDate ? period.from : e.startDate
  const end = e.endDate && e.endDate < period.until ? e.endDate : period.until
  return e.hoursPerMonth * wholeMonthsBetween(start, end)
}

/**
 * Euros for hours at a rate, rounded to the cent (computed in cents, so that 0.1 + 0.2 never shows).
 *
 * @example
 * sponsorshipValue(7.5, 42.3) // 317.25
 */
export function sponsorshipValue(hours: number, hourlyRate: number | null): number | null {
  if (hourlyRate === null) return null
  return Math.round(hours * Math.round(hourlyRate * 100)) / 100
}

/** One company's line in the report: its mentors, the agreements' state, the hours and their value. */
export interface CompanySponsorship {
  companyId: string
  name: string
  sector: string
  locality: string
  mentors: number
  agreed: number
  pending: number
  refused: number
  /** Sum of the agreed hours per month of the mentors whose agreement is given. */
  hoursPerMonth: number
  /** Hours given in the period, by the rule of {@link sponsoredHours}. */
  hours: number
  /** `hours` × the organisation's rate in euros, null when it has set no rate. */
  value: number | null
}

/**
 * The skills sponsorship of each company over a period: every company appears (with zeros when none of its
 * employees mentors), in the order given.
 *
 * @example
 * companySponsorship([company], [employment], { until: '2026-12-01' }, 45)[0].value // e.g. 540
 */
export function companySponsorship(
  companies: readonly Company[],
  employments: readonly Employment[],
  period: { until: string; from?: string | undefined },
  hourlyRate: number | null,
): CompanySponsorship[] {
  return companies.map((c) => {
    const mine = employments.filter((e) => e.companyId === c.id)
    const agreed = mine.filter((e) => e.agreement === 'agreed')
    const hours = mine.reduce((sum, e) => sum + sponsoredHours(e, period), 0)
    return {
      companyId: c.id,
      name: c.name,
      sector: c.sector,
      locality: c.locality,
      mentors: mine.length,
      agreed: agreed.length,
      pending: mine.filter((e) => e.agreement === 'pending').length,
      refused: mine.filter((e) => e.agreement === 'refused').length,
      hoursPerMonth: agreed.reduce((sum, e) => sum + e.hoursPerMonth, 0),
      hours,
      value: sponsorshipValue(hours, hourlyRate),
    }
  })
}
