/**
 * Where in a programme's rules the API found a problem, said in the reader's words: a refused save lists each
 * issue with the thing it is about — "Formulaire des mentors › Secteur › Options", "Critère « Secteur » › Poids",
 * "Modèle « Contrat d’engagement », ligne 4" — rather than a path such as `forms.mentor.sections.0.fields.2.options`.
 * Pure (the translator is handed in), so it is tested without a browser.
 */
import type { ProgrammeRules } from '@binome/contracts'
import { say } from './form-builder'

/** The catalogue lookup (`$_`): a key with values, and what to say when the catalogue has no such key. */
export type Translate = (key: string, options?: { values?: Record<string, string | number>; default?: string }) => string

/** One issue of a refused save, ready to show. */
export interface RulesProblem {
  /** The API's path, without a leading `rules.`: pages use it to mark the thing (a criterion, a field). */
  path: string
  /** The thing named, e.g. "Critère « Secteur » › Poids". */
  where: string
  /** What is wrong, from the field reason's words. */
  sentence: string
  /** The line of a template the problem is on (templates' syntax errors). */
  line?: number
}

/**
 * The steps of a path: `criteria[sector].weight`, `criteria.2.weight` and `rules.criteria.2.weight` all give
 * `['criteria', 2 or 'sector', 'weight']` (a number is an index, a bracketed name an item's id).
 *
 * @example
 * pathSteps('rules.forms.mentor.sections.0.fields[sector].label.fr') // ['forms','mentor','sections',0,'fields','sector','label','fr']
 */
export function pathSteps(path: string): Array<string | number> {
  const steps: Array<string | number> = []
  for (const m of path.matchAll(/([^.[\]#]+)|\[([^\]]*)\]/g)) {
    const word = m[1] ?? m[2] ?? ''
    steps.push(m[1] !== undefined && /^\d+$/.test(word) ? Number(word) : word)
  }
  if (steps[0] === 'rules') steps.shift()
  return steps
}

type Node = unknown
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The item of a list by index or by id (or a template by kind). */
function item(list: unknown[], step: string | number): Node {
  if (typeof step === 'number') return list[step]
  const found = list.find((x) => isRecord(x) && (x.id === step || x.kind === step || x.value === step))
  // `templates[3]`: a bracketed index, when no item has that id.
  return found ?? (/^\d+$/.test(step) ? list[Number(step)] : undefined)
}

/**
 * Names each step of a path into the rules: the part ("Critères"), each item by its label in the reader's language
 * (or its id), each property by the catalogue's word for it (`rules.props.<name>`, else the name itself).
 *
 * @example
 * describePlace('criteria.0.weight', rules, t, 'fr') // 'Critère « Accessibilité géographique » › Poids'
 */
export function describePlace(path: string, rules: ProgrammeRules | undefined, t: Translate, locale: string): string {
  const steps = pathSteps(path)
  const words: string[] = []
  let node: Node = rules
  let listName: string | undefined
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as string | number
    if (Array.isArray(node)) {
      const found = item(node, step)
      const name = isRecord(found)
        ? say(found.label as never, locale) || say(found.title as never, locale) || String(found.id ?? found.value ?? (found.kind ? t(`rules.templates.kinds.${String(found.kind)}`) : step))
        : typeof step === 'number' ? String(step + 1) : step
      words.push(t(`rules.places.${listName ?? 'item'}`, { values: { name } }))
      node = found
      continue
    }
    // A list's items say what they are ("Critère « Secteur »"): the part's name only comes alone or before a non-list.
    if (i === 0) {
      if (steps.length === 1 || !(isRecord(node) && Array.isArray(node[String(step)]))) words.push(t(`rules.parts.${String(step)}`))
    }
    else if (steps[0] === 'forms' && i === 1) words.push(t(`rules.forms.side.${String(step)}`))
    else if (!['sections', 'fields', 'criteria', 'eligibility', 'outcomes', 'templates', 'options'].includes(String(step)) || i === steps.length - 1) {
      words.push(t(`rules.props.${String(step)}`, { default: String(step) }))
    }
    listName = String(step)
    node = isRecord(node) ? node[String(step)] : undefined
  }
  return words.join(' › ')
}

/** One issue of the API's answer (`details`), tolerant of the shapes a line can come in. */
interface Detail {
  path?: unknown
  reason?: unknown
  values?: unknown
  line?: unknown
}

const lineOf = (d: Detail): number | undefined => {
  const values = isRecord(d.values) ? d.values : {}
  const line = d.line ?? values.line
  return typeof line === 'number' && line > 0 ? line : undefined
}

/**
 * The problems of a refused save, from the API's `details`, each naming its place in the rules that were sent.
 *
 * @example
 * rulesProblems(error.details, sent, t, 'fr', fieldSentence)
 */
export function rulesProblems(
  details: unknown,
  rules: ProgrammeRules | undefined,
  t: Translate,
  locale: string,
  sentenceOf: (issue: { reason?: string; values?: Record<string, string | number> }) => string,
): RulesProblem[] {
  if (!Array.isArray(details)) return []
  return details
    .filter((d): d is Detail => isRecord(d))
    .map((d) => {
      const path = typeof d.path === 'string' ? d.path.replace(/^rules\.?/, '') : ''
      const line = lineOf(d)
      const values = isRecord(d.values) ? (d.values as Record<string, string | number>) : undefined
      const place = path ? describePlace(path, rules, t, locale) : t('rules.parts.all')
      const reason = typeof d.reason === 'string' ? d.reason : undefined
      return {
        path,
        // A template problem's sentence says its line.
        where: place,
        sentence: sentenceOf({ ...(reason ? { reason } : {}), ...(values ? { values } : {}) }),
        ...(line ? { line } : {}),
      }
    })
}

/** The problems of a template the API names (`values.problem`; earlier answers carried them as `template-<problem>`). */
const templateProblem = /^(syntax|unknown-variable|unknown-filter|unknown-tag|too-large|render-failed)$/

/**
 * What one issue says: a template problem in the template editor's words (its line, and the variable, filter or tag
 * it names), anything else with the app's field sentences.
 *
 * @example
 * issueSentence({ reason: 'invalid', values: { line: 3, problem: 'unknown-variable', name: 'mentor.nom' } }, t, fieldSentence)
 * // 'Ligne 3 : la variable « mentor.nom » n’existe pas pour ce type de document.'
 */
export function issueSentence(
  issue: { reason?: string; values?: Record<string, string | number> },
  t: Translate,
  fieldSentence: (issue: { reason?: string; values?: Record<string, string | number> }) => string,
): string {
  const problem = String(issue.values?.problem ?? issue.reason?.replace(/^template-/, '') ?? '')
  if (templateProblem.test(problem)) {
    const values = { line: 1, name: '—', ...issue.values }
    // The documents' own words for their problems, as every screen that shows templates says them.
    const key = `templateProblems.${problem}`
    const said = t(key, { values })
    if (said !== key) return said
  }
  return fieldSentence(issue)
}
