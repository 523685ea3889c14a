import { companySponsorship, sponsorshipValue, type Company, type CompanySponsorship, type Employment } from '../companies'
import { dayAfter } from '../duo-life/dates'

/**
 * Skills sponsorship on a programme's results (issue 11: "skills-sponsorship hours and value per company"): the hours
 * the programme's mentors gave during working time over the window, per employer, valued at the organisation's hourly
 * rate. The counting rule is the companies' one (`sponsoredHours`: agreed hours a month × whole months); only the
 * employments of this programme count, and only the companies that employ at least one of its mentors are listed.
 */
export interface ProgrammeSponsorship {
  /** Euros an hour the organisation set, null when it set none (then every value is null). */
  hourlyRate: number | null
  /** The companies with a mentor in the programme, most hours first (then by name). */
  companies: CompanySponsorship[]
  totals: { mentors: number; hours: number; value: number | null }
}

/**
 * A programme's skills sponsorship per company over a results window (both days included: the hours run to the day
 * after `to`, so a window of twelve whole months counts twelve months).
 *
 * @example
 * programmeSponsorship([acme], [{ companyId: 'acme', programmeId: 'p1', agreement: 'agreed', hoursPerMonth: 4, startDate: '2026-01-01', endDate: null, … }], 'p1', { from: '2026-01-01', to: '2026-12-31' }, 50)
 * // { hourlyRate: 50, companies: [{ companyId: 'acme', hours: 48, value: 2400, … }], totals: { mentors: 1, hours: 48, value: 2400 } }
 */
export function programmeSponsorship(
  companies: readonly Company[],
  employments: readonly Employment[],
  programmeId: string | null,
  window: { from: string; to: string },
  hourlyRate: number | null,
): ProgrammeSponsorship {
  // null: the whole organisation, every programme's mentors.
  const mine = programmeId === null ? [...employments] : employments.filter((e) => e.programmeId === programmeId)
  const employers = new Set(mine.map((e) => e.companyId))
  const rows = companySponsorship(companies.filter((c) => employers.has(c.id)), mine, { from: window.from, until: dayAfter(window.to, 1) }, hourlyRate)
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name, 'fr'))
  const hours = rows.reduce((n, r) => n + r.hours, 0)
  return {
    hourlyRate,
    companies: rows,
    totals: { mentors: rows.reduce((n, r) => n + r.mentors, 0), hours, value: sponsorshipValue(hours, hourlyRate) },
  }
}
