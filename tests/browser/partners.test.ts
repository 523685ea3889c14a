/**
 * Methodology transfer in a real browser: the demo trainer opens the partners overview (two partners at different
 * progress), onboards a new partner from the PLS template, lands on its checklist, plans the tools' handover with a
 * dd/mm/yyyy date and reads the partner's configuration — with axe and screenshots on a desktop and a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { browserSession, type BrowserSession } from './support/session'

const TRAINER = 'trainer@binome.demo'
const TRAINING = 'pls-formation'

let session: BrowserSession
let platform: Platform
let page: Page
const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  session = await browserSession('partners', TRAINER)
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const step = (name: string) => page.locator('li.step').filter({ has: page.getByRole('heading', { name, exact: true }) })

describe('a trainer onboards a partner', () => {
  it('sees every partner with its progress from the navigation', async () => {
    await page.goto(`${platform.url}/orgs/${TRAINING}`)
    await page.getByRole('navigation', { name: fr.nav.label }).getByRole('link', { name: fr.nav.partners }).click()
    await page.getByRole('heading', { level: 1, name: fr.partners.title }).waitFor()
    const rows = page.locator('section[aria-labelledby="partners-list-title"] tbody tr')
    expect(await rows.count()).toBe(2)
    const tremplin = rows.filter({ hasText: 'Tremplin Charleroi' })
    await expect.poll(() => tremplin.textContent()).toContain('4 sur 9 étapes faites')
    expect(await tremplin.getByRole('progressbar', { name: 'Avancement de Tremplin Charleroi' }).getAttribute('value')).toBe('4')
    expect(await tremplin.textContent()).toContain(fr.status.membership.active)
    expect(await rows.filter({ hasText: 'Mentorat Verviers' }).textContent()).toContain(fr.status.membership.invited)
    await shoot('partners-overview')
  })

  it('creates a partner from the PLS template and sees its checklist', async () => {
    await page.getByRole('link', { name: fr.partners.new }).click()
    await page.getByRole('heading', { level: 1, name: fr.partners.create.title }).waitFor()
    // Sent empty first: the fields say what is missing, in French, and focus goes to the first.
    await page.getByRole('button', { name: fr.partners.create.submit }).click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('partner-name')
    expect(await page.locator('#partner-admin-email-error').textContent()).toBeTruthy()
    await shoot('partner-new-errors')
    await page.getByLabel(fr.partners.create.name).fill('Mentorat Namur')
    await page.getByRole('radio', { name: fr.partners.methodology['pls-mentoryou'] }).check()
    await page.locator('#partner-admin-email').fill('direction@mentorat-namur.demo')
    await page.locator('#partner-admin-name').fill('Inès Lambert')
    await page.getByRole('button', { name: fr.partners.create.submit }).click()
    await page.getByRole('heading', { level: 1, name: 'Mentorat Namur' }).waitFor()
    expect(page.url()).toMatch(new RegExp(`/orgs/${TRAINING}/partners/[A-Za-z0-9_-]+$`))

    expect(await page.locator('li.step').count()).toBe(8)
    for (const name of [fr.partners.kind.tools, fr.partners.kind['tools-training'], 'Formation : Matching', 'Formation : Clôture et évaluation', 'Séance de suivi sur le terrain nº 1']) {
      expect(await step(name).count(), name).toBe(1)
    }
    expect(await page.getByText('0 sur 8 étapes faites').count()).toBe(1)
    expect(await page.locator('.page-header').textContent()).toContain(fr.status.membership.invited)
    expect(platform.outbox.list({ to: 'direction@mentorat-namur.demo' }).at(-1)?.subject).toContain('Mentorat Namur')
    // The configuration is read through the partnership: the new organisation and its first programme, a draft on
    // the PLS methodology's rules (8 criteria, check-in every 6 weeks).
    const config = page.locator('section[aria-labelledby="configuration-title"]')
    expect(await config.textContent()).toContain('Mentorat Namur')
    expect(await config.textContent()).toContain('Pour la Solidarité — MentorYou')
    expect(await config.textContent()).toContain('Accessibilité géographique')
    await shoot('partner-checklist')
  })

  it('plans a step with a dd/mm/yyyy date and marks it done', async () => {
    const tools = step(fr.partners.kind.tools)
    await tools.getByRole('button', { name: fr.common.edit }).click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('item-tools-status')
    await tools.getByLabel(fr.partners.detail.plannedDate).fill('15/01/2027')
    await tools.getByLabel(fr.partners.detail.notes).fill('Farde du mentor et fiche mentee remises.')
    await shoot('partner-step-editing')
    await tools.getByRole('button', { name: /^Enregistrer/ }).click()
    await page.getByText('« Mise à disposition des outils » est enregistré.').waitFor()
    expect(await tools.textContent()).toContain(fr.status.checklist.planned)
    expect(await tools.textContent()).toContain('15/01/2027')

    // Done without a done date: the field says so; with one, the progress moves.
    await tools.getByRole('button', { name: fr.common.edit }).click()
    await tools.getByLabel(fr.partners.detail.status).selectOption('done')
    await tools.getByRole('button', { name: /^Enregistrer/ }).click()
    await tools.locator('#item-tools-done-error').waitFor()
    await tools.getByLabel(fr.partners.detail.doneDate).fill('16/01/2027')
    await tools.getByRole('button', { name: /^Enregistrer/ }).click()
    await page.getByText('1 sur 8 étapes faites').waitFor()
    expect(await tools.textContent()).toContain(fr.status.checklist.done)
    await shoot('partner-step-done')
  })

  it('adds a field follow-up session', async () => {
    await page.getByLabel(fr.partners.detail.sessionPlanned).fill('02/04/2027')
    await page.getByRole('button', { name: fr.partners.detail.addSession }).click()
    await page.getByText('La séance nº 2 est ajoutée au parcours.').waitFor()
    expect(await step('Séance de suivi sur le terrain nº 2').textContent()).toContain('02/04/2027')
    expect(await page.getByText('1 sur 9 étapes faites').count()).toBe(1)
  })
})
