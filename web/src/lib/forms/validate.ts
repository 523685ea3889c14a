import { get } from 'svelte/store'
import { _ } from 'svelte-i18n'

/** Errors keyed by field path (`name`, `admin.email`), each a sentence ready to show next to its field. */
export type FieldErrors = Record<string, string>

/** The subset of a zod issue this module reads (zod 4's issue shape). */
interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  format?: string
  params?: { reason?: string }
}

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

/** Turns one schema issue into a sentence in the current language. */
function describeIssue(issue: Issue, value: unknown): string {
  const t = get(_)
  const n = (v: number | bigint | undefined) => Number(v ?? 0)
  // An empty field is "required", whatever minimum length the schema sets.
  if (typeof value === 'string' && value.trim() === '' && (issue.code === 'too_small' || issue.code === 'invalid_format')) {
    return t('validation.required')
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return n(issue.minimum) <= 1 ? t('validation.required') : t('validation.tooShort', { values: { min: n(issue.minimum) } })
      }
      return t('validation.min', { values: { min: n(issue.minimum) } })
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { values: { max: n(issue.maximum) } })
      return t('validation.max', { values: { max: n(issue.maximum) } })
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email')
      if (issue.format === 'date') return t('validation.date')
      return t('validation.format')
    case 'invalid_type':
      return t('validation.number')
    case 'invalid_value':
      return t('validation.choice')
    case 'custom':
      // The contracts' text helpers mark their refusal so that it is said in the reader's language.
      if (issue.params?.reason === 'unsafe-text') return t('validation.unsafeText')
      return issue.message
    default:
      return issue.message
  }
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
