import { programmeSponsorship, type ProgrammeSponsorship } from '@binome/core'
import type { TenantData } from '@binome/data'

/**
 * A programme's (or, with null, the whole organisation's) skills sponsorship per company over a results window: the organisation's companies and employments
 * (one Query each, the companies' partitions) and its hourly rate, counted by the core.
 */
export async function sponsorshipOf(tenant: TenantData, programmeId: string | null, window: { from: string; to: string }): Promise<ProgrammeSponsorship> {
  const [companies, employments, org] = await Promise.all([tenant.companies.all(), tenant.companies.employments.all(), tenant.organisation.get()])
  return programmeSponsorship(companies, employments, programmeId, window, org.sponsorshipHourlyRate)
}
