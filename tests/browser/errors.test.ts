/**
 * A French reader on a browser set to American English: mistakes and refusals are said in French from the
 * catalogues (a field too short, a date that does not exist, the server's end-before-start rule, an invitation
 * already sent), never in the server's English, and dates are typed and shown as dd/mm/yyyy. Screenshots go to
 * SHOTS_DIR (default tests/artifacts).
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { ApiClient, PLS } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'

const ADMIN = 'admin@mentoryou.demo'

let session: BrowserSession
let platform: Platform
let page: Page
/** SHOTS_DIR, or tests/artifacts. */
let shots: string

beforeAll(async () => {
  // The whole demo with its first runs; no one signed in: the first test signs in through the sign-in page, in French.
  // The browser's own language is American English: the app must still speak French and write dd/mm/yyyy.
  session = await browserSession('errors', undefined, { platform: { demoRuns: true }, locale: 'en-US' })
  ;({ platform, page, shotsDir: shots } = session)
})

afterAll(() => session?.close())

/** The error text tied to a control by aria-describedby. */
async function errorOf(control: Locator): Promise<string> {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ')
  const id = ids.find((i) => i.endsWith('-error'))
  if (!id) return ''
  return ((await page.locator(`[id="${id}"]`).textContent()) ?? '').trim()
}

const englishServerWords = /The end date|already been invited|Some fields are not valid|must be|is required|characters/

describe('errors and dates in the reader’s language', () => {
  it('signs in in French on an English browser', async () => {
    await page.goto(`${platform.url}/signin`)
    await page.getByRole('heading', { level: 1, name: fr.signin.title }).waitFor()
    await page.getByLabel(fr.signin.email).fill(ADMIN)
    await page.getByRole('button', { name: fr.signin.sendCode }).click()
    const codeField = page.getByLabel(fr.signin.code)
    await codeField.waitFor()
    const outbox = await session.browser.context.newPage()
    await outbox.goto(`${platform.url}/outbox`)
    const code = (await outbox.locator('li', { hasText: ADMIN }).getByTestId('mail-code').first().textContent())?.trim() ?? ''
    await outbox.close()
    await codeField.fill(code)
    await page.getByRole('button', { name: fr.signin.verify, exact: true }).click()
    await page.waitForURL(`${platform.url}/`)
    await page.locator('section[aria-labelledby="orgs-title"] a').first().click()
    await page.waitForURL(/\/orgs\/[^/]+$/)
    expect(await page.evaluate('navigator.language')).toBe('en-US')
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr')
  })

  it('explains a short name and a date that does not exist in French, naming the date field', async () => {
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.programmes }).click()
    await page.waitForURL(/\/programmes$/)
    await page.getByRole('button', { name: fr.programmes.new }).click()

    const start = page.getByLabel(fr.programme.startDate)
    const end = page.getByLabel(fr.programme.endDate)
    // A text box with the format as a visible hint tied to it, not the browser's own date picker.
    expect(await end.getAttribute('type')).toBe('text')
    const hintId = ((await end.getAttribute('aria-describedby')) ?? '').split(' ').find((i) => i.endsWith('-hint'))
    expect((await page.locator(`[id="${hintId}"]`).textContent())?.trim()).toBe(fr.dateField.hint)

    await page.getByLabel(fr.programme.name).fill('M')
    await start.fill('01/01/2027')
    await end.fill('31/02/2027')
    await page.getByRole('button', { name: fr.programmes.create, exact: true }).click()

    const name = page.getByLabel(fr.programme.name)
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    expect(await errorOf(name)).toBe(fr.validation['too-short'].replace('{min}', '2'))
    expect(await end.getAttribute('aria-invalid')).toBe('true')
    expect(await errorOf(end)).toBe(fr.dateField.invalid.replace('{field}', fr.programme.endDate))
    expect(await errorOf(start)).toBe('')
    expect(await page.getByRole('alert').filter({ hasText: fr.errors.fixFields }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shots, 'errors-validation-fr.png'), fullPage: true })
  })

  it('says the server’s end-before-start rule in French next to the end date, with dd/mm/yyyy dates and no reload advice', async () => {
    await page.getByLabel(fr.programme.name).fill('Programme aux dates inversées')
    await page.getByLabel(fr.programme.endDate).fill('31/12/2026')
    await page.getByRole('button', { name: fr.programmes.create, exact: true }).click()

    const expected = fr.errors.reason['end-before-start'].replace('{endDate}', '31/12/2026').replace('{startDate}', '01/01/2027')
    const alert = page.getByRole('alert').filter({ hasText: expected })
    await alert.waitFor()
    const end = page.getByLabel(fr.programme.endDate)
    expect(await errorOf(end)).toBe(fr.fieldReasons['end-before-start'].replace('{startDate}', '01/01/2027'))
    expect(await page.getByRole('button', { name: fr.common.reload }).count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toMatch(englishServerWords)
    await page.screenshot({ path: join(shots, 'errors-rule-fr.png'), fullPage: true })
  })

  it('creates the programme with an end typed as 31/12/2026 and shows it as 31/12/2026', async () => {
    await page.getByLabel(fr.programme.startDate).fill('01/12/2026')
    await page.getByRole('button', { name: fr.programmes.create, exact: true }).click()
    await page.waitForURL(/\/programmes\/[^/?]+\?created=1$/)
    await page.getByRole('heading', { level: 1, name: 'Programme aux dates inversées' }).waitFor()
    const facts = (await page.locator('dl.facts').textContent()) ?? ''
    expect(facts).toContain('01/12/2026')
    expect(facts).toContain('31/12/2026')
    await page.screenshot({ path: join(shots, 'errors-dates-fr.png'), fullPage: true })
  })

  it('says an invitation already sent in French, as a rule, with no reload button', async () => {
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.members }).click()
    await page.waitForURL(/\/members$/)
    const form = page.locator('form', { has: page.getByLabel(fr.members.email) })
    for (let i = 0; i < 2; i++) {
      await form.getByLabel(fr.members.email).fill('deux-fois@pls.demo')
      await form.getByLabel(fr.members.name).fill('Deux Fois')
      await form.getByRole('button', { name: fr.members.invite }).click()
      if (i === 0) await page.getByRole('status').filter({ hasText: 'deux-fois@pls.demo' }).waitFor()
    }
    const alert = page.getByRole('alert').filter({ hasText: fr.refusals['already-invited'] })
    await alert.waitFor()
    expect(await page.getByRole('button', { name: fr.common.reload }).count()).toBe(0)
    expect(await page.locator('main').textContent()).not.toMatch(englishServerWords)
    expect(await page.locator('main').textContent()).not.toContain(fr.refusals['stale-version'].slice(-40))
    await page.screenshot({ path: join(shots, 'errors-already-invited-fr.png'), fullPage: true })
  })

  it('refuses to demote the last admin in French, saying the rule and offering no reload', async () => {
    const me = 'Claire Vandenberghe'
    await page.getByLabel(fr.members.roleOf.replace('{name}', me), { exact: true }).selectOption('coordinator')
    await page.getByRole('button', { name: fr.members.changeRoleOf.replace('{name}', me) }).click()
    await page.getByRole('alert').filter({ hasText: fr.refusals['last-admin'] }).waitFor()
    expect(await page.getByRole('button', { name: fr.common.reload }).count()).toBe(0)
    await page.screenshot({ path: join(shots, 'errors-last-admin-fr.png'), fullPage: true })
  })

  it('says a stale version as such, and only then offers to reload', async () => {
    const julien = 'Julien Moreau'
    // Someone else changes Julien's role in the meantime (the same API call the screen makes, from another tab).
    const stored = JSON.parse(((await page.evaluate("sessionStorage.getItem('binome.session')")) as string | null) ?? '{}')
    const other = new ApiClient(platform.url, stored.idToken)
    const members = `/api/onboarding/orgs/${PLS}/members`
    const m = (await other.get(`${members}?limit=100`)).body.items.find((x: { email: string }) => x.email === 'coordination@mentoryou.demo')
    const changed = (await other.patch(`${members}/${m.userId}`, { role: 'trainer', version: m.version })).status
    expect(changed).toBe(200)

    await page.getByLabel(fr.members.roleOf.replace('{name}', julien), { exact: true }).selectOption('admin')
    await page.getByRole('button', { name: fr.members.changeRoleOf.replace('{name}', julien) }).click()
    const stale = page.getByRole('alert').filter({ hasText: /Ce membre a été modifié par quelqu’un d’autre entre-temps/ })
    await stale.waitFor()
    const reload = page.getByRole('button', { name: fr.common.reload })
    expect(await reload.count()).toBe(1)
    expect(await page.locator('main').textContent()).not.toContain(fr.refusals['last-admin'])
    await page.screenshot({ path: join(shots, 'errors-stale-fr.png'), fullPage: true })
    await reload.click()
    await expect.poll(() => stale.count()).toBe(0)
    expect(await page.getByLabel(fr.members.roleOf.replace('{name}', julien), { exact: true }).inputValue()).toBe('trainer')
  })
})
