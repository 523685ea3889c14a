import Papa from 'papaparse'
import ExcelJS from 'exceljs'
import { DomainError, maxImportRows, uniqueHeaders, type Cell, type SheetRow } from '@binome/core'

/**
 * Reading an import's file: a CSV (UTF-8 with or without BOM, UTF-16 as Excel's "Unicode text", or Windows-1252 as
 * older Excel saves it; `,`, `;` or tab separated) or an XLSX workbook (its first sheet with data, merged header
 * cells filled from their first cell). Loaded by the import route with `import()` only, so that the parsers stay
 * out of every other request's cold start.
 */

/** The header and data rows of a file; rows numbered as the spreadsheet shows them, blank ones left out. */
export interface Sheet {
  headers: string[]
  rows: SheetRow[]
}

const unreadable = (why: string) => new DomainError('import-unreadable', `The file cannot be read: ${why}`)
const empty = () => new DomainError('import-empty', 'The file has no header line or no data row')
const tooMany = (rows: number) =>
  new DomainError('import-too-many-rows', `The file has ${rows} rows; one import reads at most ${maxImportRows}: split it`, { values: { max: maxImportRows, rows } })

const isBlank = (cells: readonly Cell[]) => cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))

/**
 * The text of a CSV file: UTF-8 when it is valid UTF-8 (a BOM dropped), UTF-16 when it starts with its BOM,
 * Windows-1252 otherwise (every byte is a character there, so any file decodes; the checks then say what is off).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  try {
    // `ignoreBOM: false` (the default) drops a leading UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Header line first, then the data rows, numbered; blank lines are skipped but keep their numbers. */
function fromLines(lines: Cell[][], firstLine = 1, headerRows = 1): Sheet {
  const start = lines.findIndex((cells) => !isBlank(cells))
  if (start < 0) throw empty()
  const head = lines.slice(start, start + headerRows)
  const width = Math.max(...lines.map((l) => l.length))
  const headers = uniqueHeaders(Array.from({ length: width }, (_, i) => {
    // With a group line above (merged cells), a column is named by its own header, or by its group when it has none.
    const names = head.map((l) => String(l[i] ?? '').trim())
    return names.reverse().find((n) => n !== '') ?? ''
  }))
  const rows: SheetRow[] = []
  for (let i = start + headerRows; i < lines.length; i++) {
    if (!isBlank(lines[i]!)) rows.push({ line: firstLine + i, cells: lines[i]! })
  }
  if (rows.length === 0) throw empty()
  if (rows.length > maxImportRows) throw tooMany(rows.length)
  return { headers, rows }
}

/**
 * A CSV file's rows. The separator is the one the header line uses (`;` from a French or Belgian Excel, `,`
 * otherwise, or a tab); quoted fields may hold separators and line breaks.
 *
 * @example
 * readCsv(new TextEncoder().encode('\uFEFFPrénom;Nom\nAmina;El Idrissi\n')) // { headers: ['Prénom', 'Nom'], rows: [{ line: 2, … }] }
 */
export function readCsv(bytes: Uint8Array): Sheet {
  const text = decodeText(bytes)
  if (text.includes('\u0000')) throw unreadable('it is not a text file')
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: false })
  // Papaparse reports unclosed quotes and uneven rows; the rows themselves are still the best reading of the file.
  return fromLines(parsed.data as Cell[][])
}

type XlsxValue = ExcelJS.CellValue

/** A workbook cell as a cell of the import: dates as yyyy-mm-dd, formulas by their result, rich text and links as text. */
function xlsxCell(v: XlsxValue): Cell {
  if (v === null || v === undefined) return null
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10)
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v
  if ('richText' in v) return v.richText.map((r) => r.text).join('')
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : xlsxCell(v.text as XlsxValue)
  if ('formula' in v || 'sharedFormula' in v) return xlsxCell((v as { result?: XlsxValue }).result ?? null)
  return null // an error cell (#N/A)
}

/**
 * The first worksheet with data of an XLSX workbook. A merged cell's area takes its first cell's value; when the
 * first line merges cells across columns (a group line such as "Identité" over three columns), the line under it
 * holds the columns' own names.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw unreadable('it is not a valid XLSX workbook')
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0)
  if (!sheet) throw empty()
  if (sheet.actualRowCount > maxImportRows + 2) throw tooMany(sheet.actualRowCount - 1)
  const lines: Cell[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = xlsxCell(cell.isMerged ? cell.master.value : cell.value)
    })
    lines[n - 1] = cells
  })
  for (let i = 0; i < lines.length; i++) lines[i] ??= []
  const first = lines.findIndex((cells) => !isBlank(cells))
  const firstRow = first >= 0 ? sheet.getRow(first + 1) : undefined
  let groupLine = false
  firstRow?.eachCell((cell) => {
    if (cell.isMerged && cell.master.address !== cell.address && cell.master.row === cell.row) groupLine = true
  })
  return fromLines(lines, 1, groupLine ? 2 : 1)
}

/** Whether the bytes are a ZIP archive (XLSX is one) or an old binary Office file. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04
const isOleDocument = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0

/**
 * An import's file as header and rows, whatever its format (told by its content, not its name).
 *
 * @example
 * const { headers, rows } = await readSheet(new Uint8Array(await file.arrayBuffer()))
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw empty()
  if (isZip(bytes)) return readXlsx(bytes)
  if (isOleDocument(bytes)) throw unreadable('old Excel (.xls) files are not read: save it as .xlsx or .csv')
  return readCsv(bytes)
}
