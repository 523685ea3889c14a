import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

/** One accessibility problem axe found, reduced to what a failing assertion should print. */
export interface SeriousViolation {
  id: string
  impact: string
  help: string
  targets: string[]
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA rules) on the page as it is now and returns the serious and critical violations.
 *
 * @example
 * expect(await seriousViolations(page)).toEqual([])
 */
export async function seriousViolations(page: Page): Promise<SeriousViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }))
}
