import {
  AssignTag, CaptureTag, DecrementTag, ForTag, IncrementTag, LiquidError, TablerowTag, TypeGuards, Value, toValueSync,
  type Liquid, type Template, type Token,
} from 'liquidjs'
import type { DocumentTemplate, TemplateKind } from '@binome/core'
import { limits, safeEngine } from './engine'
import type { IndexedTemplateProblem, TemplateProblem } from './problems'
import { templateVariables, type Variable } from './variables'

/**
 * The static check of a template against its kind: it parses the Liquid and walks every node, so that a template
 * saved or previewed names only the variables its kind documents (inside `for` loops too, where the loop variable
 * takes the list's item type, and names `assign`ed or `capture`d before), the filters the engine has, and the tags
 * allowed (no tag that reaches another template or a file).
 */

/** What a name stands for while checking: a documented variable, or anything (a value built in the template). */
type Known = Variable | { type: 'any' }
const anything: Known = { type: 'any' }

const n = (description: string): Variable => ({ type: 'number', description, sample: 1 })
const b = (description: string): Variable => ({ type: 'boolean', description, sample: true })

/** `forloop`'s fields, as liquidjs gives them. */
const forloop: Known = {
  type: 'object',
  description: 'The current loop',
  fields: {
    index: n('index'), index0: n('index0'), rindex: n('rindex'), rindex0: n('rindex0'), length: n('length'),
    first: b('first'), last: b('last'), name: { type: 'text', description: 'name', sample: '' },
  },
}

/** Properties Liquid gives every list and text. */
const listProperties = new Set(['size', 'first', 'last'])
const textProperties = new Set(['size'])

/** Block-internal words: a stray one is a syntax error, not an unknown tag. */
const blockWords = /^(end\w+|else|elsif|when|break|continue)$/

const position = (token: Token): { line: number; column: number } => {
  const [line, column] = token.getPosition()
  return { line: line ?? 1, column: column ?? 1 }
}

/** The English message of a liquidjs error without the `, line:x, col:y` it appends. */
const bare = (message: string) => message.replace(/, (line|file):.*$/s, '').split('\n')[0]!.trim()

class Checker {
  readonly problems: TemplateProblem[] = []
  /** Names assigned at the template's top level (Liquid's `assign` and `capture` are not block-scoped). */
  private readonly assigned = new Map<string, Known>()
  /** Loop variables, innermost last. */
  private readonly blocks: Map<string, Known>[] = []

  constructor(
    private readonly engine: Liquid,
    private readonly root: Record<string, Variable>,
    private readonly field: 'body' | 'subject',
  ) {}

  private add(token: Token, problem: TemplateProblem['problem'], name: string, message: string) {
    this.problems.push({ field: this.field, ...position(token), problem, name, message })
  }

  private lookup(name: string): Known | undefined {
    for (let i = this.blocks.length - 1; i >= 0; i--) {
      const found = this.blocks[i]!.get(name)
      if (found) return found
    }
    return this.assigned.get(name) ?? this.root[name]
  }

  visit(templates: Template[], depth: number): void {
    for (const t of templates) this.visitOne(t, depth)
  }

  private visitOne(t: Template, depth: number): void {
    if (depth > limits.nesting) {
      this.add(t.token, 'too-large', 'nesting', `blocks are nested more than ${limits.nesting} deep`)
      return
    }
    for (const arg of t.arguments?.() ?? []) this.argument(arg)
    if (t.children) {
      const scope = new Map<string, Known>()
      for (const name of t.blockScope?.() ?? []) scope.set(name, anything)
      if (t instanceof ForTag || t instanceof TablerowTag) {
        scope.set(t.variable, this.itemOf(t.collection))
        if (t instanceof ForTag) scope.set('forloop', forloop)
      }
      this.blocks.push(scope)
      // A loop's `else` runs when the list is empty: its loop variable is not there.
      // (No partials to load, none being allowed: the children come synchronously.)
      const children = t instanceof ForTag ? t.templates : (toValueSync(t.children(false, true)) as Template[])
      this.visit(children, depth + 1)
      this.blocks.pop()
      if (t instanceof ForTag) this.visit(t.elseTemplates, depth + 1)
    }
    // Names set by the tag are known after it (after its own children for `capture`).
    for (const ident of t.localScope?.() ?? []) {
      const name = String(ident.content)
      this.assigned.set(name, this.typeOfLocal(t))
    }
  }

  private typeOfLocal(t: Template): Known {
    if (t instanceof CaptureTag) return { type: 'text', description: 'captured', sample: '' }
    if (t instanceof IncrementTag || t instanceof DecrementTag) return { type: 'number', description: 'counter', sample: 0 }
    if (t instanceof AssignTag) {
      // `{% assign m = mentor %}` keeps mentor's type; anything computed is checked when rendered.
      const value = (t as unknown as { value: Value }).value
      const only = value.filters.length === 0 && value.initial.postfix.length === 1 ? value.initial.postfix[0] : undefined
      if (only && TypeGuards.isPropertyAccessToken(only)) return this.resolve(only, false) ?? anything
    }
    return anything
  }

  /** The type of a loop's item: a documented list's item, a number for a range, anything otherwise. */
  private itemOf(collection: unknown): Known {
    if (TypeGuards.isRangeToken(collection as never)) return { type: 'number', description: 'range', sample: 1 }
    if (TypeGuards.isPropertyAccessToken(collection as never)) {
      const t = this.resolve(collection as never, false)
      if (t?.type === 'list') return t.item
      if (t && t.type !== 'any') {
        this.add(collection as Token, 'unknown-variable', String((collection as Token).getText()), 'loops over something that is not a list')
      }
    }
    return anything
  }

  private argument(arg: unknown): void {
    if (arg instanceof Value) {
      for (const token of arg.initial.postfix) this.token(token)
      for (const filter of arg.filters) {
        if (!(filter.name in this.engine.filters)) {
          this.add((filter as unknown as { token: Token }).token, 'unknown-filter', filter.name, `unknown filter "${filter.name}"`)
        }
        for (const a of filter.args) this.token(Array.isArray(a) ? a[1] : a)
      }
      return
    }
    this.token(arg)
  }

  private token(token: unknown): void {
    if (!token || typeof token !== 'object') return
    if (TypeGuards.isFilteredValueToken(token as never)) {
      // A value with filters that a tag keeps unparsed (`cycle`'s candidates): the same checks as a Value's.
      const v = token as unknown as { initial: { postfix: unknown[] }; filters: { name: string; args: unknown[] }[] } & Token
      for (const t of v.initial.postfix) this.token(t)
      for (const filter of v.filters) {
        if (!(filter.name in this.engine.filters)) this.add(v, 'unknown-filter', filter.name, `unknown filter "${filter.name}"`)
        for (const a of filter.args) this.token(Array.isArray(a) ? a[1] : a)
      }
    } else if (TypeGuards.isRangeToken(token as never)) {
      const r = token as { lhs: unknown; rhs: unknown }
      this.token(r.lhs)
      this.token(r.rhs)
    } else if (TypeGuards.isPropertyAccessToken(token as never)) {
      this.resolve(token as never, true)
    }
  }

  /**
   * The type a property access reads, reporting (when `report`) the first segment its kind does not have.
   * Dynamic segments (`list[i]`, `a[b.c]`) are checked themselves and read as the list's item, or anything.
   */
  private resolve(token: { props: Token[]; variable?: unknown } & Token, report: boolean): Known | undefined {
    const props = token.props
    let start = 0
    let current: Known | undefined
    let path = ''
    if (token.variable !== undefined) {
      // A literal root (`"abc".size`): nothing of the kind's to check.
      this.token(token.variable)
      current = anything
    } else {
      const rootToken = props[0]!
      const root = String((rootToken as unknown as { content: unknown }).content)
      if (TypeGuards.isPropertyAccessToken(rootToken as never)) {
        this.resolve(rootToken as never, report)
        return anything
      }
      current = this.lookup(root)
      path = root
      start = 1
      if (!current) {
        if (report) this.add(token, 'unknown-variable', root, `unknown variable "${root}"`)
        return undefined
      }
    }
    for (const prop of props.slice(start)) {
      if (TypeGuards.isPropertyAccessToken(prop as never)) {
        this.resolve(prop as never, report)
        current = current.type === 'list' ? current.item : anything
        path += '[…]'
        continue
      }
      const key = (prop as unknown as { content: unknown }).content
      const next = this.step(current, key)
      path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`
      if (!next) {
        if (report) this.add(token, 'unknown-variable', path, `unknown variable "${path}"`)
        return undefined
      }
      current = next
    }
    return current
  }

  private step(current: Known, key: unknown): Known | undefined {
    switch (current.type) {
      case 'any':
        return anything
      case 'object':
        return typeof key === 'string' && Object.hasOwn(current.fields, key) ? current.fields[key] : undefined
      case 'list':
        if (typeof key === 'number') return current.item
        if (key === 'size') return { type: 'number', description: 'size', sample: 0 }
        return listProperties.has(String(key)) ? current.item : undefined
      case 'text':
      case 'email':
      case 'link':
      case 'date':
        return textProperties.has(String(key)) ? { type: 'number', description: 'size', sample: 0 } : undefined
      default:
        return undefined
    }
  }
}

/** A parse failure as a problem: an unknown tag by name, anything else as a syntax error at its line. */
function parseProblem(engine: Liquid, error: unknown, field: 'body' | 'subject'): TemplateProblem {
  if (error instanceof LiquidError) {
    const token = error.token
    const at = token ? position(token) : { line: 1, column: 1 }
    if (token && TypeGuards.isTagToken(token) && !(token.name in engine.tags) && !blockWords.test(token.name)) {
      return { field, ...at, problem: 'unknown-tag', name: token.name, message: `tag "${token.name}" is not allowed` }
    }
    const cause = (error as { originalError?: unknown }).originalError
    if (cause instanceof RangeError) {
      return { field, ...at, problem: 'too-large', name: 'nesting', message: 'the template is nested too deeply' }
    }
    return { field, ...at, problem: 'syntax', message: bare(error.message) }
  }
  if (error instanceof RangeError) return { field, line: 1, problem: 'too-large', name: 'nesting', message: 'the template is nested too deeply' }
  return { field, line: 1, problem: 'syntax', message: error instanceof Error ? bare(error.message) : 'the template cannot be read' }
}

/** Parses a source with a fresh engine; the source's size is checked first. */
export function parse(engine: Liquid, source: string, field: 'body' | 'subject'): { templates: Template[] } | { problem: TemplateProblem } {
  if (source.length > limits.sourceChars) {
    return { problem: { field, line: 1, problem: 'too-large', name: 'source', message: `the template is longer than ${limits.sourceChars} characters` } }
  }
  try {
    return { templates: engine.parse(source) }
  } catch (error) {
    return { problem: parseProblem(engine, error, field) }
  }
}

function checkPart(kind: TemplateKind, source: string, field: 'body' | 'subject'): TemplateProblem[] {
  const engine = safeEngine({ strictFilters: false })
  const parsed = parse(engine, source, field)
  if ('problem' in parsed) return [parsed.problem]
  const checker = new Checker(engine, templateVariables[kind], field)
  try {
    checker.visit(parsed.templates, 0)
  } catch (error) {
    if (error instanceof RangeError) return [{ field, line: 1, problem: 'too-large', name: 'nesting', message: 'the template is nested too deeply' }]
    throw error
  }
  return checker.problems
}

/**
 * Every problem of a template for its kind, in order of line: syntax (the first one only: parsing stops there),
 * unknown variables, filters and tags, sizes. Empty when the template can be saved.
 *
 * @example
 * checkTemplate('email-proposal', 'Bonjour {{ recipient.firstNam }}')
 * // [{ field: 'body', line: 1, column: 12, problem: 'unknown-variable', name: 'recipient.firstNam', message: '…' }]
 */
export function checkTemplate(kind: TemplateKind, body: string, subject?: string): TemplateProblem[] {
  const problems = checkPart(kind, body, 'body')
  if (subject !== undefined) problems.push(...checkPart(kind, subject, 'subject'))
  return problems.sort((a, b) => (a.field === b.field ? a.line - b.line || (a.column ?? 0) - (b.column ?? 0) : a.field === 'subject' ? -1 : 1))
}

/**
 * The problems of a programme's templates, each tagged with its template's index and kind, so that a refusal names
 * `templates[3].body` line 12 (see `templateInvalid`).
 *
 * @example
 * const problems = checkTemplates(rules.templates)
 * if (problems.length) throw templateInvalid(problems)
 */
export function checkTemplates(templates: readonly DocumentTemplate[]): IndexedTemplateProblem[] {
  return templates.flatMap((t, index) => checkTemplate(t.kind, t.body, t.subject).map((p) => ({ ...p, index, kind: t.kind })))
}
