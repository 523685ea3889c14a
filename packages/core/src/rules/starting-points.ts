import { blankRules, methodologyRules } from './methodologies'
import type { ProgrammeRules } from './programme-rules'

/**
 * Where a new programme's first rules come from: one of the built-in methodologies (`./methodologies`), or blank.
 * Programme creation, partner onboarding, the seeds and the tests all read them from here.
 */
// A literal tuple (the contracts' enum needs one), kept equal to the methodologies' ids by a test; partnerships
// record one of them too.
export const methodologyTemplateIds = ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline'] as const
export type MethodologyTemplateId = (typeof methodologyTemplateIds)[number]

/**
 * A fresh copy of a methodology's rules; undefined for an unknown id.
 *
 * @example
 * templateRules('pls-mentoryou')?.criteria.length // 8
 */
export function templateRules(templateId: string): ProgrammeRules | undefined {
  return methodologyRules(templateId)
}

/**
 * Rules with nothing configured but the usual cadences, the standard outcomes and the e-mails.
 *
 * @example
 * blankProgrammeRules().criteria // []
 */
export function blankProgrammeRules(): ProgrammeRules {
  return blankRules()
}
