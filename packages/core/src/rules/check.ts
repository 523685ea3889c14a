import { DomainError, type FieldIssue } from '../errors'
import { criteriaFieldProblems } from './criteria'
import type { FieldKind, FormField, IntakeForm } from './forms'
import type { ProgrammeRules, TemplateKind } from './programme-rules'

/**
 * What the contracts' schemas cannot see in one value: how the parts of a programme's rules fit together. Shapes,
 * types and sizes are the contracts' (a 400 at the edge); these rules about the whole are 422s, checked on the
 * whole result before anything is written (a screen saving one part is checked against the others too).
 *
 * Field issues use the general field reasons (`required` for a choice field's options, `unknown-field` for a setting
 * a kind does not have, `too-small` for a bound below its counterpart, `not-a-choice` for a criterion's field,
 * `invalid` with `values.id` for an id used twice): the web's first page ships the words of every field reason and
 * sits at its 50 KB budget, which one more reason's words exceeded (measured: +30 bytes over).
 */

const choiceKinds: readonly FieldKind[] = ['single-choice', 'multiple-choice']

/** `a[0].b`-style paths, as the API's field issues name a place inside a list. */
const at = (base: string, i: number) => `${base}[${i}]`

function duplicates<T>(items: readonly T[], idOf: (item: T) => string, pathOf: (i: number) => string, out: FieldIssue[]): void {
  const seen = new Set<string>()
  items.forEach((item, i) => {
    const id = idOf(item)
    if (seen.has(id)) out.push({ path: pathOf(i), reason: 'invalid', message: `${JSON.stringify(id)} is used twice in this list`, values: { id } })
    seen.add(id)
  })
}

function fieldIssues(field: FormField, path: string, out: FieldIssue[]): void {
  const isChoice = choiceKinds.includes(field.kind)
  if (isChoice && (field.options?.length ?? 0) === 0) {
    out.push({ path: `${path}.options`, reason: 'required', message: 'a choice field needs at least one option' })
  }
  if (!isChoice && field.options !== undefined) {
    out.push({ path: `${path}.options`, reason: 'unknown-field', message: `a ${field.kind} field has no options`, values: { kind: field.kind } })
  }
  if (field.options) duplicates(field.options, (o) => o.value, (i) => `${at(`${path}.options`, i)}.value`, out)
  for (const bound of ['min', 'max'] as const) {
    if (field.kind !== 'number' && field[bound] !== undefined) {
      out.push({ path: `${path}.${bound}`, reason: 'unknown-field', message: `a ${field.kind} field has no ${bound}`, values: { kind: field.kind } })
    }
  }
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
    out.push({ path: `${path}.max`, reason: 'too-small', message: 'must not be below min', values: { min: field.min } })
  }
}

function formIssues(form: IntakeForm, path: string, out: FieldIssue[]): void {
  duplicates(form.sections, (s) => s.id, (i) => `${at(`${path}.sections`, i)}.id`, out)
  // Field ids are unique across the whole form: answers are stored and criteria point by field id alone.
  const fields = form.sections.flatMap((s, si) => s.fields.map((f, fi) => ({ f, path: `${at(`${path}.sections`, si)}.${at('fields', fi)}` })))
  const seen = new Set<string>()
  for (const { f, path: p } of fields) {
    if (seen.has(f.id)) out.push({ path: `${p}.id`, reason: 'invalid', message: `${JSON.stringify(f.id)} is used twice in this form`, values: { id: f.id } })
    seen.add(f.id)
    fieldIssues(f, p, out)
  }
}

const emailKind = (kind: TemplateKind) => kind.startsWith('email-')

/**
 * How the parts of the rules disagree with each other (duplicate ids, choice fields without options, bounds the
 * wrong way round, a subject on a document, contract parties on another template), criteria aside; empty when
 * none. Paths are relative to the rules (`forms.mentee.sections[0].fields[2].options`).
 *
 * @example
 * rulesIssues(rules) // [{ path: 'outcomes[3].id', reason: 'invalid', values: { id: 'job' }, ... }]
 */
export function rulesIssues(rules: ProgrammeRules): FieldIssue[] {
  const out: FieldIssue[] = []
  formIssues(rules.forms.mentee, 'forms.mentee', out)
  formIssues(rules.forms.mentor, 'forms.mentor', out)
  duplicates(rules.criteria, (c) => c.id, (i) => `${at('criteria', i)}.id`, out)
  rules.criteria.forEach((c, i) => {
    if (c.kind === 'geo' && c.bands) {
      c.bands.forEach((b, bi) => {
        if (b.maxKm > c.maxKm) out.push({ path: `${at(`${at('criteria', i)}.bands`, bi)}.maxKm`, reason: 'too-big', message: `must be at most the criterion's maxKm`, values: { max: c.maxKm } })
      })
    }
  })
  duplicates(rules.eligibility, (e) => e.id, (i) => `${at('eligibility', i)}.id`, out)
  duplicates(rules.outcomes, (o) => o.id, (i) => `${at('outcomes', i)}.id`, out)
  duplicates(rules.templates, (t) => t.kind, (i) => `${at('templates', i)}.kind`, out)
  rules.templates.forEach((t, i) => {
    if (t.subject !== undefined && !emailKind(t.kind)) {
      out.push({ path: `${at('templates', i)}.subject`, reason: 'unknown-field', message: 'only e-mails have a subject', values: { kind: t.kind } })
    }
    if (t.parties !== undefined && t.kind !== 'engagement-contract') {
      out.push({ path: `${at('templates', i)}.parties`, reason: 'unknown-field', message: 'only the engagement contract has parties', values: { kind: t.kind } })
    }
  })
  const c = rules.cadences
  if (c.durationMonthsMin > c.durationMonthsMax) {
    out.push({ path: 'cadences.durationMonthsMax', reason: 'too-small', message: 'must not be below durationMonthsMin', values: { min: c.durationMonthsMin } })
  }
  return out
}

/**
 * The criteria whose form fields are missing or of a kind they cannot read, as field issues at
 * `criteria[<index>].menteeField` / `.mentorField`: `not-a-choice` (the field must be one of the form's fields of a
 * kind the criterion reads), with the criterion, the field, and for a wrong kind the kind found and those accepted.
 *
 * @example
 * criteriaIssues(rules) // [{ path: 'criteria[1].mentorField', reason: 'not-a-choice', values: { criterion: 'sector', field: 'sectr' } }]
 */
export function criteriaIssues(rules: ProgrammeRules): FieldIssue[] {
  return criteriaFieldProblems(rules.criteria, rules.forms).map((p): FieldIssue => {
    const index = rules.criteria.findIndex((c) => c.id === p.criterion)
    const path = `${at('criteria', index)}.${p.side}Field`
    return p.problem === 'missing-field'
      ? { path, reason: 'not-a-choice', message: `criterion ${p.criterion}: no field ${JSON.stringify(p.field)} in the ${p.side} form`, values: { criterion: p.criterion, field: p.field } }
      : {
          path, reason: 'not-a-choice',
          message: `criterion ${p.criterion}: field ${JSON.stringify(p.field)} is ${p.found}, expected ${p.accepted!.join(' or ')}`,
          values: { criterion: p.criterion, field: p.field, found: p.found!, accepted: p.accepted!.join(', ') },
        }
  })
}

/**
 * Refuses rules whose parts disagree: 422 `rules-invalid` with every issue, else 422 `criterion-field` naming the
 * first criterion whose field is missing or of the wrong kind (every such criterion in `details`). `prefix` is
 * where the rules sit in the request body (`rules.` for a whole save), so that paths name the body's fields.
 *
 * @example
 * checkRules(body.rules, 'rules.') // throws DomainError('criterion-field', …, { values: { criterion: 'sector', side: 'mentor', field: 'sectr' } })
 */
export function checkRules(rules: ProgrammeRules, prefix = ''): void {
  const issues = rulesIssues(rules)
  const named = (list: FieldIssue[]) => list.map((i) => ({ ...i, path: prefix + i.path }))
  if (issues.length > 0) {
    throw new DomainError('rules-invalid', 'The rules do not hold together', { details: named(issues) })
  }
  const problems = criteriaFieldProblems(rules.criteria, rules.forms)
  if (problems.length > 0) {
    const first = problems[0]!
    throw new DomainError('criterion-field', `Criterion ${first.criterion} reads a ${first.side} field that is ${first.problem === 'missing-field' ? 'missing' : 'of the wrong kind'}: ${first.field}`, {
      values: { criterion: first.criterion, side: first.side, field: first.field },
      details: named(criteriaIssues(rules)),
    })
  }
}
