import { DomainError, type FieldIssue, type TemplateKind } from '@binome/core'

/**
 * What can be wrong with a template: its Liquid does not parse (`syntax`), it names a variable its kind does not
 * have, a filter or a tag that is not allowed, it is too big or does too much (source, nesting, output, time or
 * memory: `name` says which), or it failed while rendering with the data given (`render-failed`).
 */
export const templateProblemKinds = ['syntax', 'unknown-variable', 'unknown-filter', 'unknown-tag', 'too-large', 'render-failed'] as const
export type TemplateProblemKind = (typeof templateProblemKinds)[number]

/** Which limit a `too-large` problem hit. */
export type TemplateLimit = 'source' | 'nesting' | 'output' | 'time' | 'memory'

export interface TemplateProblem {
  /** The part of the template: its body, or an e-mail's subject. */
  field: 'body' | 'subject'
  /** 1-based line in that part. */
  line: number
  /** 1-based column, when known. */
  column?: number
  problem: TemplateProblemKind
  /** The variable (`mentor.firstNam`), filter, tag or limit at fault, when there is one. */
  name?: string
  /** English, for logs and API users; screens say the problem from `problem` and `name`. */
  message: string
}

/** A problem of one template among a programme's templates. */
export interface IndexedTemplateProblem extends TemplateProblem {
  index: number
  kind: TemplateKind
}

/**
 * The API's field issues for template problems: `path` is the part (`body`, or `templates[3].body` when the problems
 * carry their template's index), `reason` the generic `invalid`, and `values` carry `line`, `column`, `name` and
 * `problem`, which the template editor says in its own words. Why not a field reason per problem: every field
 * reason's words ship with the sign-in page (the `validation` section), whose budget they would break, while only
 * the editor, a signed-in screen, ever shows these.
 *
 * @example
 * templateIssues([{ field: 'body', line: 12, problem: 'unknown-variable', name: 'mentor.firstNam', message }])
 * // [{ path: 'body', reason: 'invalid', values: { line: 12, name: 'mentor.firstNam', problem: 'unknown-variable' }, message }]
 */
export function templateIssues(problems: readonly (TemplateProblem | IndexedTemplateProblem)[], pathPrefix = ''): FieldIssue[] {
  return problems.map((p) => {
    const at = 'index' in p ? `${pathPrefix}templates[${p.index}].${p.field}` : `${pathPrefix}${p.field}`
    const values: Record<string, string | number> = { line: p.line, problem: p.problem }
    if (p.column !== undefined) values.column = p.column
    if (p.name !== undefined) values.name = p.name
    return { path: at, reason: 'invalid', values, message: `line ${p.line}: ${p.message}` }
  })
}

/**
 * The refusal of templates with problems: one `template-invalid` error (422) whose details name each line.
 *
 * @example
 * const problems = checkTemplate(kind, body)
 * if (problems.length) throw templateInvalid(problems)
 */
export function templateInvalid(problems: readonly (TemplateProblem | IndexedTemplateProblem)[], pathPrefix = ''): DomainError {
  const first = problems[0]
  const where = first ? ` (first at line ${first.line}: ${first.message})` : ''
  return new DomainError('template-invalid', `The template cannot be used${where}`, { details: templateIssues(problems, pathPrefix) })
}
