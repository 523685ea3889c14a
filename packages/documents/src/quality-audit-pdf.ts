/**
 * The quality audit on one A4 page (issue 11): the programme, organisation and period, the 23 criteria in their five
 * groups, each with its verdict as a drawn mark AND a word (never colour alone) and one line of evidence, then the
 * totals. The words come in already in the reader's language (`@binome/contracts`' audit words); this file only lays
 * them out. Long evidence is cut to its line so the audit keeps to one page.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type { AuditVerdict } from '@binome/core'
import { drawable, margin, pageSize } from './pdf-layout'

export interface AuditPdfRow {
  verdict: AuditVerdict
  verdictLabel: string
  title: string
  evidence: string
}

export interface AuditPdfContent {
  title: string
  /** Organisation, programme and period, one line each. */
  subtitle: string[]
  groups: { title: string; rows: AuditPdfRow[] }[]
  /** The totals line, e.g. "18 respectés · 3 partiellement · 1 non respecté · 1 sans données". */
  totals: string
  footer: string
}

const colours: Record<AuditVerdict, [number, number, number]> = {
  met: [0.12, 0.5, 0.25], partly: [0.75, 0.48, 0.05], 'not-met': [0.72, 0.14, 0.14], 'no-data': [0.45, 0.45, 0.45],
}

/** The verdict's mark: a check, a half-filled circle, a cross or a dash, in a circle of its colour. */
function mark(page: PDFPage, verdict: AuditVerdict, x: number, y: number) {
  const [r, g, b] = colours[verdict]
  const color = rgb(r, g, b)
  const white = rgb(1, 1, 1)
  page.drawCircle({ x, y, size: 4.5, color: verdict === 'partly' ? white : color, borderColor: color, borderWidth: 1 })
  if (verdict === 'met') {
    page.drawLine({ start: { x: x - 2.2, y }, end: { x: x - 0.5, y: y - 1.8 }, thickness: 1.1, color: white })
    page.drawLine({ start: { x: x - 0.5, y: y - 1.8 }, end: { x: x + 2.4, y: y + 2 }, thickness: 1.1, color: white })
  } else if (verdict === 'partly') {
    page.drawRectangle({ x: x - 4.5, y: y - 4.5, width: 4.5, height: 9, color })
  } else if (verdict === 'not-met') {
    page.drawLine({ start: { x: x - 2, y: y - 2 }, end: { x: x + 2, y: y + 2 }, thickness: 1.1, color: white })
    page.drawLine({ start: { x: x - 2, y: y + 2 }, end: { x: x + 2, y: y - 2 }, thickness: 1.1, color: white })
  } else {
    page.drawLine({ start: { x: x - 2.2, y }, end: { x: x + 2.2, y }, thickness: 1.1, color: white })
  }
}

/** The text cut to `width`, with an ellipsis when it had to be. */
function fit(font: PDFFont, text: string, size: number, width: number): string {
  const t = drawable(font, text)
  if (font.widthOfTextAtSize(t, size) <= width) return t
  let cut = t
  while (cut.length > 1 && font.widthOfTextAtSize(`${cut}...`, size) > width) cut = cut.slice(0, -1)
  return `${cut.trimEnd()}...`
}

/**
 * The audit's page.
 *
 * @example
 * const bytes = await qualityAuditPdf({ title: 'Audit qualité — Mentoring Belgium', subtitle: ['PLS', 'MentorYou', '01/12/2025 – 30/11/2026'],
 *   groups: [{ title: 'Fin et évaluation', rows: [{ verdict: 'met', verdictLabel: 'Respecté', title: 'Fin anticipée possible', evidence: '…' }] }], totals: '…', footer: '…' })
 */
export async function qualityAuditPdf(content: AuditPdfContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(content.title)
  doc.setCreator('Binôme')
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const page = doc.addPage(pageSize)
  const width = pageSize[0] - 2 * margin
  const ink = rgb(0.1, 0.1, 0.1)
  const grey = rgb(0.33, 0.33, 0.33)
  let y = pageSize[1] - margin + 10
  const text = (s: string, font: PDFFont, size: number, x: number, w: number, color = ink) => {
    page.drawText(fit(font, s, size, w), { x, y: y - size, size, font, color })
  }
  text(content.title, bold, 15, margin, width)
  y -= 20
  for (const line of content.subtitle) {
    text(line, regular, 9, margin, width, grey)
    y -= 12
  }
  y -= 2
  text(content.totals, bold, 9.5, margin, width)
  y -= 16
  const labelWidth = 78
  for (const group of content.groups) {
    page.drawRectangle({ x: margin, y: y - 13, width, height: 13, color: rgb(0.92, 0.93, 0.96) })
    y -= 1.5
    text(group.title, bold, 9.5, margin + 4, width - 8)
    y -= 15
    for (const row of group.rows) {
      mark(page, row.verdict, margin + 5, y - 4.5)
      text(row.verdictLabel, bold, 7.5, margin + 13, labelWidth - 14, rgb(...colours[row.verdict]))
      text(row.title, bold, 8, margin + labelWidth, width - labelWidth)
      y -= 10
      text(row.evidence, regular, 7, margin + labelWidth, width - labelWidth, grey)
      y -= 11.5
    }
    y -= 3
  }
  y = margin
  text(content.footer, regular, 6.5, margin, width, grey)
  return doc.save()
}
