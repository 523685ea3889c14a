/**
 * Every role's screens in English and in Dutch say nothing in French and show no message key: a reader who chose
 * English or Dutch meets no message left in French (a catalogue gap falls back to French) nor a key the catalogues
 * lack. What the demo's people and staff wrote (names, notes, session titles: the seed's French) is data and may stay
 * French; every other French message of the catalogues must not show. Text checks only: the screens' axe checks and
 * screenshots are in their own files.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import en from '../../web/src/lib/i18n/en.json'
import nl from '../../web/src/lib/i18n/nl.json'
import { rawKeys } from './support/raw-keys'
import { browserSession, type BrowserSession } from './support/session'
import { signInWithSession } from './support/sign-in'

type Tree = { [key: string]: string | Tree }
const leaves = (tree: Tree, prefix = ''): Array<[string, string]> =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`)))

const seedDir = join(import.meta.dirname, '../../packages/local/src/seed')
const seedText = readdirSync(seedDir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(seedDir, f), 'utf8')).join('\n')

/**
 * The French phrases a page in `catalogue`'s language must not show: each French message's literal parts of two words
 * or more (between its placeholders) that the other language does not say the same, and that no seed text contains.
 */
function frenchPhrases(catalogue: Tree): string[] {
  const theirs = new Map(leaves(catalogue))
  const theirText = [...theirs.values()].join('\n')
  const phrases = new Set<string>()
  for (const [key, message] of leaves(fr)) {
    if (theirs.get(key) === message) continue
    for (const part of message.split(/\{[^{}]*\}|[{}#]/)) {
      const phrase = part.trim()
      if (phrase.length >= 12 && /\s/.test(phrase) && !theirText.includes(phrase) && !seedText.includes(phrase)) phrases.add(phrase)
    }
  }
  return [...phrases]
}

const ORG = '/orgs/pls-mentoryou'
const PROGRAMME = `${ORG}/programmes/mentoryou-2026`
/** Each role's screens: the navigation's, a programme's tabs and rules, a person's and a duo's page, the portal's. */
const screens: Record<string, string[]> = {
  'admin@mentoryou.demo': [
    '/', ORG, `${ORG}/programmes`, `${ORG}/members`, `${ORG}/network`, `${ORG}/partners`, `${ORG}/companies`, `${ORG}/settings`,
    `${ORG}/privacy`, `${ORG}/results`, PROGRAMME, `${PROGRAMME}/people`, `${PROGRAMME}/people/mentor-01`, `${PROGRAMME}/people/mentee-04`,
    `${PROGRAMME}/matching`, `${PROGRAMME}/duos`, `${PROGRAMME}/tracking`, `${PROGRAMME}/calendar`, `${PROGRAMME}/calendar/series`,
    `${PROGRAMME}/calendar/newsletters`, `${PROGRAMME}/results`, `${PROGRAMME}/quality`, `${PROGRAMME}/profiles`, `${PROGRAMME}/rules/forms`,
    `${PROGRAMME}/rules/criteria`, `${PROGRAMME}/rules/cadences`, `${PROGRAMME}/rules/outcomes`, `${PROGRAMME}/rules/templates`,
  ],
  'trainer@binome.demo': ['/orgs/pls-formation/partners', '/orgs/pls-formation/partners/tremplin-charleroi'],
  'mentor@mentoryou.demo': [`${ORG}/portal`],
  'mentee@mentoryou.demo': [`${ORG}/portal`],
  'partenaire@mission-locale.demo': [`${ORG}/referrals`, `${ORG}/referrals/new?programme=mentoryou-2026`],
  'operator@binome.demo': ['/admin/organisations', '/admin/health'],
}

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  session = await browserSession('languages', undefined)
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

/** The page's text once its heading shows and its lists have loaded. */
async function settledText(loading: string): Promise<string> {
  await page.locator('h1').first().waitFor()
  await expect.poll(() => page.evaluate<string>('document.body.innerText'), { timeout: 20_000 }).not.toContain(loading)
  return page.evaluate<string>('document.body.innerText')
}

describe.each([['en', en], ['nl', nl]] as const)('in %s', (lang, catalogue) => {
  const phrases = frenchPhrases(catalogue)

  it.each(Object.entries(screens))('%s’s screens say nothing in French and show no message key', async (email, paths) => {
    await signInWithSession(page, platform, email)
    await page.evaluate(`localStorage.setItem('binome.locale', '${lang}')`)
    const visit = [...paths]
    for (const path of visit) {
      await page.goto(`${platform.url}${path}`)
      const text = await settledText(catalogue.list.loading)
      expect(await page.evaluate('document.documentElement.lang'), path).toBe(lang)
      expect(phrases.filter((p) => text.includes(p)), `${path}: French on a page in ${lang}`).toEqual([])
      expect(await rawKeys(page), `${path}: message keys shown as text`).toEqual([])
      // The portal's duo pages and their log and plan, and one staff duo page, from the screens' own links.
      const links = path.includes('/portal') ? 'main a[href*="/portal/duos/"]' : path === `${PROGRAMME}/duos` ? 'main a[href*="/duos/"]' : null
      if (links) {
        const hrefs = await page.evaluate<string[]>(`[...document.querySelectorAll('${links}')].map((a) => a.getAttribute('href'))`)
        for (const href of path.includes('/portal') ? hrefs : hrefs.slice(0, 1)) if (!visit.includes(href)) visit.push(href)
      }
    }
  })
})
