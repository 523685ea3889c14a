import type { SponsorshipReport } from '@binome/contracts'

type Translate = (key: string, opts?: { values?: Record<string, string | number> }) => string

/** The companies' list, or one company's page. */
export function companiesPath(orgId: string, companyId?: string): string {
  return `/orgs/${orgId}/companies${companyId ? `/${companyId}` : ''}`
}

/**
 * An amount in euros for the reader, or a dash when the organisation has set no hourly rate.
 *
 * @example formatEuros(1080, 'fr') // '1 080,00 €'
 */
export function formatEuros(value: number | null, locale: string | null | undefined): string {
  if (value === null) return '—'
  return new Intl.NumberFormat(`${locale ?? 'fr'}-BE`, { style: 'currency', currency: 'EUR' }).format(value)
}

/**
 * Hours for the reader: whole or half hours, written the reader's way.
 *
 * @example formatHours(7.5, 'fr') // '7,5'
 */
export function formatHours(hours: number, locale: string | null | undefined): string {
  return new Intl.NumberFormat(`${locale ?? 'fr'}-BE`, { maximumFractionDigits: 2 }).format(hours)
}

/**
 * The sponsorship report as spreadsheet rows: a header in the reader's language, one row per company, then the
 * totals. Numbers stay numbers (a spreadsheet sums them); the period and the rate are columns of every row so that
 * a row copied elsewhere keeps its meaning.
 */
export function sponsorshipRows(report: SponsorshipReport, t: Translate): (string | number)[][] {
  const header = ['company', 'sector', 'locality', 'mentors', 'agreed', 'pending', 'hoursPerMonth', 'hours', 'hourlyRate', 'value', 'from', 'until']
    .map((c) => t(`companies.export.${c}`))
  const rows = report.items.map((i) => [
    i.name, i.sector, i.locality, i.mentors, i.agreed, i.pending, i.hoursPerMonth, i.hours, report.hourlyRate ?? '', i.value ?? '',
    report.from ?? '', report.until,
  ])
  const totals = [t('companies.export.total'), '', '', report.totals.mentors, '', '', '', report.totals.hours, report.hourlyRate ?? '', report.totals.value ?? '', report.from ?? '', report.until]
  return [header, ...rows, totals]
}

/**
 * The report as a CSV file that Excel opens correctly with Belgian settings (in French, Dutch and English alike): `;`
 * between fields and a decimal comma, a UTF-8 byte-order mark (without it, Excel reads accents as Windows-1252),
 * quoting by papaparse — loaded only when someone exports, so the page does not carry it.
 */
export async function sponsorshipCsv(report: SponsorshipReport, t: Translate): Promise<string> {
  const { default: Papa } = await import('papaparse')
  const cells = sponsorshipRows(report, t).map((row) => row.map((c) => (typeof c === 'number' ? String(c).replace('.', ',') : c)))
  return '\ufeff' + Papa.unparse(cells, { delimiter: ';', newline: '\r\n' })
}

/** Offers a text as a file to download. */
export function download(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = Object.assign(document.createElement('a'), { href: url, download: name })
  document.body.append(a)
  a.click()
  a.remove()
  URL.revokeObjectURL(url)
}
