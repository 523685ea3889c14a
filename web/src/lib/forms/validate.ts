import { get } from 'svelte/store'
import { _, locale } from '../i18n'
import { fieldReasonOf, type SchemaIssue } from '@binome/contracts/vocabulary'
import { fieldSentence } from '../api/words'

/** Errors keyed by field path (`name`, `admin.email`), each a sentence ready to show next to its field. */
export type FieldErrors = Record<string, string>

type Issue = SchemaIssue

/** A schema that checks values without throwing: the API's zod schemas are. */
export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } }
}

/** The value the issue is about, found by its path in the submitted values. */
function valueAt(values: unknown, path: PropertyKey[]): unknown {
  let v: unknown = values
  for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined
  return v
}

/** Turns one schema issue into a sentence in the current language, with the same words the API's issues get. */
function describeIssue(issue: Issue, value: unknown): string {
  return fieldSentence(fieldReasonOf(issue, value), get(_), get(locale))
}

/**
 * Checks form values against the API's own schema before sending them, so that mistakes are explained in the
 * reader's language and next to the field, and nothing is sent until they are fixed.
 *
 * @example
 * const r = validate(CreateProgramme, { name: 'x' })
 * if (!r.ok) errors = r.errors // { name: 'Au moins 2 caractères.' }
 */
export function validate<T>(
  schema: SafeParser<T>,
  values: unknown,
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '_form'
    errors[path] ??= describeIssue(issue, valueAt(values, issue.path))
  }
  return { ok: false, errors }
}

/**
 * The id of the first field with an error, to move focus there after a failed submit.
 *
 * @example
 * focusFirstError(form, errors)
 */
export function focusFirstError(form: HTMLFormElement | undefined, errors: FieldErrors): void {
  if (!form) return
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]')
  if (invalid) invalid.focus()
  else if (Object.keys(errors).length) form.querySelector<HTMLElement>('[role="alert"]')?.focus()
}
