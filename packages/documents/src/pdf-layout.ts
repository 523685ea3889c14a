/**
 * Text layout shared by the PDFs this package makes (the personal-data export, the engagement contract): pdf-lib's
 * standard fonts, so nothing is embedded and the files stay small. Characters those fonts cannot draw (non-Latin
 * scripts) are written as their Unicode code points, so nothing is silently lost.
 */
import { rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'

export const pageSize: [number, number] = [595.28, 841.89] // A4 in points
export const margin = 50

/** Characters WinAnsi lacks that the screens' words use, and what draws them legibly (the history's stage moves). */
const standIns: Record<string, string> = { '→': '->' }

/**
 * What WinAnsi (the standard fonts' encoding) can draw; an arrow as `->`, the rest as U+XXXX.
 *
 * @example
 * drawable(helvetica, 'Amina ሰላም') // 'Amina U+1230U+120BU+121D'
 */
export function drawable(font: PDFFont, text: string): string {
  let out = ''
  for (const ch of text.replace(/\t/g, '  ')) {
    const standIn = standIns[ch]
    if (standIn) {
      out += standIn
      continue
    }
    try {
      font.encodeText(ch)
      out += ch
    } catch {
      out += `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    }
  }
  return out
}

/**
 * Splits a text into lines that fit `width` at `size` (a word longer than the width stays whole on its line).
 *
 * @example
 * wrap(helvetica, 'un long paragraphe', 10, 60) // ['un long', 'paragraphe']
 */
export function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
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
 * A writer that flows wrapped lines down A4 pages, adding a page when one is full.
 *
 * @example
 * const w = flow(doc)
 * w.write('Titre', bold, 16)
 * w.gap(10)
 */
export function flow(doc: PDFDocument) {
  const width = pageSize[0] - 2 * margin
  let page: PDFPage = doc.addPage(pageSize)
  let y = pageSize[1] - margin
  const need = (height: number) => {
    if (y - height < margin) {
      page = doc.addPage(pageSize)
      y = pageSize[1] - margin
    }
  }
  return {
    width,
    need,
    gap: (height: number) => {
      y -= height
    },
    write(text: string, font: PDFFont, size: number, indent = 0, prefix = '') {
      // Line breaks are the layout's to draw (wrap splits on them), not characters to spell as U+000A.
      const lines = wrap(font, text.split('\n').map((paragraph) => drawable(font, paragraph)).join('\n'), size, width - indent)
      lines.forEach((line, i) => {
        need(size * 1.4)
        if (i === 0 && prefix) page.drawText(prefix, { x: margin + indent - font.widthOfTextAtSize(`${prefix} `, size), y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
        page.drawText(line, { x: margin + indent, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
        y -= size * 1.4
      })
    },
  }
}
