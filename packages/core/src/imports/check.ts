import type { FieldIssue, FieldReason } from '../errors'
import type { PersonIdentity } from '../people'
import type { Answers, AnswerValue, IntakeForm } from '../rules/forms'
import { findField } from '../rules/forms'
import { readCell, type Cell } from './cells'
import { identityFieldIds, importTargets, type ImportMapping } from './mapping'

/** Most rows one import reads within the request (the web shows the report; the table takes them in seconds). */
export const maxImportRows = 5000

/** What becomes of one row: would be written (dry run), written, refused for its problems, or already there. */
export const importRowStatuses = ['valid', 'written', 'invalid', 'duplicate'] as const
export type ImportRowStatus = (typeof importRowStatuses)[number]

/** Why a cell is wrong: a field reason of the answers' checks, or an e-mail already in the file or the programme. */
export const importDuplicateCodes = ['duplicate-in-file', 'duplicate-existing'] as const
export type ImportErrorCode = FieldReason | (typeof importDuplicateCodes)[number]

/** One problem of one row: the field (identity or form field id), a stable code, an English message. */
export interface ImportError {
  field: string
  code: ImportErrorCode
  message: string
}

/** A row of the report, numbered as the spreadsheet shows it (the header line is 1, blank lines keep their number). */
export interface ImportRowReport {
  row: number
  status: ImportRowStatus
  errors: ImportError[]
}

export interface ImportCounts {
  rows: number
  valid: number
  invalid: number
  duplicates: number
  written: number
}

/** A data row of the file: its line number and its cells, one per header. */
export interface SheetRow {
  line: number
  cells: readonly Cell[]
}

/** A person as read from a row, before the checks the API applies to every person (types, lengths, gazetteer). */
export interface RowDraft {
  firstName?: string
  lastName?: string
  email?: string
  phone?: string
  birthDate?: string
  answers: Record<string, AnswerValue>
}

/** The checked person of a row: identity and answers as the form's schema returns them. */
export type CheckedRow = PersonIdentity & { answers: Answers }

/**
 * The checks a person goes through whatever the door (the answers schema of the people routes, with the
 * gazetteer), injected so that this module stays pure: the checked person, or its field issues with paths
 * `email`, `answers.sector`, `answers.languages.0.code`...
 */
export type DraftCheck = (draft: RowDraft) => { ok: true; value: CheckedRow } | { ok: false; issues: FieldIssue[] }

/** The field an issue path is about: `answers.languages.0.code` → `languages`. */
const fieldOf = (path: string) => (path.startsWith('answers.') ? path.slice('answers.'.length) : path).split('.')[0]!

/**
 * What is wrong with a mapping itself, before any row is read: a header the file does not have, a field the side's
 * form does not have, a field filled by two columns. Paths are `mapping.<header>`.
 *
 * @example
 * mappingIssues({ Nom: 'lastName', Naam: 'lastName' }, ['Nom', 'Naam'], form) // [{ path: 'mapping.Naam', reason: 'invalid', … }]
 */
export function mappingIssues(mapping: ImportMapping, headers: readonly string[], form: IntakeForm): FieldIssue[] {
  const ids = new Set(importTargets(form).map((t) => t.id))
  const used = new Set<string>()
  const issues: FieldIssue[] = []
  for (const [header, id] of Object.entries(mapping)) {
    const path = `mapping.${header}`
    if (!headers.includes(header)) issues.push({ path, reason: 'unknown-field', message: 'is not a column of the file' })
    else if (id !== null && !ids.has(id)) issues.push({ path, reason: 'not-a-choice', message: `"${id}" is not a field of the form` })
    else if (id !== null && used.has(id)) issues.push({ path, reason: 'invalid', message: `"${id}" is already filled by another column` })
    if (id !== null) used.add(id)
  }
  return issues
}

/**
 * Every row of a file checked against the form of its side: each mapped cell read for its field's kind (Excel and
 * dd/mm/yyyy dates, choices by label or value), then the person checked as the people routes check one; an e-mail
 * seen on an earlier row or already a person of the programme makes the row a duplicate. Returns the report of
 * every row and the rows that may be written, in file order.
 *
 * @example
 * const { counts, rows, valid } = checkImportRows({ headers, rows, mapping, form, existingEmails, check })
 */
export function checkImportRows(input: {
  headers: readonly string[]
  rows: readonly SheetRow[]
  mapping: ImportMapping
  form: IntakeForm
  existingEmails: ReadonlySet<string>
  check: DraftCheck
}): { counts: ImportCounts; rows: ImportRowReport[]; valid: { row: number; person: CheckedRow }[] } {
  const { headers, mapping, form, existingEmails, check } = input
  const columns = headers.flatMap((h, i) => (mapping[h] ? [{ index: i, id: mapping[h]! }] : []))
  const identity = new Set<string>(identityFieldIds)
  const seen = new Map<string, number>()
  const reports: ImportRowReport[] = []
  const valid: { row: number; person: CheckedRow }[] = []
  for (const { line, cells } of input.rows) {
    const errors: ImportError[] = []
    const draft: RowDraft = { answers: {} }
    for (const { index, id } of columns) {
      const cell = cells[index]
      if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '')) continue
      const field = identity.has(id) ? { kind: id === 'birthDate' ? 'date' : 'text' } : findField(form, id)!
      const read = readCell(field, cell)
      if ('problem' in read) errors.push({ field: id, code: read.problem, message: read.message })
      else if (identity.has(id)) (draft as unknown as Record<string, AnswerValue>)[id] = read.value
      else draft.answers[id] = read.value
    }
    const result = check(draft)
    if (!result.ok) {
      const already = new Set(errors.map((e) => e.field))
      for (const issue of result.issues) {
        const field = fieldOf(issue.path)
        // A cell that could not be read is said once, by its reading, not again as the schema's "required".
        if (!already.has(field)) errors.push({ field, code: issue.reason, message: issue.message })
      }
    }
    const email = result.ok ? result.value.email : undefined
    let duplicate = false
    if (email !== undefined) {
      const first = seen.get(email)
      if (existingEmails.has(email)) {
        duplicate = true
        errors.push({ field: 'email', code: 'duplicate-existing', message: 'is already a person of the programme' })
      } else if (first !== undefined) {
        duplicate = true
        errors.push({ field: 'email', code: 'duplicate-in-file', message: `is already on row ${first}` })
      } else seen.set(email, line)
    }
    const status: ImportRowStatus = errors.length === 0 ? 'valid' : duplicate && errors.length === 1 ? 'duplicate' : 'invalid'
    reports.push({ row: line, status, errors })
    if (status === 'valid' && result.ok) valid.push({ row: line, person: result.value })
  }
  const count = (s: ImportRowStatus) => reports.filter((r) => r.status === s).length
  return {
    counts: { rows: reports.length, valid: count('valid'), invalid: count('invalid'), duplicates: count('duplicate'), written: 0 },
    rows: reports,
    valid,
  }
}
