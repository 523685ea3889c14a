import { describe, expect, it } from 'vitest'
import { formatEuros, sponsorshipCsv, sponsorshipRows } from './companies'

const report = {
  from: null, until: '2026-12-01', hourlyRate: 45,
  items: [
    { companyId: 'a', name: 'Assurances "Mosane"', sector: 'Banque; assurances', locality: 'Saint-Josse', mentors: 2, agreed: 2, pending: 0, refused: 0, hoursPerMonth: 7.5, hours: 18, value: 810 },
  ],
  totals: { mentors: 2, hours: 18, value: 810 },
}
const t = (key: string) => key.split('.').at(-1)!

describe('the sponsorship export', () => {
  it('has a header, one row per company and the totals', () => {
    const rows = sponsorshipRows(report, t)
    expect(rows[0]).toEqual(['company', 'sector', 'locality', 'mentors', 'agreed', 'pending', 'hoursPerMonth', 'hours', 'hourlyRate', 'value', 'from', 'until'])
    expect(rows[1]).toEqual(['Assurances "Mosane"', 'Banque; assurances', 'Saint-Josse', 2, 2, 0, 7.5, 18, 45, 810, '', '2026-12-01'])
    expect(rows[2]![0]).toBe('total')
    expect(rows).toHaveLength(3)
  })
  it('writes CSV for Excel with Belgian settings: BOM, semicolons, decimal comma, quotes doubled', async () => {
    const csv = await sponsorshipCsv(report, t)
    expect(csv.startsWith('\ufeffcompany;sector;')).toBe(true)
    expect(csv.split('\r\n')[1]).toBe('"Assurances ""Mosane""";"Banque; assurances";Saint-Josse;2;2;0;7,5;18;45;810;;2026-12-01')
  })
  it('writes amounts in euros the reader’s way, and a dash without a rate', () => {
    expect(formatEuros(1080, 'fr').replace(/\s/g, ' ')).toBe('1 080,00 €')
    expect(formatEuros(null, 'nl')).toBe('—')
  })
})
