/**
 * A difference between two versions of the rules, said readably: where (the thing named, as a refused save names
 * it), what happened (added, removed, changed, reordered) and the values before and after in short words — a text in
 * the reader's language, a field or criterion by its label, a list joined — never raw JSON unless nothing else fits.
 */
import type { ProgrammeRules, RulesChange } from '@binome/contracts'
import { say } from './form-builder'
import { describePlace, type Translate } from './problems'

export interface ReadableChange {
  where: string
  change: 'added' | 'removed' | 'changed' | 'reordered'
  before?: string
  after?: string
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isLocalized = (v: unknown): v is { fr: string; en: string; nl: string } =>
  isRecord(v) && typeof v.fr === 'string' && typeof v.en === 'string' && typeof v.nl === 'string'

/**
 * A value in a few words.
 *
 * @example
 * sayValue({ fr: 'Secteur', en: 'Sector', nl: 'Sector' }, t, 'en') // 'Sector'
 * sayValue(true, t, 'fr') // 'oui'
 */
export function sayValue(value: unknown, t: Translate, locale: string): string {
  if (value === undefined || value === null) return '—'
  if (typeof value === 'boolean') return t(value ? 'rules.history.yes' : 'rules.history.no')
  if (typeof value === 'string') return value === '' ? '—' : value
  if (typeof value === 'number') return new Intl.NumberFormat(locale).format(value)
  if (isLocalized(value)) return say(value, locale) || '—'
  if (Array.isArray(value)) return value.map((v) => sayValue(v, t, locale)).join(', ') || '—'
  if (isRecord(value)) {
    if (isLocalized(value.label)) return say(value.label, locale)
    if (isLocalized(value.title)) return say(value.title, locale)
    if (typeof value.kind === 'string' && typeof value.body === 'string') return t(`rules.templates.kinds.${value.kind}`)
    if (typeof value.id === 'string') return value.id
  }
  const json = JSON.stringify(value)
  return json.length > 120 ? `${json.slice(0, 117)}…` : json
}

/**
 * The changes of a diff, readable; places are named from the version they exist in (the new one, or the old one
 * for what was removed).
 *
 * @example
 * readableChanges([{ path: 'criteria[sector].weight', change: 'changed', before: 9, after: 6 }], from, to, t, 'fr')
 * // [{ where: 'Critère « Secteur » › Poids', change: 'changed', before: '9', after: '6' }]
 */
export function readableChanges(
  changes: readonly RulesChange[],
  from: ProgrammeRules | undefined,
  to: ProgrammeRules | undefined,
  t: Translate,
  locale: string,
): ReadableChange[] {
  return changes.map((c) => {
    const reordered = c.path.endsWith('#order')
    const path = reordered ? c.path.slice(0, -'#order'.length) : c.path
    const where = describePlace(path, c.change === 'removed' ? from : to, t, locale)
    return {
      where,
      change: reordered ? 'reordered' : c.change,
      ...(c.change !== 'added' && !reordered ? { before: sayValue(c.before, t, locale) } : {}),
      ...(c.change !== 'removed' && !reordered ? { after: sayValue(c.after, t, locale) } : {}),
    }
  })
}
