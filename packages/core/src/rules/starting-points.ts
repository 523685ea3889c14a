import type { ProgrammeRules } from './programme-rules'
import { blankRules, methodologies, methodologyRules } from './methodologies'

/**
 * Where a new programme's first rules come from: a methodology template, or blank. This is the ONE place that
 * knows the templates, so that programme creation, the seeds and the tests all read them from here; the templates
 * themselves are the built-in methodologies (`./methodologies/`).
 */
export const methodologyTemplateIds = ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline'] as const

// The list above is the routes' enum (a literal tuple); it must name exactly the built-in methodologies.
if (methodologies.map((m) => m.id).join() !== methodologyTemplateIds.join()) {
  throw new Error('methodologyTemplateIds must list the built-in methodologies, in order')
}

/**
 * The rules of a programme started blank (`blankRules`): empty forms, no criteria, the usual cadences, the
 * standard outcomes and e-mails.
 *
 * @example
 * blankProgrammeRules().criteria // []
 */
export function blankProgrammeRules(): ProgrammeRules {
  return blankRules()
}

/**
 * A fresh copy of the rules of a methodology template, or undefined for an unknown id.
 *
 * @example
 * templateRules('pls-mentoryou')?.criteria.length // 8
 */
export function templateRules(templateId: string): ProgrammeRules | undefined {
  return methodologyRules(templateId)
}
