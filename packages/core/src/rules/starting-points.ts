
/**
 * Where a new programme's first rules come from: one of the built-in methodologies (`./methodologies`), or blank.
 * The rules themselves (templateRules, blankProgrammeRules) are in `@binome/core/methodologies`, apart from the
 * core's index, so that a Lambda loads their ~110 KB of minified code only when it starts a programme (issue 13).
 */
// A literal tuple (the contracts' enum needs one), kept equal to the methodologies' ids by a test; partnerships
// record one of them too.
export const methodologyTemplateIds = ['pls-mentoryou', 'cai-duo-n2wa', 'mentoring-belgium-baseline'] as const
export type MethodologyTemplateId = (typeof methodologyTemplateIds)[number]
