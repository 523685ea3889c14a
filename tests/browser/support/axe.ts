import AxeBuilder from '@axe-core/playwright'
import axe, { type AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

/** One accessibility problem axe found, reduced to what a failing assertion should print. */
export interface SeriousViolation {
  id: string
  impact: string
  help: string
  targets: string[]
}

const WCAG_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * axe run in the page itself, on the whole document. AxeBuilder.analyze() costs 5–12 s a call on this 2-core machine:
 * it evaluates axe's 550 KB source anew, runs `runPartial`, then opens a new tab, evaluates the source there too and
 * merges the results in it (which only pays when the page has frames). Here the source is evaluated once per document
 * (it survives the app's client-side navigations) and only the violations are gathered in full: the same rules on the
 * same document, the passes reduced to one node each (`resultTypes`), which nobody reads.
 */
async function analyzeDocument(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate('typeof window.axe?.run === "function"'))) await page.evaluate(axe.source)
  // A string expression: these files are typed without the DOM library; the page awaits axe's promise.
  const options = { runOnly: { type: 'tag', values: WCAG_A_AA }, resultTypes: ['violations'] }
  return page.evaluate<AxeResults>(`window.axe.run(document, ${JSON.stringify(options)})`)
}

/**
 * Runs axe (WCAG 2.0/2.1 A and AA rules) on the page as it is now and returns the serious and critical violations.
 * A page with frames (the rendered mail template's iframe) is checked frame by frame by AxeBuilder, as before.
 *
 * @example
 * expect(await seriousViolations(page)).toEqual([])
 */
export async function seriousViolations(page: Page): Promise<SeriousViolation[]> {
  const results = page.frames().length > 1
    ? await new AxeBuilder({ page }).withTags(WCAG_A_AA).analyze()
    : await analyzeDocument(page)
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }))
}
