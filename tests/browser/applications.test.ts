/**
 * Someone applies through a programme's public form, without an account, in a real browser: first in French with
 * required answers left empty (each named under its question, focus on the first, what was typed kept), then an
 * unknown locality the API refuses (named under its question too), then received, with the acknowledgement mailed in
 * French; then in English through the page's language switch, with the consent forgotten first. Axe on every state;
 * screenshots on a desktop and a phone.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { findField } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import en from '../../web/src/lib/i18n/en.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInWithSession } from './support/sign-in'
import { artifactsDir } from './support/web-build'

const shotsDir = join(artifactsDir, 'applications')
const form = methodologyRules('pls-mentoryou')!.forms.mentee
const question = (id: string, lang: 'fr' | 'en' = 'fr') => findField(form, id)!.label[lang]
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

let session: BrowserSession
let platform: Platform
let page: Page
let link: string
let token: string

const labelled = (label: string) => page.getByLabel(new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`))
/** The error under a control, as assistive technology reaches it: through its aria-describedby. */
async function describedError(label: string): Promise<string> {
  const ids = ((await labelled(label).getAttribute('aria-describedby')) ?? '').split(' ').filter((id) => id.endsWith('-error'))
  return ids.length ? ((await page.locator(`[id="${ids[0]}"]`).textContent()) ?? '').trim() : ''
}

async function fillAnswers(lang: 'fr' | 'en', locality: string) {
  const words = lang === 'fr' ? fr : en
  await labelled(question('workPermit', lang)).selectOption('yes')
  await labelled(question('jobSeekerRegistered', lang)).selectOption('yes')
  await page.getByRole('button', { name: words.person.addLanguage }).click()
  await labelled(words.person.language.replace('{n}', '1')).selectOption('ti')
  await labelled(words.person.level.replace('{n}', '1')).selectOption('native')
  await labelled(question('locality', lang)).fill(locality)
  await labelled(question('sector', lang)).selectOption('healthcare')
  await labelled(question('function', lang)).selectOption('nurse')
  await labelled(question('path', lang)).fill('Infirmière à Asmara pendant huit ans')
  await labelled(question('motivation', lang)).fill('Reprendre mon métier')
  await labelled(question('expectations', lang)).fill('Faire reconnaître mon diplôme')
}

beforeAll(async () => {
  // No one signed in: the applicant has no account; the admin signs in in the last test.
  session = await browserSession('apply', undefined, {
    async prepare(p) {
      const admin = await signIn(p, 'admin@mentoryou.demo')
      const published = await admin.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/public-form`)
      token = published.body.token
      link = `${p.url}/apply/${token}/mentee`
    },
  })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
})

afterAll(() => session?.close())

describe('applying through the public form', () => {
  it('in French: names each empty required answer, keeps what was typed, then the API’s refusal, then receives it', async () => {
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Être accompagné·e par un·e mentor' }).waitFor()
    expect(await page.textContent('body')).toContain('MentorYou 2026-2027')
    expect(await page.textContent('body')).toContain('Pour la Solidarité (PLS) traite les données')
    // Staff's own questions (the selection interview, the referring partner) are not asked.
    expect(await page.textContent('body')).not.toContain('Entretien de sélection')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'form-fr.png'), fullPage: true })

    await labelled(fr.apply.firstName).fill('Hana')
    await labelled(fr.apply.lastName).fill('Girma')
    await labelled(fr.apply.email).fill('hana.girma@exemple.be')
    await labelled(fr.apply.birthDate).fill('08/03/1994')
    await page.getByRole('button', { name: fr.apply.submit }).click()
    // Each required answer left empty is named under its question; focus goes to the first; nothing typed is lost.
    await expect.poll(() => labelled(question('workPermit')).getAttribute('aria-invalid')).toBe('true')
    expect(await describedError(question('sector'))).toBe(fr.validation.required)
    expect(await page.evaluate('document.activeElement?.id')).toBe('apply-workPermit')
    expect(await labelled(fr.apply.firstName).inputValue()).toBe('Hana')
    expect(await page.getByRole('alert').first().textContent()).toMatch(/champs sont à corriger/)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'required-fr.png'), fullPage: true })

    // A locality the gazetteer does not know: the API's refusal is named under its question too.
    await fillAnswers('fr', 'Atlantide')
    await page.getByRole('checkbox', { name: new RegExp(escape(fr.apply.consent)) }).check()
    await page.getByRole('button', { name: fr.apply.submit }).click()
    await expect.poll(() => labelled(question('locality')).getAttribute('aria-invalid')).toBe('true')
    expect(await describedError(question('locality'))).not.toBe('')
    expect(await labelled(question('motivation')).inputValue()).toBe('Reprendre mon métier')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'refused-fr.png'), fullPage: true })

    await labelled(question('locality')).fill('Schaerbeek')
    await page.getByRole('button', { name: fr.apply.submit }).click()
    await page.getByRole('heading', { level: 1, name: fr.apply.receivedTitle }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'received-fr.png'), fullPage: true })
    await expect.poll(() => platform.outbox.list({ to: 'hana.girma@exemple.be' }).length).toBe(1)
    expect(platform.outbox.list({ to: 'hana.girma@exemple.be' })[0]!.subject).toBe('MentorYou 2026-2027 : candidature reçue')
  })

  it('in English, chosen on the page: the consent forgotten is named, then received, acknowledged in English', async () => {
    await page.goto(link)
    await page.getByRole('heading', { level: 1, name: 'Être accompagné·e par un·e mentor' }).waitFor()
    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Be supported by a mentor' }).waitFor()
    expect(await page.textContent('body')).toContain('processes the data in your application')
    await labelled(en.apply.firstName).fill('Daniel')
    await labelled(en.apply.lastName).fill('Mensah')
    await labelled(en.apply.email).fill('daniel.mensah@exemple.be')
    await labelled(en.apply.birthDate).fill('02/09/1995')
    await fillAnswers('en', 'Ixelles')
    await page.getByRole('button', { name: en.apply.submit }).click()
    const consent = page.getByRole('checkbox', { name: new RegExp(escape(en.apply.consent)) })
    await expect.poll(() => consent.getAttribute('aria-invalid')).toBe('true')
    expect(await consent.getAttribute('aria-describedby')).toContain('apply-consent-error')
    expect(await page.locator('#apply-consent-error').textContent()).toBe(en.validation.required)
    expect(await seriousViolations(page)).toEqual([])
    await page.setViewportSize({ width: 390, height: 844 })
    expect(await page.evaluate('document.documentElement.scrollWidth'), 'fits a phone').toBeLessThanOrEqual(390)
    await page.screenshot({ path: join(shotsDir, 'consent-en-phone.png'), fullPage: true })

    await consent.check()
    await page.getByRole('button', { name: en.apply.submit }).click()
    await page.getByRole('heading', { level: 1, name: en.apply.receivedTitle }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'received-en-phone.png'), fullPage: true })
    await expect.poll(() => platform.outbox.list({ to: 'daniel.mensah@exemple.be' }).length).toBe(1)
    const mail = platform.outbox.list({ to: 'daniel.mensah@exemple.be' })[0]!
    expect(mail.subject).toBe('MentorYou 2026-2027: application received')
    expect(mail.text).toContain('Hello Daniel')
  })

  it('the admin sees the links on the programme’s overview and opens the mentors’ side', async () => {
    await page.setViewportSize({ width: 1280, height: 900 })
    // The sign-in screen is not this test's subject: the session is set (a code newer than the API's sign-in above).
    await signInWithSession(page, platform, 'admin@mentoryou.demo')
    // The applicant before may have chosen English in this browser; the admin reads French.
    await page.evaluate("localStorage.setItem('binome.locale', 'fr')")
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)
    const panel = page.getByRole('region', { name: fr.publicForm.title })
    await panel.waitFor()
    expect(await panel.getByLabel(fr.publicForm.link.replace(/\{side.*$/, 'mentees')).inputValue()).toBe(`${platform.url}/apply/${token}/mentee`)
    await panel.getByRole('button', { name: 'Ouvrir les candidatures des mentors' }).click()
    await panel.getByRole('button', { name: 'Fermer les candidatures des mentors' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'overview-panel.png'), fullPage: true })
    await page.goto(`${platform.url}/apply/${token}/mentor`)
    await page.getByRole('heading', { level: 1, name: 'Devenir mentor' }).waitFor()
    expect(await page.getByRole('button', { name: fr.apply.submit }).count()).toBe(1)
  })
})
