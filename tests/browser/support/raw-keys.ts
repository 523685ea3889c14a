import type { Page } from 'playwright-core'
import fr from '../../../web/src/lib/i18n/fr.json'

// A message key the catalogues lack shows itself (web/src/lib/i18n/index.ts: a gap is visible rather than blank), e.g.
// a dynamic `calendar.form.topics.${kind}` for a kind the catalogues forgot. A key starts with one of French's
// sections; what ends like a file or an address (results.xlsx, mentoryou.demo) is not one.
const sections = Object.keys(fr).join('|')
const keyLike = new RegExp(`(?<![\\w@/.-])(?:${sections})(?:\\.[A-Za-z0-9-]+)+(?![\\w@/-])`, 'g')
const notKeys = /\.(xlsx|pdf|csv|ics|json|png|svg|demo|be|com|org|eu)$/

/**
 * The catalogue keys shown as text on the page as it is now (its visible text, not its inputs' values).
 *
 * @example
 * expect(await rawKeys(page)).toEqual([])
 */
export async function rawKeys(page: Page): Promise<string[]> {
  const text = await page.evaluate<string>('document.body.innerText')
  return [...new Set([...text.matchAll(keyLike)].map((m) => m[0]).filter((k) => !notKeys.test(k)))]
}
