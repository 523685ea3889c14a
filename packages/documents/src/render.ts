import { Context, LiquidError, UndefinedVariableError, toValueSync, type Liquid, type Template } from 'liquidjs'
import type { TemplateKind } from '@binome/core'
import { checkTemplate, parse } from './check'
import { BoundedEmitter, OutputTooLarge, limits, safeEngine } from './engine'
import type { TemplateLimit, TemplateProblem } from './problems'
import { sampleVariables } from './variables'

/** A rendered template, or why it could not be rendered. */
export type RenderResult =
  | { ok: true; rendered: string; renderedSubject?: string }
  | { ok: false; problems: TemplateProblem[] }

const tooLarge = (field: 'body' | 'subject', at: { line: number; column?: number }, name: TemplateLimit, message: string): TemplateProblem =>
  ({ field, ...at, problem: 'too-large', name, message })

/** A failure while rendering as a problem at its line: a limit reached, a value missing, or the rest. */
function renderProblem(error: unknown, field: 'body' | 'subject'): TemplateProblem {
  const token = error instanceof LiquidError ? error.token : undefined
  const [line, column] = token ? token.getPosition() : [1, undefined]
  const at = column === undefined ? { line } : { line, column }
  const cause = error instanceof LiquidError ? ((error as { originalError?: unknown }).originalError ?? error) : error
  if (cause instanceof OutputTooLarge) return tooLarge(field, at, 'output', cause.message)
  const message = cause instanceof Error ? cause.message : String(cause)
  if (/template render limit exceeded/.test(message)) return tooLarge(field, at, 'time', `the template took longer than ${limits.renderMs} ms to render`)
  if (/memory alloc limit exceeded/.test(message)) return tooLarge(field, at, 'memory', 'the template builds too much text or too many items')
  if (cause instanceof RangeError) return tooLarge(field, at, 'memory', 'the template builds too much text or nests too deeply')
  if (error instanceof UndefinedVariableError) {
    const name = (cause as { variableName?: unknown }).variableName
    return { field, ...at, problem: 'unknown-variable', ...(typeof name === 'string' && { name }), message: `no value for "${String(name ?? '')}"` }
  }
  return { field, ...at, problem: 'render-failed', message: message.replace(/, line:.*$/s, '') }
}

function renderPart(engine: Liquid, source: string, field: 'body' | 'subject', variables: Record<string, unknown>): { text: string } | { problem: TemplateProblem } {
  const parsed = parse(engine, source, field)
  if ('problem' in parsed) return parsed
  const emitter = new BoundedEmitter()
  // A fresh context per render: its time and memory budgets start from zero.
  const ctx = new Context(variables, engine.options, { sync: true }, { liquid: engine })
  try {
    toValueSync(engine.renderer.renderTemplates(parsed.templates as Template[], ctx, emitter))
    return { text: emitter.buffer }
  } catch (error) {
    if (error instanceof OutputTooLarge) return { problem: tooLarge(field, { line: 1 }, 'output', error.message) }
    return { problem: renderProblem(error, field) }
  }
}

/**
 * Renders a template of a kind with the platform's values for it (every documented variable present; an empty
 * value is `null`), within the limits: at most {@link limits.renderMs} ms, {@link limits.outputChars} characters.
 * The template is checked first, so a template with problems is never run.
 *
 * @example
 * renderTemplate('email-proposal', 'Bonjour {{ recipient.firstName }}', values) // { ok: true, rendered: 'Bonjour Sophie' }
 */
export function renderTemplate(kind: TemplateKind, body: string, variables: Record<string, unknown>, subject?: string): RenderResult {
  const problems = checkTemplate(kind, body, subject)
  if (problems.length) return { ok: false, problems }
  const engine = safeEngine({ strictFilters: true })
  const out = renderPart(engine, body, 'body', variables)
  if ('problem' in out) return { ok: false, problems: [out.problem] }
  if (subject === undefined) return { ok: true, rendered: out.text }
  // A subject is one line: line breaks a template leaves in it are folded into spaces.
  const s = renderPart(safeEngine({ strictFilters: true }), subject, 'subject', variables)
  if ('problem' in s) return { ok: false, problems: [s.problem] }
  return { ok: true, rendered: out.text, renderedSubject: s.text.replace(/\s*\r?\n\s*/g, ' ').trim() }
}

/**
 * Renders a template with its kind's French sample values: what the template editor shows beside the source.
 * `overrides` replace top-level sample values with the programme's own (its name, say) or the reader's language (`locale`).
 *
 * @example
 * previewTemplate('first-meeting-guide', '{% for p in checklist %}- {{ p.label }}\n{% endfor %}')
 */
export function previewTemplate(kind: TemplateKind, body: string, subject?: string, overrides: Record<string, unknown> = {}): RenderResult {
  const samples = sampleVariables(kind)
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in samples)) continue
    // An object merges into its sample (the programme's name over the sample's); a text or number replaces it.
    samples[key] = typeof value === 'object' && value !== null ? { ...(samples[key] as object), ...value } : value
  }
  return renderTemplate(kind, body, samples, subject)
}
