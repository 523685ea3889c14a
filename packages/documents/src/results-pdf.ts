/**
 * The results dashboard for funders on A4 (issue 11): organisation, programme, period and the day it was made on top;
 * the figures as a table; then the charts drawn with pdf-lib — horizontal bars, each with its number written beside it
 * (a printed chart must be readable without colour and without the screen's table). The words come in already in the
 * reader's language; this file only lays them out.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import { drawable, margin, pageSize } from './pdf-layout'

export interface ResultsPdfBar {
  label: string
  /** The bar's length, against the chart's `max`. */
  value: number
  /** What is written beside the bar, e.g. "67 % (2/3)". */
  text: string
}

export interface ResultsPdfChart {
  title: string
  /** The value of a full bar (100 for rates); the largest value when left out. */
  max?: number
  bars: ResultsPdfBar[]
  /** Said instead of the bars when there are none. */
  empty: string
}

export interface ResultsPdfContent {
  title: string
  /** Organisation, programme, period, generated day: one line each. */
  subtitle: string[]
  figures: { title: string; rows: [string, string][] }
  /** An organisation's file: a line per programme under the totals (first column the programme, then its figures). */
  breakdown?: { title: string; headers: string[]; rows: string[][] }
  charts: ResultsPdfChart[]
  footer: string
}

const ink = rgb(0.1, 0.1, 0.1)
const grey = rgb(0.33, 0.33, 0.33)
const bar = rgb(0.16, 0.33, 0.62)

/** A writer down A4 pages that starts a new page when the next block does not fit. */
function pages(doc: PDFDocument) {
  let page: PDFPage = doc.addPage(pageSize)
  let y = pageSize[1] - margin
  return {
    get page() { return page },
    get y() { return y },
    down(h: number) { y -= h },
    need(h: number) {
      if (y - h < margin + 20) {
        page = doc.addPage(pageSize)
        y = pageSize[1] - margin
      }
    },
  }
}

/**
 * The results' pages.
 *
 * @example
 * const bytes = await resultsPdf({ title: 'Résultats', subtitle: ['PLS', 'MentorYou', 'Période : …', 'Généré le …'],
 *   figures: { title: 'Chiffres', rows: [['Binômes commencés', '12']] },
 *   charts: [{ title: 'Taux', max: 100, bars: [{ label: 'Sorties positives', value: 67, text: '67 % (2/3)' }], empty: 'Aucune donnée' }], footer: '…' })
 */
export async function resultsPdf(content: ResultsPdfContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  doc.setTitle(content.title)
  doc.setCreator('Binôme')
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const w = pages(doc)
  const width = pageSize[0] - 2 * margin
  const text = (s: string, font: PDFFont, size: number, x: number, color = ink) =>
    w.page.drawText(drawable(font, s), { x, y: w.y - size, size, font, color })

  text(content.title, bold, 16, margin)
  w.down(22)
  for (const line of content.subtitle) {
    text(line, regular, 10, margin, grey)
    w.down(13)
  }
  w.down(10)

  text(content.figures.title, bold, 12, margin)
  w.down(18)
  for (const [label, value] of content.figures.rows) {
    w.need(14)
    text(label, regular, 9.5, margin)
    const v = drawable(regular, value)
    w.page.drawText(v, { x: margin + width - regular.widthOfTextAtSize(v, 9.5), y: w.y - 9.5, size: 9.5, font: regular, color: ink })
    w.page.drawLine({ start: { x: margin, y: w.y - 12.5 }, end: { x: margin + width, y: w.y - 12.5 }, thickness: 0.3, color: rgb(0.8, 0.8, 0.8) })
    w.down(14)
  }
  w.down(12)

  if (content.breakdown) {
    const { title, headers, rows } = content.breakdown
    // The first column takes what the others leave; each other column is as wide as its neighbours.
    const first = Math.max(120, width - (headers.length - 1) * 78)
    const other = headers.length > 1 ? (width - first) / (headers.length - 1) : 0
    const cells = (values: string[], font: PDFFont) => {
      values.forEach((v, i) => {
        let s = drawable(font, v)
        const room = (i === 0 ? first : other) - 6
        while (s.length > 1 && font.widthOfTextAtSize(s, 8.5) > room) s = s.slice(0, -1)
        const x = i === 0 ? margin : margin + first + i * other - font.widthOfTextAtSize(s, 8.5)
        w.page.drawText(s, { x, y: w.y - 8.5, size: 8.5, font, color: ink })
      })
      w.page.drawLine({ start: { x: margin, y: w.y - 11.5 }, end: { x: margin + width, y: w.y - 11.5 }, thickness: 0.3, color: rgb(0.8, 0.8, 0.8) })
      w.down(13)
    }
    w.need(40)
    text(title, bold, 12, margin)
    w.down(18)
    cells(headers, bold)
    for (const r of rows) {
      w.need(13)
      cells(r, regular)
    }
    w.down(12)
  }

  const labelWidth = 170
  const textWidth = 80
  const barWidth = width - labelWidth - textWidth - 10
  for (const chart of content.charts) {
    w.need(22 + Math.max(1, chart.bars.length) * 16)
    text(chart.title, bold, 12, margin)
    w.down(18)
    if (chart.bars.length === 0) {
      text(chart.empty, regular, 9.5, margin, grey)
      w.down(16)
    }
    const max = chart.max ?? Math.max(1, ...chart.bars.map((b) => b.value))
    for (const b of chart.bars) {
      w.need(16)
      let label = drawable(regular, b.label)
      while (label.length > 1 && regular.widthOfTextAtSize(label, 9) > labelWidth - 6) label = label.slice(0, -1)
      text(label, regular, 9, margin)
      const length = max === 0 ? 0 : Math.max(0, Math.min(1, b.value / max)) * barWidth
      // The axis, then the bar: a zero still shows where its bar would start.
      w.page.drawLine({ start: { x: margin + labelWidth, y: w.y + 1 }, end: { x: margin + labelWidth, y: w.y - 12 }, thickness: 0.6, color: grey })
      if (length > 0) w.page.drawRectangle({ x: margin + labelWidth, y: w.y - 10.5, width: length, height: 10, color: bar })
      text(b.text, bold, 9, margin + labelWidth + length + 5)
      w.down(16)
    }
    w.down(10)
  }

  const last = doc.getPages().at(-1)!
  last.drawText(drawable(regular, content.footer), { x: margin, y: margin - 10, size: 7, font: regular, color: grey })
  return doc.save()
}
