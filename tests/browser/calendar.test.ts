/**
 * The Calendar tab in a real browser: a coordinator opens the programme's sessions (the demo year: past ones held,
 * upcoming ones with invitations), schedules an information session (with a validation error first), invites a
 * mentee found by name (the e-mail with its .ics lands in the outbox), and ticks attendance of a past session with
 * the keyboard — with axe and screenshots on a desktop and a 390 px phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { browserSession, type BrowserSession } from './support/session'

const ORG = 'pls-mentoryou'
const PROGRAMME = 'mentoryou-2026'

let session: BrowserSession
let platform: Platform
let page: Page
const shoot = (name: string) => session.shoot(name)

beforeAll(async () => {
  session = await browserSession('calendar', 'coordination@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const inFuture = () => {
  const d = new Date(Date.now() + 40 * 86_400_000)
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`
}

describe('the Calendar tab', () => {
  it('lists the upcoming and past sessions of the programme from its tab bar', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}`)
    await page.getByRole('navigation', { name: fr.programmeTabs.label }).getByRole('link', { name: fr.programmeTabs.calendar }).click()
    await page.getByRole('heading', { level: 2, name: fr.calendar.upcoming }).waitFor()
    const upcoming = page.locator('section[aria-labelledby="calendar-upcoming"] tbody tr')
    const past = page.locator('section[aria-labelledby="calendar-past"] tbody tr')
    expect(await upcoming.count()).toBeGreaterThanOrEqual(3)
    expect(await past.count()).toBeGreaterThanOrEqual(10)
    expect(await past.first().textContent()).toContain(fr.calendar.state.held)
    expect(await upcoming.first().textContent()).toContain(fr.calendar.state.scheduled)
    await shoot('calendar-tab')
  })

  it('schedules an information session, naming the missing fields first', async () => {
    await page.getByRole('link', { name: fr.calendar.newInformation }).click()
    await page.getByRole('heading', { level: 2, name: fr.calendar.new.information }).waitFor()
    // The topics the charter asks of an information session are ticked already.
    expect(await page.getByRole('checkbox', { name: fr.calendar.topic['voluntary-nature'] }).isChecked()).toBe(true)
    await page.getByRole('button', { name: fr.calendar.create }).click()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('new-session-title')
    expect(await page.locator('#new-session-title-error').textContent()).toBeTruthy()
    await shoot('calendar-new-errors')
    await page.getByLabel(fr.calendar.form.title).fill('Séance d’information de printemps')
    await page.getByLabel(fr.calendar.form.date).fill(inFuture())
    await page.getByLabel(fr.calendar.form.time).fill('18h30')
    await page.getByLabel(fr.calendar.form.place).fill('Pour la Solidarité, Rue Coenraets 72, 1060 Saint-Gilles')
    await page.getByRole('button', { name: fr.calendar.create }).click()
    await page.getByRole('heading', { level: 2, name: 'Séance d’information de printemps' }).waitFor()
    expect(await page.getByTestId('capacity').textContent()).toContain('0 / 20')
    expect(await page.locator('.facts').textContent()).toContain('18:30 (heure de Bruxelles)')
  })

  it('invites a mentee found by name: the invitation with its calendar file reaches the outbox', async () => {
    // The picker asks the programme's indexed people search with the words typed; it never loads the programme.
    const asked = page.waitForRequest((r) => /\/people\?/.test(r.url()) && new URL(r.url()).searchParams.get('q') === 'Haddad')
    await page.getByLabel(fr.calendar.invite.search).fill('Haddad')
    await asked
    await page.getByRole('checkbox', { name: /Amina Haddad/ }).check()
    await page.getByRole('button', { name: 'Inviter 1 personne' }).click()
    await page.getByText('Invitation envoyée.').waitFor()
    expect(await page.getByTestId('capacity').textContent()).toContain('1 / 20')
    const invitees = page.locator('section[aria-labelledby="invitees-title"] tbody tr')
    expect(await invitees.count()).toBe(1)
    expect(await invitees.first().textContent()).toContain(fr.calendar.mark.none)
    const mail = platform.outbox.list({ to: 'amina.haddad@mentoryou.demo' }).at(-1)!
    expect(mail.subject).toContain('séance d’information')
    expect(mail.attachments?.[0]?.fileName).toBe('seance-information.ics')
    await shoot('calendar-session-invited')
  })

  it('ticks attendance of a past session with the keyboard', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/calendar`)
    const first = page.locator('section[aria-labelledby="calendar-past"] tbody tr').first().getByRole('link')
    await first.click()
    await page.getByRole('heading', { level: 2, name: /Personnes invitées/ }).waitFor()
    const group = page.getByRole('group', { name: /^Présence de / }).first()
    const who = (await group.getAttribute('aria-label')) ?? (await group.locator('legend').textContent())
    // The first invitee's group: focus its checked mark, move with the arrow keys, save with Enter.
    await group.getByRole('radio', { checked: true }).focus()
    await page.keyboard.press('ArrowRight')
    const chosen = await group.getByRole('radio', { checked: true }).getAttribute('value')
    await page.getByRole('button', { name: fr.calendar.attendance.save }).focus()
    await page.keyboard.press('Enter')
    await page.getByText(fr.calendar.attendance.saved).waitFor()
    await page.reload()
    const again = page.getByRole('group', { name: /^Présence de / }).first()
    expect(await again.getByRole('radio', { checked: true }).getAttribute('value'), String(who)).toBe(chosen)
    await shoot('calendar-attendance')
  })
})
