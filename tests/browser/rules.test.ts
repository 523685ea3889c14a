/**
 * A programme's rules in a real browser, as the MentorYou admin edits them: builds a field of the mentee form
 * (label in three languages, an option, moved up with the keyboard) and sees it in the applicant's preview; moves
 * criteria weights and sees the sample pairs' ranking move (the matching engine running in the page); edits a
 * cadence; breaks a template and sees the problem on its line; meets someone else's save (409) and reloads; reads
 * the history's difference — with axe and screenshots on a desktop and on a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const ADMIN = 'admin@mentoryou.demo'
const rulesPath = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules`

let session: BrowserSession
let platform: Platform
let page: Page
let api: ApiClient

beforeAll(async () => {
  // The whole demo with its first runs, the admin signed in.
  session = await browserSession('rules', ADMIN, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  // A second session of the admin, for "someone else saved meanwhile" (after the browser's, whose code it must not take).
  api = await signIn(platform, ADMIN)
})

afterAll(() => session?.close())

/** axe and screenshots (SHOTS_DIR or tests/artifacts) on a desktop, then on a 390 px phone. */
const shoot = (name: string) => session.shoot(name)

const open = (p: string) => page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/rules/${p}`)
const saved = (version: number) => page.getByRole('status').filter({ hasText: fr.rules.saved.replace('{version}', String(version)) })

describe('the rules of a programme', () => {
  it('opens on the forms from the programme’s Rules tab, and builds a field the applicant then sees', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`)
    await page.getByRole('link', { name: fr.programmeTabs.rules }).click()
    await page.waitForURL(/\/rules\/forms$/)
    await page.getByRole('heading', { name: fr.rules.pages.forms, level: 2 }).waitFor()

    // A single-choice field at the end of the first section of the mentee form.
    const add = page.locator('form', { has: page.locator('#new-field-situation-label') })
    await add.getByLabel(fr.rules.forms.newFieldKind).selectOption('single-choice')
    await add.getByLabel(fr.rules.forms.newFieldLabel).fill('Moyen de transport préféré')
    await add.getByRole('button', { name: fr.rules.forms.addField }).click()
    // Focus goes to the English label of the new field, the next thing to fill.
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('field-moyen-de-transport-prefere-label-en')
    await page.keyboard.type('Preferred transport')
    await page.locator('#field-moyen-de-transport-prefere-label-nl').fill('Voorkeursvervoer')
    await page.locator('#option-new-moyen-de-transport-prefere').fill('Vélo')
    await page.locator('#option-new-moyen-de-transport-prefere').press('Enter')
    await page.locator('#option-moyen-de-transport-prefere-velo-en').fill('Bicycle')
    await page.locator('#option-moyen-de-transport-prefere-velo-nl').fill('Fiets')

    // Moved up with the keyboard: the field before it changes places, and the move is announced.
    const fields = page.locator('section[aria-labelledby="section-situation-heading"] ol.fields > li')
    const last = async () => (await fields.last().locator('code.field-id').textContent())?.trim()
    expect(await last()).toBe('moyen-de-transport-prefere')
    await page.locator('#field-moyen-de-transport-prefere-up').focus()
    await page.keyboard.press('Enter')
    await expect.poll(last).not.toBe('moyen-de-transport-prefere')
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('field-moyen-de-transport-prefere-up')
    expect(await page.locator('[aria-live="polite"]').first().textContent()).toContain('Moyen de transport préféré')

    // The applicant's preview shows it, with its option.
    const preview = page.locator('section[aria-labelledby="preview-title"]')
    await expect.poll(() => preview.getByRole('group', { name: 'Moyen de transport préféré' }).count()).toBe(1)
    expect(await preview.getByRole('radio', { name: 'Vélo' }).count()).toBe(1)

    await page.getByLabel(fr.rules.save.note).first().fill('Question sur le transport')
    await page.getByRole('button', { name: fr.rules.save.button, exact: true }).click()
    await saved(2).waitFor()
    await shoot('rules-forms')
  })

  it('moves the sample pairs’ ranking as the weights move, before anything is saved', async () => {
    await open('criteria')
    const rows = page.locator('table.ranking tbody tr')
    await rows.first().waitFor({ timeout: 30_000 })
    const order = () => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-pair')))
    const before = await order()
    expect(before.length).toBeGreaterThan(3)
    expect(await page.locator('table.ranking tbody tr[data-moved]:not([data-moved="0"])').count()).toBe(0)

    // With the keyboard: geography and sector weigh nothing, hobbies and languages all.
    for (const [id, key] of [['geo', 'Home'], ['sector', 'Home'], ['function', 'Home'], ['hobbies', 'End'], ['languages', 'End']] as const) {
      await page.locator(`#crit-${id}-weight`).focus()
      await page.keyboard.press(key)
    }
    expect(await page.locator('#crit-sector-weight').getAttribute('aria-valuetext')).toBe(fr.rules.criteria.weightOf.replace('{n}', '0'))
    await expect.poll(order).not.toEqual(before)
    expect(await page.locator('table.ranking tbody tr[data-moved]:not([data-moved="0"])').count()).toBeGreaterThan(0)
    await expect.poll(() => page.locator('section[aria-labelledby="preview-title"] [aria-live="polite"]').textContent(), { timeout: 5_000 })
      .toContain('Classement mis à jour')
    await shoot('rules-criteria')
    // Left unsaved: the next page starts from the saved rules.
    await page.getByRole('button', { name: fr.rules.save.discard }).click()
  })

  it('edits a cadence, and says so; the value is kept when the page is read again', async () => {
    await open('cadences')
    const meetings = page.getByLabel(fr.rules.props.meetingsPerMonth)
    await meetings.fill('3')
    await page.getByRole('button', { name: fr.rules.save.button, exact: true }).click()
    await saved(3).waitFor()
    await page.reload()
    expect(await page.getByLabel(fr.rules.props.meetingsPerMonth).inputValue()).toBe('3')
    await shoot('rules-cadences')
  })

  it('offers to reload when someone else saved meanwhile, and starts again from their version', async () => {
    await open('cadences')
    // The page has read version 3 before the other session saves version 4.
    await page.getByText('Version 3 en vigueur', { exact: false }).waitFor()
    await page.getByLabel(fr.rules.props.checkInEveryWeeks).waitFor()
    const current = (await api.get(rulesPath)).body
    expect(current.version).toBe(3)
    // Another session saves the cadences (PATCH: MentorYou's whole rules, 64.9 KB, no longer fit the API's 64 KB body limit).
    expect((await api.request('PATCH', rulesPath, { version: current.version, cadences: current.rules.cadences, note: 'ailleurs' })).status).toBe(200)
    await page.getByLabel(fr.rules.props.checkInEveryWeeks).fill('4')
    await page.getByRole('button', { name: fr.rules.save.button, exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: fr.rules.save.conflict })
    await alert.waitFor()
    await shoot('rules-conflict')
    await alert.getByRole('button', { name: fr.rules.save.reload }).click()
    await page.getByRole('status').filter({ hasText: 'Version 4 rechargée' }).waitFor()
    expect(await page.getByLabel(fr.rules.props.checkInEveryWeeks).inputValue()).toBe('6')
  })

  it('shows a broken template’s problem on its line, and a correct one rendered', async () => {
    await open('templates')
    await page.locator('#template-kind').selectOption('email-proposal')
    const body = page.locator('#template-body')
    await body.fill('Bonjour {{ recipient.firstName }},\n\nVoici une proposition.\n{% if %}\nÀ bientôt')
    await page.getByRole('button', { name: fr.rules.templates.preview }).click()
    const problem = page.locator('#template-body-problems li[data-line="4"]')
    await problem.waitFor()
    expect(await problem.textContent()).toContain('Ligne 4')
    expect(await page.locator('.gutter .n.bad').evaluateAll((ns) => ns.map((n) => n.getAttribute('data-line')))).toEqual(['4'])
    expect(await body.getAttribute('aria-invalid')).toBe('true')
    // "Go to line" puts the caret on that line.
    await problem.getByRole('button').click()
    const caretLine = await body.evaluate((el) => {
      const area = el as unknown as { value: string; selectionStart: number }
      return area.value.slice(0, area.selectionStart).split('\n').length
    })
    expect(caretLine).toBe(4)
    await shoot('rules-template-error')

    await body.fill('Bonjour {{ recipient.firstName }},\n\nVoici une proposition.')
    await page.getByRole('button', { name: fr.rules.templates.preview }).click()
    await page.getByRole('heading', { name: fr.rules.templates.renderedTitle }).waitFor()
    expect(await page.locator('.gutter .n.bad').count()).toBe(0)
  })

  it('lists the versions with who and when, and says the difference between two of them', async () => {
    await open('history')
    const rows = page.locator('table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBeGreaterThanOrEqual(4)
    await page.getByLabel(fr.rules.history.from).selectOption('2')
    await page.getByLabel(fr.rules.history.to).selectOption('3')
    await page.getByRole('button', { name: fr.rules.history.compare }).click()
    const changes = page.locator('section[aria-labelledby="changes-title"]')
    // The page opened on the last two versions' difference; this one replaces it.
    await expect.poll(() => changes.locator('h3').textContent()).toContain('De la version 2 à la version 3')
    // The heading follows the chosen versions at once; their difference arrives with the API's answer.
    await expect.poll(() => changes.textContent()).toContain(fr.rules.props.meetingsPerMonth)
    expect(await changes.locator('.before').first().textContent()).toBe('2')
    expect(await changes.locator('.after').first().textContent()).toBe('3')
    await shoot('rules-history')
  })
})
