/**
 * The mentors' community in a real browser (issue 10; seeds 001 and 004): a coordinator plans the peer meetings of the
 * next six months at once from the calendar, and writes the mentors' newsletter — a send without its subject says
 * which field, a whole one reaches the active mentors (in the outbox, each with their own unsubscribe link) and is
 * listed; the demo mentor's page lists her peer meetings. With axe and screenshots on a desktop and a 390 px phone.
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
  session = await browserSession('community', 'coordination@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

/** A day about six weeks ahead, as a French reader types it. */
const inFuture = () => {
  const d = new Date(Date.now() + 40 * 86_400_000)
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`
}

describe('the mentors’ community', () => {
  it('plans six months of peer meetings at once, from the calendar', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/calendar`)
    await page.getByRole('link', { name: fr.calendar.series.title }).click()
    await page.getByRole('heading', { name: fr.calendar.series.title }).waitFor()
    await page.getByLabel(fr.calendar.form.date).fill(inFuture())
    await page.getByLabel(fr.calendar.form.time).fill('18h30')
    await page.getByLabel(fr.calendar.form.place).fill('Pour la Solidarité, Rue Coenraets 72, 1060 Saint-Gilles')
    await page.getByLabel(fr.calendar.series.everyWeeks).fill('8')
    await shoot('community-series-form')
    await page.getByRole('button', { name: fr.calendar.series.submit }).click()
    // Every eight weeks over six months from the first: four meetings.
    const planned = page.getByRole('status').filter({ hasText: 'rencontres planifiées' })
    await planned.waitFor()
    expect(await planned.textContent()).toContain('4 rencontres planifiées')
    await shoot('community-series-planned')
  })

  it('lists the demo mentor’s peer meetings on her page, in a table that scrolls in its own region on a phone', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/people/mentor-01`)
    // The card is a region named by its title, and so is the table's scroll container inside it.
    const region = page.getByRole('region', { name: fr.person.peer.title }).getByRole('region', { name: fr.person.peer.title })
    await region.getByRole('table').waitFor()
    // The seed invited her to its held meetings and registered her for the next one.
    expect(await region.getByRole('row').count()).toBeGreaterThan(1)
    expect(await region.getAttribute('tabindex')).toBe('0')
    await shoot('community-mentor-participation')
  })

  it('sends the newsletter to the active mentors, after saying which field is missing', async () => {
    await page.goto(`${platform.url}/orgs/${ORG}/programmes/${PROGRAMME}/calendar/newsletters`)
    await page.getByRole('heading', { name: fr.newsletter.write }).waitFor()
    await page.getByLabel(fr.newsletter.body).fill('Bonjour à toutes et tous, la prochaine rencontre entre mentors aura lieu en janvier.')
    await page.getByRole('button', { name: fr.newsletter.send }).click()
    await expect.poll(() => page.locator('#newsletter-subject[aria-invalid="true"]').count()).toBe(1)
    expect(platform.outbox.list().filter((m) => m.subject === 'Rencontre entre mentors en janvier')).toHaveLength(0)
    await shoot('community-newsletter-missing-subject')

    await page.getByLabel(fr.newsletter.subject).fill('Rencontre entre mentors en janvier')
    await page.getByRole('button', { name: fr.newsletter.send }).click()
    // Mailed in the background: the page polls the newsletter and says its counts once the worker has sent it.
    const sent = page.getByRole('status').filter({ hasText: 'Envoyée à' })
    await sent.waitFor({ timeout: 60_000 })
    const mails = platform.outbox.list().filter((m) => m.subject === 'Rencontre entre mentors en janvier')
    expect(mails.length).toBeGreaterThan(0)
    expect(await sent.textContent()).toContain(`Envoyée à ${mails.length} mentor(s)`)
    // Each mentor's mail carries their own unsubscribe link.
    const links = mails.map((m) => /\/newsletter\/[^\s")]+/.exec(m.text ?? '')?.[0])
    expect(links.every(Boolean)).toBe(true)
    expect(new Set(links).size).toBe(mails.length)
    await page.getByRole('cell', { name: 'Rencontre entre mentors en janvier' }).waitFor()
    await page.getByRole('cell', { name: fr.newsletter.state.sent, exact: true }).first().waitFor()
    await shoot('community-newsletter-sent')
  })
})
