/**
 * The PDF half of a person's data export (GDPR right of access): what the platform holds about them, readable by
 * the person without any tool (layout in `pdf-layout.ts`).
 */
import { PDFDocument, StandardFonts } from 'pdf-lib'
import { flow } from './pdf-layout'

/** One section of the export: a title and its lines (label, value). */
export interface ExportSection {
  title: string
  lines: [string, string][]
}

const bodySize = 10

/**
 * The export as a PDF: a title, when it was made, then each section with its lines, on as many A4 pages as needed.
 *
 * @example
 * const bytes = await personalDataPdf('Données de Amina El Idrissi', 'Exporté le 30/11/2026', [{ title: 'Identité', lines: [['Nom', 'El Idrissi']] }])
 */
export async function personalDataPdf(title: string, subtitle: string, sections: ExportSection[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(title)
  doc.setCreator('Binôme')
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const { write, gap, need } = flow(doc)
  write(title, bold, 16)
  write(subtitle, regular, bodySize)
  for (const section of sections) {
    gap(10)
    need(30)
    write(section.title, bold, 12)
    for (const [label, value] of section.lines) {
      write(label, bold, bodySize)
      write(value || '—', regular, bodySize, 12)
    }
  }
  return doc.save()
}
