/** The personal-data screens' logic, without a browser: the page's address, overdue rows, the export's files, names. */
import { describe, expect, it } from 'vitest'
import type { PersonalDataExport } from '@binome/contracts'
import { auditActionChoices, base64Bytes, exportJson, isAuditFiltered, isOverdue, jsonFilename, privacyQuery, readPrivacyQuery } from './privacy'
import { shownName } from './people/shown-name'

describe('the privacy page’s address', () => {
  it('reads the offered period and the filters the API accepts, dropping the rest', () => {
    const read = readPrivacyQuery(new URLSearchParams('within=365&action=person.erased&personId=%20mentee-13%20&from=2026-13-01&to=2026-12-01'))
    expect(read).toEqual({ within: 365, filter: { action: 'person.erased', personId: 'mentee-13', to: '2026-12-01' } })
    expect(readPrivacyQuery(new URLSearchParams('within=42&action=drop-table&personId=a%20b'))).toEqual({ within: 60, filter: {} })
  })

  it('writes the period and the filters back, leaving out blanks and the default period', () => {
    expect(privacyQuery(60, { action: '', personId: ' ' })).toBe('')
    expect(privacyQuery(365, { action: 'person.erased', from: '2026-11-01' })).toBe('?within=365&action=person.erased&from=2026-11-01')
    const again = readPrivacyQuery(new URLSearchParams(privacyQuery(30, { personId: 'p1', to: '2026-12-01' })))
    expect(again).toEqual({ within: 30, filter: { personId: 'p1', to: '2026-12-01' } })
    expect(isAuditFiltered(again.filter)).toBe(true)
    expect(isAuditFiltered({})).toBe(false)
  })

  it('offers every action the log records', () => {
    expect(auditActionChoices).toEqual(['admin.appointed-by-operator', 'personal-data.read', 'personal-data.change', 'person.erased'])
  })
})

describe('the retention dry run', () => {
  it('says a person is overdue once their date has passed (they go at the next nightly run)', () => {
    const now = new Date('2026-12-01T03:00:00Z')
    expect(isOverdue('2026-11-30T23:59:00.000Z', now)).toBe(true)
    expect(isOverdue('2026-12-01T03:00:00.000Z', now)).toBe(true)
    expect(isOverdue('2026-12-02T00:00:00.000Z', now)).toBe(false)
  })
})

describe('the export’s files', () => {
  const exported = {
    exportedAt: '2026-12-01T03:00:00.000Z',
    organisation: { id: 'o', name: 'O' },
    pdf: { filename: 'Awa-Diallo-2026-12-01.pdf', contentType: 'application/pdf', base64: btoa('%PDF-1.7 é') },
  } as unknown as PersonalDataExport

  it('decodes the PDF’s bytes', () => {
    expect(new TextDecoder('latin1').decode(base64Bytes(exported.pdf.base64))).toBe('%PDF-1.7 é')
  })

  it('gives the JSON without the PDF, under the PDF’s name', () => {
    expect(JSON.parse(exportJson(exported))).toEqual({ exportedAt: exported.exportedAt, organisation: { id: 'o', name: 'O' } })
    expect(jsonFilename(exported)).toBe('Awa-Diallo-2026-12-01.json')
  })
})

describe('names on screen', () => {
  it('names an erased person by what happened to them, never with an empty link', () => {
    expect(shownName({ firstName: 'Awa', lastName: 'Diallo' }, 'Personne effacée')).toBe('Awa Diallo')
    expect(shownName({ firstName: '', lastName: '' }, 'Personne effacée')).toBe('Personne effacée')
  })
})
