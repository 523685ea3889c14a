/**
 * End to end in a real browser: the local platform (API, embedded DynamoDB, queue, built web app) is started
 * in-process, and headless Chromium signs in as the seeded PLS admin through the UI, reads the code in the
 * local outbox, creates a programme and finds it listed — with axe checking the sign-in, programmes and
 * programme pages on the way.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import en from '../../web/src/lib/i18n/en.json'
import nl from '../../web/src/lib/i18n/nl.json'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { artifactsDir } from './support/web-build'

const ADMIN = 'admin@mentoryou.demo'

let session: BrowserSession
let platform: Platform
let page: Page
let programmeName: string
/** What the browser reports as blocked by the Content-Security-Policy (the same policy as on CloudFront). */
const cspViolations: string[] = []

beforeAll(async () => {
  // The whole demo with its first runs; no one signed in: signing in through the page is this file's subject.
  session = await browserSession('programmes', undefined, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  mkdirSync(artifactsDir, { recursive: true })
})

afterAll(() => session?.close())

async function heading(p: Page): Promise<string> {
  return (await p.locator('main h1').first().textContent())?.trim() ?? ''
}

describe('the web app in a browser', () => {
  it('an invitation link prefills the invited address, then takes it out of the address bar', async () => {
    const invited = await session.browser.context.newPage()
    await invited.goto(`${platform.url}/signin#email=nouvelle%40mentoryou.demo`)
    await invited.getByRole('heading', { level: 1, name: fr.signin.title }).waitFor()
    expect(await invited.getByLabel(fr.signin.email).inputValue()).toBe('nouvelle@mentoryou.demo')
    await expect.poll(() => invited.url()).toBe(`${platform.url}/signin`)
    await invited.close()
  })

  it('words the demo accounts in the reader\'s language: no French description on the English or Dutch page', async () => {
    const reader = await session.browser.context.newPage()
    await reader.goto(`${platform.url}/signin`)
    const descriptions = async () => {
      const list = reader.locator('.demo-desc')
      await list.first().waitFor()
      return (await list.allTextContents()).map((t) => t.trim())
    }
    const shots = async (lang: string) => {
      await reader.screenshot({ path: join(artifactsDir, `signin-${lang}.png`), fullPage: true })
      await reader.setViewportSize({ width: 390, height: 844 })
      await reader.screenshot({ path: join(artifactsDir, `signin-${lang}-mobile.png`), fullPage: true })
      await reader.setViewportSize({ width: 1280, height: 900 })
    }
    const byLanguage: Record<string, string[]> = {}
    for (const [lang, catalogue, button] of [['fr', fr, 'Français'], ['en', en, 'English'], ['nl', nl, 'Nederlands']] as const) {
      await reader.getByRole('button', { name: button }).click()
      await expect.poll(() => reader.evaluate('document.documentElement.lang')).toBe(lang)
      await reader.getByRole('heading', { level: 2, name: catalogue.signin.demoTitle }).waitFor()
      await expect.poll(descriptions).toContain(
        lang === 'fr' ? 'Administratrice de Pour la Solidarité — MentorYou'
          : lang === 'en' ? 'Administrator of Pour la Solidarité — MentorYou'
            : 'Beheerder van CAI — Duo N2WA',
      )
      byLanguage[lang] = await descriptions()
      await shots(lang)
    }
    const french = byLanguage.fr!
    expect(french.length).toBeGreaterThanOrEqual(10)
    // Every account is described, in words of the catalogue and not a key, and none in French once the reader chose another language.
    for (const lang of ['en', 'nl']) {
      const other = byLanguage[lang]!
      expect(other).toHaveLength(french.length)
      other.forEach((description, i) => {
        expect(description, lang).not.toBe(french[i])
        expect(description, lang).not.toMatch(/signin\.|Administratrice|Coordina(teur|trice)|Mentoré|Opératrice|Formateur|Partenaire|son portail/)
      })
    }
    for (const description of french) expect(description).not.toMatch(/signin\./)
    expect(await seriousViolations(reader)).toEqual([])
    await reader.getByRole('button', { name: 'Français' }).click()
    await reader.close()
  })

  it('signs the PLS admin in with the code read in the local outbox', async () => {
    await page.goto(`${platform.url}/signin`)
    await page.getByRole('heading', { level: 1, name: fr.signin.title }).waitFor()
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByLabel(fr.signin.email).fill(ADMIN)
    await page.getByRole('button', { name: fr.signin.sendCode }).click()
    const codeField = page.getByLabel(fr.signin.code)
    await codeField.waitFor()

    const outbox = await session.browser.context.newPage()
    await outbox.goto(`${platform.url}/outbox`)
    const mail = outbox.locator('li', { hasText: ADMIN }).filter({ has: outbox.getByTestId('mail-code') }).first()
    const code = (await mail.getByTestId('mail-code').textContent())?.trim() ?? ''
    await outbox.close()
    expect(code).toMatch(/^\d{6}$/)

    await codeField.fill(code)
    await page.getByRole('button', { name: fr.signin.verify, exact: true }).click()
    await page.waitForURL(`${platform.url}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await heading(page)).toMatch(/^Bonjour /)
    expect(await page.getByRole('button', { name: fr.header.signOut }).isVisible()).toBe(true)
  })

  it('refuses a programme without a name, explaining it next to the field', async () => {
    await page.locator('section[aria-labelledby="orgs-title"] a').first().click()
    await page.waitForURL(/\/orgs\/[^/]+$/)
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.programmes }).click()
    await page.waitForURL(/\/programmes$/)
    await page.getByRole('heading', { level: 1, name: fr.programmes.title }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: fr.programmes.new }).click()
    const before = page.url()
    await page.getByRole('button', { name: fr.programmes.create, exact: true }).click()

    const name = page.getByLabel(fr.programme.name)
    await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true')
    const describedBy = (await name.getAttribute('aria-describedby')) ?? ''
    const errorText = await page.locator(`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`).textContent()
    expect(errorText?.trim()).toBe(fr.validation.required)
    expect(await page.getByRole('alert').filter({ hasText: fr.errors.fixFields }).count()).toBe(1)
    expect(page.url()).toBe(before)
  })

  it('creates a programme, opens it with focus on its heading, and lists it', async () => {
    programmeName = `Programme navigateur ${Date.now().toString(36)}`
    await page.getByLabel(fr.programme.name).fill(programmeName)
    await page.getByLabel(fr.programme.description).fill('Neuf mois de mentorat')
    await page.getByLabel(fr.programme.startDate).fill('15/01/2027')
    await page.getByRole('button', { name: fr.programmes.create, exact: true }).click()

    await page.waitForURL(/\/programmes\/[^/?]+\?created=1$/)
    await page.getByRole('heading', { level: 1, name: programmeName }).waitFor()
    await expect.poll(() => page.evaluate('document.activeElement?.tagName')).toBe('H1')
    expect(await page.getByRole('status').filter({ hasText: fr.programme.created }).count()).toBe(1)
    expect(await page.getByText('Neuf mois de mentorat').count()).toBe(1)
    expect(await page.locator('dl.facts').textContent()).toContain('15/01/2027')
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('navigation', { name: fr.common.breadcrumb }).getByRole('link', { name: fr.programmes.title }).click()
    await page.waitForURL(/\/programmes$/)
    const listed = page.getByRole('list', { name: fr.programmes.listLabel }).getByRole('link', { name: programmeName })
    await listed.waitFor()
    expect(await listed.count()).toBe(1)
    await page.screenshot({ path: join(artifactsDir, 'programmes.png'), fullPage: true })

    await page.setViewportSize({ width: 390, height: 844 })
    await listed.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(artifactsDir, 'programmes-mobile.png'), fullPage: true })
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('runs under the Content-Security-Policy without anything blocked', () => {
    expect(cspViolations).toEqual([])
  })

  it('switches the interface to English, <html lang> included', async () => {
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('en')
    expect(await page.getByRole('button', { name: en.header.signOut }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: en.nav.members, exact: true }).isVisible()).toBe(true)
    await page.getByRole('button', { name: 'Français' }).click()
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe('fr')
  })
})
