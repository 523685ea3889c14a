import { describe, expect, it } from 'vitest'
import { companySponsorship, newCompany, setEmployment, sponsoredHours, sponsorshipValue, wholeMonthsBetween, type EmploymentDraft } from './companies'
import { DomainError } from './errors'

const now = '2026-11-30T10:00:00.000Z'
const ctx = { orgId: 'o1', programmeId: 'p1', personId: 'mentor-01', now }
const agreed: EmploymentDraft = { companyId: 'c1', agreement: 'agreed', agreementDate: '2026-08-20', hoursPerMonth: 4, startDate: '2026-09-01' }

const issues = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    if (e instanceof DomainError) return { reason: e.reason, status: e.status, paths: e.details?.map((d) => d.path) }
    throw e
  }
  throw new Error('did not throw')
}

describe('whole months between two days', () => {
  it.each([
    ['2026-03-15', '2026-06-14', 2],
    ['2026-03-15', '2026-06-15', 3],
    ['2026-01-31', '2026-02-28', 1], // a start on the 31st completes on the last day of a shorter month
    ['2026-01-31', '2026-02-27', 0],
    ['2025-11-01', '2026-11-01', 12],
    ['2026-09-01', '2026-09-01', 0],
    ['2026-09-01', '2026-08-01', 0],
  ])('%s → %s: %i', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months)
  })
})

describe('hours of skills sponsorship', () => {
  it('counts the agreed hours per month for each whole month from the start to the day asked', () => {
    expect(sponsoredHours({ agreement: 'agreed', hoursPerMonth: 4, startDate: '2026-01-10', endDate: null }, { until: '2026-04-10' })).toBe(12)
    expect(sponsoredHours({ agreement: 'agreed', hoursPerMonth: 4, startDate: '2026-01-10', endDate: null }, { until: '2026-04-09' })).toBe(8)
  })
  it('stops at the end of the employment and starts at the start of the period', () => {
    const e = { agreement: 'agreed' as const, hoursPerMonth: 3, startDate: '2026-01-01', endDate: '2026-07-01' }
    expect(sponsoredHours(e, { until: '2026-12-01' })).toBe(18)
    expect(sponsoredHours(e, { from: '2026-04-01', until: '2026-12-01' })).toBe(9)
    expect(sponsoredHours(e, { from: '2026-08-01', until: '2026-12-01' })).toBe(0)
  })
  it('gives nothing while the agreement is pending or when it was refused', () => {
    expect(sponsoredHours({ agreement: 'pending', hoursPerMonth: 4, startDate: '2026-01-01', endDate: null }, { until: '2026-12-01' })).toBe(0)
    expect(sponsoredHours({ agreement: 'refused', hoursPerMonth: 4, startDate: '2026-01-01', endDate: null }, { until: '2026-12-01' })).toBe(0)
  })
  it('values hours at the rate to the cent, and has no value without a rate', () => {
    expect(sponsorshipValue(7.5, 42.3)).toBe(317.25)
    expect(sponsorshipValue(3, 0.1)).toBe(0.3)
    expect(sponsorshipValue(12, null)).toBeNull()
  })
})

describe('the sponsorship of each company', () => {
  it('sums its mentors, their agreements, hours and value; a company without mentors has zeros', () => {
    const c1 = newCompany({ name: 'Assurances Mosane', sector: 'Assurances' }, { id: 'c1', orgId: 'o1', now })
    const c2 = newCompany({ name: 'Brasserie du Canal' }, { id: 'c2', orgId: 'o1', now })
    const e1 = setEmployment(undefined, 'mentor', agreed, ctx)
    const e2 = setEmployment(undefined, 'mentor', { ...agreed, hoursPerMonth: 2.5, startDate: '2026-10-01' }, { ...ctx, personId: 'mentor-02' })
    const e3 = setEmployment(undefined, 'mentor', { companyId: 'c1', agreement: 'pending', hoursPerMonth: 6, startDate: '2026-09-01' }, { ...ctx, personId: 'mentor-03' })
    const [a, b] = companySponsorship([c1, c2], [e1, e2, e3], { until: '2026-12-01' }, 45)
    // e1: 3 whole months × 4 h; e2: 2 × 2.5 h; e3 pending: 0.
    expect(a).toMatchObject({ companyId: 'c1', mentors: 3, agreed: 2, pending: 1, refused: 0, hoursPerMonth: 6.5, hours: 17, value: 765 })
    expect(b).toMatchObject({ companyId: 'c2', mentors: 0, hours: 0, value: 0 })
  })
})

describe('a mentor’s employment', () => {
  it('is created at version 1 and replaced with the next version, keeping when it was created', () => {
    const first = setEmployment(undefined, 'mentor', agreed, ctx)
    expect(first).toMatchObject({ version: 1, agreement: 'agreed', agreementDate: '2026-08-20', endDate: null, createdAt: now })
    const later = '2026-12-01T09:00:00.000Z'
    const second = setEmployment(first, 'mentor', { ...agreed, hoursPerMonth: 6 }, { ...ctx, now: later })
    expect(second).toMatchObject({ version: 2, hoursPerMonth: 6, createdAt: now, updatedAt: later })
  })
  it('belongs to mentors only: a mentee is refused with 422 naming the person', () => {
    expect(issues(() => setEmployment(undefined, 'mentee', agreed, ctx))).toEqual({ reason: 'not-a-mentor', status: 422, paths: ['personId'] })
  })
  it('needs the date of a decided agreement, none while pending, and an end not before its start', () => {
    expect(issues(() => setEmployment(undefined, 'mentor', { ...agreed, agreementDate: null }, ctx)).paths).toEqual(['agreementDate'])
    expect(issues(() => setEmployment(undefined, 'mentor', { ...agreed, agreement: 'pending' }, ctx)).paths).toEqual(['agreementDate'])
    expect(issues(() => setEmployment(undefined, 'mentor', { ...agreed, endDate: '2026-08-31' }, ctx))).toEqual({ reason: 'validation', status: 400, paths: ['endDate'] })
  })
})
