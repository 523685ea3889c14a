import { languageLevels, type AnswerValue, type ChoiceOption, type LanguageLevel, type SpokenLanguage } from '../rules/forms'
import { isLanguageCode } from '../languages'
import type { FieldReason } from '../errors'
import { normaliseLabel } from './mapping'

/** A cell as the file reader hands it: text (CSV, or a text cell), a number (XLSX), a boolean, or nothing. */
export type Cell = string | number | boolean | null | undefined

/** A cell read for one kind of field: the value, or why it cannot be one. */
export type CellResult = { value: AnswerValue } | { problem: FieldReason; message: string }

const problem = (reason: FieldReason, message: string): CellResult => ({ problem: reason, message })

/**
 * Excel counts days from 1899-12-30 (the 1900 leap-year bug included); serials from 1 (1900) to 2958465 (9999),
 * but a birth or programme date is between 1900 and 2100, which keeps phone numbers and postcodes out.
 */
const serialRange = { min: 1, max: 73051 } as const
const excelEpoch = Date.UTC(1899, 11, 30)

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

function isoDate(y: number, m: number, d: number): string | undefined {
  const t = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || y > 2100 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}

/**
 * A date as spreadsheets hold it, as yyyy-mm-dd: ISO (`1990-06-15`, a time after it ignored), Belgian/French
 * `15/06/1990` (also with `-` or `.`), or an Excel serial day number (`33039`, as a number or as text in a CSV).
 * Undefined when it is none of these or not a real day.
 *
 * @example
 * parseSheetDate(33039) // '1990-06-15'
 * parseSheetDate('15/06/1990') // '1990-06-15'
 * parseSheetDate('31/02/1990') // undefined
 */
export function parseSheetDate(cell: Cell): string | undefined {
  if (typeof cell === 'number' || (typeof cell === 'string' && /^\d{3,5}(\.\d+)?$/.test(cell.trim()))) {
    const serial = Math.floor(Number(cell))
    if (serial < serialRange.min || serial > serialRange.max) return undefined
    return new Date(excelEpoch + serial * 86_400_000).toISOString().slice(0, 10)
  }
  if (typeof cell !== 'string') return undefined
  const s = cell.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(s)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: [\d:]+)?$/.exec(s)
  if (dmy) return isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))
  return undefined
}

/** The words a yes/no column holds in fr/en/nl, normalised. */
const yes = new Set(['oui', 'o', 'yes', 'y', 'ja', 'j', 'true', 'vrai', 'waar', '1', 'x'])
const no = new Set(['non', 'n', 'no', 'nee', 'false', 'faux', 'onwaar', '0'])

/** A field's options by normalised value and by normalised label (the first option wins, a value before a label). */
interface OptionIndex {
  byValue: Map<string, ChoiceOption>
  byLabel: Map<string, ChoiceOption>
}

// One index per options list, made on its first cell: an import reads thousands of rows against the same few lists,
// and normalising every option's value and three labels again for each cell was most of a dry run's own time.
const optionIndexes = new WeakMap<readonly ChoiceOption[], OptionIndex>()

function optionIndex(options: readonly ChoiceOption[]): OptionIndex {
  let index = optionIndexes.get(options)
  if (!index) {
    index = { byValue: new Map(), byLabel: new Map() }
    for (const o of options) {
      const value = normaliseLabel(o.value)
      if (!index.byValue.has(value)) index.byValue.set(value, o)
      for (const label of [o.label.fr, o.label.en, o.label.nl]) {
        const key = normaliseLabel(label)
        if (!index.byLabel.has(key)) index.byLabel.set(key, o)
      }
    }
    optionIndexes.set(options, index)
  }
  return index
}

/** An option by its value or its label in any language, accents and case ignored. */
function findOption(options: readonly ChoiceOption[], text: string): ChoiceOption | undefined {
  const t = normaliseLabel(text)
  const index = optionIndex(options)
  return index.byValue.get(t) ?? index.byLabel.get(t)
}

/** Several answers in one cell: separated by `,`, `;`, `|` or line breaks. */
const splitList = (s: string) => s.split(/[,;|\n]+/).map((x) => x.trim()).filter((x) => x !== '')

const levelByName = new Map<string, LanguageLevel>([
  ...languageLevels.map((l) => [l.toLowerCase(), l] as const),
  ['natif', 'native'], ['native', 'native'], ['moedertaal', 'native'], ['langue maternelle', 'native'], ['maternelle', 'native'],
])

/**
 * Languages as written in one cell: `code level` pairs (`fr C2, ar native`, `nl:B1`), ISO 639 codes as stored.
 *
 * @example
 * parseLanguages('fr C2; ti natif') // [{ code: 'fr', level: 'C2' }, { code: 'ti', level: 'native' }]
 */
export function parseLanguages(s: string): SpokenLanguage[] | undefined {
  const out: SpokenLanguage[] = []
  for (const part of splitList(s)) {
    const m = /^([a-z]{2,3})\s*[:( ]\s*([^)]+?)\)?$/i.exec(part)
    const code = m?.[1]!.toLowerCase()
    const level = m && levelByName.get(normaliseLabel(m[2]!))
    if (!code || !level || !isLanguageCode(code)) return undefined
    out.push({ code, level })
  }
  return out
}

/** A number written the Belgian way (`1 234,5`) or the English way (`1234.5`). */
function parseNumber(cell: Cell): number | undefined {
  if (typeof cell === 'number') return cell
  const s = String(cell).replace(/[\s\u00a0\u202f]/g, '')
  const normal = /^-?\d+(,\d+)?$/.test(s) ? s.replace(',', '.') : s
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined
}

/** The text of a cell: a number written without exponent, a boolean as-is. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell)
  return String(cell).trim()
}

/**
 * One cell read for a field of a given kind: dates as yyyy-mm-dd (Excel serials and dd/mm/yyyy included), choices
 * by value or by label in any language, yes/no in fr/en/nl, numbers with a decimal comma, languages as `code
 * level` pairs; texts as they are (the answers schema checks them afterwards). Call only for a non-empty cell.
 *
 * @example
 * readCell({ kind: 'single-choice', options }, 'Informatique') // { value: 'it' }
 * readCell({ kind: 'date' }, '31/02/1990') // { problem: 'not-a-date', message: '…' }
 */
export function readCell(field: { kind: string; options?: readonly ChoiceOption[] | undefined }, cell: Cell): CellResult {
  const text = cellText(cell)
  switch (field.kind) {
    case 'date': {
      const d = parseSheetDate(cell)
      return d ? { value: d } : problem('not-a-date', `"${text}" is not a date (dd/mm/yyyy, yyyy-mm-dd or an Excel date)`)
    }
    case 'single-choice': {
      const o = findOption(field.options ?? [], text)
      return o ? { value: o.value } : problem('not-a-choice', `"${text}" is not one of the options`)
    }
    case 'multiple-choice': {
      const values: string[] = []
      for (const part of splitList(text)) {
        const o = findOption(field.options ?? [], part)
        if (!o) return problem('not-a-choice', `"${part}" is not one of the options`)
        if (!values.includes(o.value)) values.push(o.value)
      }
      return { value: values }
    }
    case 'yes-no': {
      if (typeof cell === 'boolean') return { value: cell }
      const t = normaliseLabel(text)
      if (yes.has(t)) return { value: true }
      if (no.has(t)) return { value: false }
      return problem('bad-format', `"${text}" is not yes or no`)
    }
    case 'number': {
      const n = parseNumber(cell)
      return n === undefined ? problem('not-a-number', `"${text}" is not a number`) : { value: n }
    }
    case 'languages': {
      const langs = parseLanguages(text)
      return langs ? { value: langs } : problem('bad-format', `"${text}" is not a list of languages with their level (e.g. "fr C1, ar native")`)
    }
    default:
      return { value: text }
  }
}
