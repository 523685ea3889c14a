import { describe, expect, it } from 'vitest'
import type { Company, Employment } from '../companies'
import { programmeSponsorship } from './index'

const company = (id: string, name: string): Company => ({
  id, orgId: 'o1', name, sector: '', address: '', locality: '', contactName: '', contactEmail: null, notes: '',
  createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1,
})
const job = (personId: string, companyId: string, more: Partial<Employment> = {}): Employment => ({
  orgId: 'o1', programmeId: 'p1', personId, companyId, agreement: 'agreed', agreementDate: '2025-12-01', hoursPerMonth: 4,
  startDate: '2026-01-01', endDate: null, createdAt: '', updatedAt: '', version: 1, ...more,
})

const companies = [company('acme', 'Acme'), company('brico', 'Brico'), company('nobody', 'Nobody here'), company('other', 'Other programme only')]
const employments = [
  // Acme: 4 h × 12 months of 2026 = 48; 2 h from 2026-07-15 to 2026-10-15 = 3 months × 2 = 6; a pending one gives 0 → 54 h.
  job('m1', 'acme'),
  job('m2', 'acme', { hoursPerMonth: 2, startDate: '2026-07-15', endDate: '2026-10-15' }),
  job('m3', 'acme', { agreement: 'pending', agreementDate: null }),
  // Brico: 8 h from 2025-06-01, counted from the window's start: 12 months × 8 = 96 h; a refusal gives 0.
  job('m4', 'brico', { hoursPerMonth: 8, startDate: '2025-06-01' }),
  job('m5', 'brico', { agreement: 'refused' }),
  // Another programme's mentor: not this programme's sponsorship.
  job('m6', 'other', { programmeId: 'p2', hoursPerMonth: 40 }),
]
const year = { from: '2026-01-01', to: '2026-12-31' }

describe('programmeSponsorship', () => {
  it('counts each company of the programme over the window, most hours first, valued at the rate', () => {
    const s = programmeSponsorship(companies, employments, 'p1', year, 42.5)
    expect(s.companies.map((c) => [c.name, c.mentors, c.agreed, c.pending, c.refused, c.hours, c.value])).toEqual([
      ['Brico', 2, 1, 0, 1, 96, 4080],
      ['Acme', 3, 2, 1, 0, 54, 2295],
    ])
    expect(s.totals).toEqual({ mentors: 5, hours: 150, value: 6375 })
    expect(s.hourlyRate).toBe(42.5)
  })

  it('gives hours without a value when the organisation set no rate', () => {
    const s = programmeSponsorship(companies, employments, 'p1', year, null)
    expect(s.totals).toEqual({ mentors: 5, hours: 150, value: null })
    expect(s.companies.every((c) => c.value === null)).toBe(true)
  })

  it('counts only the whole months inside a shorter window', () => {
    // 2026-03-01 → 2026-05-31 (to the day after: 2026-06-01) is 3 months: Acme 4 × 3 = 12 (m2 not started yet); Brico 8 × 3 = 24.
    const s = programmeSponsorship(companies, employments, 'p1', { from: '2026-03-01', to: '2026-05-31' }, 10)
    expect(s.companies.map((c) => [c.companyId, c.hours, c.value])).toEqual([['brico', 24, 240], ['acme', 12, 120]])
  })

  it('lists nothing for a programme without employed mentors', () => {
    expect(programmeSponsorship(companies, employments, 'p9', year, 50)).toEqual({ hourlyRate: 50, companies: [], totals: { mentors: 0, hours: 0, value: 0 } })
  })
})
