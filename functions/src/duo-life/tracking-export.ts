import { route } from '../shared/routes'
import type { AttentionColour, AttentionItem, Locale, TrackingLine, TrackingRow } from '@binome/core'
import { duoStateWords, wordOf } from '@binome/documents/code-words'
import { xlsxContentType } from '@binome/contracts'
import { monitoringRoutes as routes } from '@binome/contracts/routes/monitoring'
import type { App } from '../shared/app'
import type { Catalogue } from '../shared/words'
import { tableRows, today } from './routes'

/**
 * The tracking table as an XLSX file, for the coordinators who still send it on or file it as PLS did with its Excel
 * table: every line of the programme (read page by page), with the screen's filters and sort, headers and words in
 * the language asked, dates as real dates and the colour cells coloured (with their word: never colour alone).
 * ExcelJS is loaded with `import()` here only, so that it stays out of every other request's cold start.
 */

/**
 * The words of the sheet, per language (the screen's own words are in the web's catalogues). A duo's state is not here:
 * the sheet says it with the screens' word, shared with the other files in documents' code-words.
 */
const wordsFr = {
  sheet: 'Suivi des binômes', file: 'suivi-binomes',
  headers: ['Mentoré·e', 'Mentor', 'Étape', 'Début', 'Fin prévue', 'Rencontres ce mois', 'Attendues par mois', 'Rencontres le mois passé', 'Contacts ce mois', 'Dernier contact', 'Prochain suivi', 'Risque', 'Couleur', 'À surveiller'],
  colours: { red: 'Rouge', amber: 'Orange', green: 'Vert' },
  risks: { none: 'Aucun', watch: 'À surveiller', high: 'Élevé' },
  kinds: {
    'check-in-overdue': 'Suivi en retard', 'check-in-due': 'Suivi bientôt dû', 'behind-cadence': 'Moins de rencontres que prévu', inactive: "Pas d'activité récente",
    'ending-soon': 'Fin proche', 'contract-unsigned': 'Convention non signée', 'first-meeting-late': 'Première rencontre en retard', 'high-risk': 'Risque élevé',
  },
} as const

const words: Catalogue<typeof wordsFr> = {
  fr: wordsFr,
  en: {
    sheet: 'Duo tracking', file: 'duo-tracking',
    headers: ['Mentee', 'Mentor', 'Stage', 'Start', 'Planned end', 'Meetings this month', 'Expected per month', 'Meetings last month', 'Contacts this month', 'Last contact', 'Next check-in', 'Risk', 'Colour', 'Needs attention'],
    colours: { red: 'Red', amber: 'Amber', green: 'Green' },
    risks: { none: 'None', watch: 'Watch', high: 'High' },
    kinds: {
      'check-in-overdue': 'Check-in overdue', 'check-in-due': 'Check-in due soon', 'behind-cadence': 'Fewer meetings than the cadence', inactive: 'No recent activity',
      'ending-soon': 'Ending soon', 'contract-unsigned': 'Contract not signed', 'first-meeting-late': 'First meeting late', 'high-risk': 'High risk',
    },
  },
  nl: {
    sheet: 'Opvolging duos', file: 'opvolging-duos',
    headers: ['Mentee', 'Mentor', 'Fase', 'Start', 'Geplande einddatum', 'Ontmoetingen deze maand', 'Verwacht per maand', 'Ontmoetingen vorige maand', 'Contacten deze maand', 'Laatste contact', 'Volgende opvolging', 'Risico', 'Kleur', 'Aandachtspunten'],
    colours: { red: 'Rood', amber: 'Oranje', green: 'Groen' },
    risks: { none: 'Geen', watch: 'Opvolgen', high: 'Hoog' },
    kinds: {
      'check-in-overdue': 'Opvolging te laat', 'check-in-due': 'Opvolging binnenkort', 'behind-cadence': 'Minder ontmoetingen dan gepland', inactive: 'Geen recente activiteit',
      'ending-soon': 'Einde nadert', 'contract-unsigned': 'Overeenkomst niet ondertekend', 'first-meeting-late': 'Eerste ontmoeting te laat', 'high-risk': 'Hoog risico',
    },
  },
}

/** The fill of a colour cell (ARGB), light enough for its black word to stay readable. */
const fills: Record<AttentionColour, string> = { red: 'FFF4B6B6', amber: 'FFFFE08A', green: 'FFC6EFCE' }
/** A day as a spreadsheet date (midnight UTC: ExcelJS writes dates as UTC). */
const asDate = (day: string | null) => (day ? new Date(`${day.slice(0, 10)}T00:00:00Z`) : null)
/** The lines read for the file at once: the table's largest page. */
const pageSize = 1000

/**
 * The workbook of the table's rows, as bytes.
 *
 * @example
 * const bytes = await trackingWorkbook(rows, 'fr') // the sheet "Suivi des binômes", a line a duo
 */
export async function trackingWorkbook(rows: readonly TrackingRow[], locale: Locale): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const w = words[locale]
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet(w.sheet, { views: [{ state: 'frozen', ySplit: 1 }] })
  const dateFormat = locale === 'en' ? 'yyyy-mm-dd' : 'dd/mm/yyyy'
  sheet.columns = w.headers.map((header, i) => ({ header, width: [22, 22, 18, 12, 12, 10, 10, 10, 10, 12, 12, 12, 10, 40][i] }))
  sheet.getRow(1).font = { bold: true }
  for (const r of rows) {
    const month = r.cadence.at(-1)
    const thisMonth = month && !month.closed ? month : null
    const lastMonth = [...r.cadence].reverse().find((m) => m.closed) ?? null
    const nextCheckIn = r.checkInsDue ? [r.checkInsDue.mentor, r.checkInsDue.mentee].sort()[0]! : null
    const row = sheet.addRow([
      r.line.menteeName, r.line.mentorName, wordOf(duoStateWords[locale], r.line.state),
      asDate(r.line.startDate), asDate(r.line.plannedEndDate),
      thisMonth?.meetings ?? null, thisMonth?.expected ?? lastMonth?.expected ?? null, lastMonth?.meetings ?? null, thisMonth?.contacts ?? null,
      asDate(r.line.lastActivity), asDate(nextCheckIn), w.risks[r.risk], w.colours[r.colour], attentionWords(r.attention, locale),
    ])
    for (const col of [4, 5, 10, 11]) row.getCell(col).numFmt = dateFormat
    row.getCell(13).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[r.colour] } }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: w.headers.length } }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

/** What needs attention, in words, most urgent first; a kind once, though it may come for each side. */
const attentionWords = (items: readonly AttentionItem[], locale: Locale) =>
  [...new Set(items.map((a) => a.kind))].map((kind) => words[locale].kinds[kind]).join(' ; ')

export function registerTrackingExport(app: App) {
  app.openapi(route(routes.exportTracking), async (c) => {
    const { tenant } = c.var
    const { programmeId } = c.req.valid('param')
    const { locale, ...choice } = c.req.valid('query')
    const [{ rules }, org] = await Promise.all([tenant.rules.current(programmeId), tenant.organisation.get()])
    // Every line, a page at a time: the table's largest page (1,000) keeps a programme of 2,000 duos at two queries.
    const lines: TrackingLine[] = []
    let cursor: string | undefined
    do {
      const page = await tenant.tracking.page(programmeId, { limit: pageSize, cursor })
      lines.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    const day = today(c)
    const rows = tableRows(lines, rules.cadences, day, choice)
    const language = locale ?? org.locale
    const bytes = await trackingWorkbook(rows, language)
    return c.json({
      filename: `${words[language].file}-${programmeId}-${day}.xlsx`, contentType: xlsxContentType,
      base64: Buffer.from(bytes).toString('base64'), rows: rows.length,
    }, 200)
  })
}
