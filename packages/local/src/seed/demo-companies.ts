import { newCompany, setEmployment, type CompanyDraft, type EmploymentDraft } from '@binome/core'
import type { TenantData } from '@binome/data'

/**
 * Mentors' employers in the demo (seed 001: management's agreement, skills sponsorship valued by the hours given
 * during working time): two fictional Brussels employers of MentorYou's mentors, agreements given (one still
 * pending), hours per month. Fixed dates, so that the value up to a given day is the same on every machine.
 */
export const demoCompanies: (CompanyDraft & { id: string; mentors: (Omit<EmploymentDraft, 'companyId'> & { personId: string })[] })[] = [
  {
    id: 'assurances-mosane', name: 'Assurances Mosane', sector: 'Banque et assurances', address: 'Boulevard du Roi Albert II 19',
    locality: 'Saint-Josse-ten-Noode', contactName: 'Véronique Dumont', contactEmail: 'rse@assurances-mosane.demo',
    notes: 'Politique RSE : deux heures par mois et par mentor sur le temps de travail, davantage avec l’accord du manager.',
    mentors: [
      // Sophie Lambert (RH) and Céline Dupont (communication), both ready for matching (./demo-pipeline.ts).
      { personId: 'mentor-01', agreement: 'agreed', agreementDate: '2026-08-25', hoursPerMonth: 4, startDate: '2026-09-01' },
      { personId: 'mentor-11', agreement: 'agreed', agreementDate: '2026-09-20', hoursPerMonth: 3, startDate: '2026-10-01' },
    ],
  },
  {
    id: 'datagora', name: 'Datagora', sector: 'Informatique', address: 'Avenue de Tervueren 34', locality: 'Etterbeek',
    contactName: 'Koen Verstraeten', contactEmail: 'people@datagora.demo',
    notes: 'Société de services informatiques (120 salarié·e·s). Accord de la direction pour un premier mentor, un second en discussion.',
    mentors: [
      // Marc Dubois (chef de projet IT, ready for matching), then David Lemaire, still being recruited (interviewed):
      // his manager has not answered yet.
      { personId: 'mentor-02', agreement: 'agreed', agreementDate: '2026-09-10', hoursPerMonth: 3, startDate: '2026-09-15' },
      { personId: 'mentor-14', agreement: 'pending', hoursPerMonth: 3, startDate: '2026-11-01' },
    ],
  },
]

/** The hourly rate MentorYou values its mentors' working time at, in euros. */
export const demoHourlyRate = 45

/** Seeds the companies and their mentors' employments in one organisation's programme. */
export async function seedDemoCompanies(tenant: TenantData, programmeId: string, now: string): Promise<void> {
  for (const { mentors, id, ...draft } of demoCompanies) {
    await tenant.companies.create(newCompany(draft, { id, orgId: tenant.ctx.orgId, now }))
    for (const { personId, ...job } of mentors) {
      const employment = setEmployment(undefined, 'mentor', { ...job, companyId: id }, { orgId: tenant.ctx.orgId, programmeId, personId, now })
      await tenant.companies.employments.put(programmeId, personId, undefined, () => employment)
    }
  }
}
