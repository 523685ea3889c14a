/**
 * The pages of a programme's Rules tab, in the order shown: each its own route under `rules/`, so it can be
 * linked to and reloaded; a new page is one line here and its folder.
 */
export const rulesPages = ['forms', 'criteria', 'eligibility', 'cadences', 'outcomes', 'partners', 'templates', 'history'] as const
export type RulesPage = (typeof rulesPages)[number]

/**
 * The Rules page a path is on.
 *
 * @example
 * rulesPageOf('/orgs/o/programmes/p/rules/criteria') // 'criteria'
 */
export function rulesPageOf(pathname: string): RulesPage | undefined {
  const m = /\/rules\/([^/]+)/.exec(pathname)
  return rulesPages.find((p) => p === m?.[1])
}
