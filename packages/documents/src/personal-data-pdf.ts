/**
 * The PDF half of a person's data export (GDPR right of access): what the platform holds about them, readable by
 * the person without any tool. Built with pdf-lib's standard fonts (nothing to embed, so the file stays small);
 * characters those fonts cannot draw (non-Latin scripts) are written as their Unicode code points, so nothing is
 * silently lost.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'

/** One section of the export: a title and its lines (label, value). */
export interface ExportSection {
  title: string
  lines: [string, string][]
}

const pageSize: [number, number] = [595.28, 841.89] // A4 in points
const margin = 50
const bodySize = 10

/** What WinAnsi (the standard fonts' encoding) can draw; the rest is written as U+XXXX. */
function drawable(font: PDFFont, text: string): string {
  let out = ''
  for (const ch of text.replace(/\t/g, '  ')) {
    try {
      font.encodeText(ch)
      out += ch
    } catch {
      out += `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    }
  }
  return out
}

/** Splits a text into lines that fit `width` at `size`. */
function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(next, size) <= width || !line) line = next
      else {
        lines.push(line)
        line = word
      }
    }
    lines.push(line)
  }
  return lines
}

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
  const width = pageSize[0] - 2 * margin
  let page: PDFPage = doc.addPage(pageSize)
  let y = pageSize[1] - margin
  const need = (height: number) => {
    if (y - height < margin) {
      page = doc.addPage(pageSize)
      y = pageSize[1] - margin
    }
  }
  const write = (text: string, font: PDFFont, size: number, x = margin, w = width) => {
    for (const line of wrap(font, drawable(font, text), size, w)) {
      need(size * 1.4)
      page.drawText(line, { x, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
      y -= size * 1.4
    }
  }
  write(title, bold, 16)
  write(subtitle, regular, bodySize)
  for (const section of sections) {
    y -= 10
    need(30)
    write(section.title, bold, 12)
    for (const [label, value] of section.lines) {
      write(label, bold, bodySize)
      write(value || '—', regular, bodySize, margin + 12, width - 12)
    }
  }
  return doc.save()
}
