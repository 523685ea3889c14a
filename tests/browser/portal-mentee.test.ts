/**
 * A mentee's sessions in her portal, read by a browser in UTC (issue 10 follow-ups): the demo mentee (Amina Haddad)
 * finds « Mes séances » with her next session (packages/local/src/seed/demo-mentee-session.ts) at its Brussels time,
 * 18:30, although the browser's zone is UTC (where it would read 16:30 or 17:30), and downloads its calendar file;
 * her duo's closing interview says its place after a spaced dash. Then a coordinator's staff duo page says the same
 * (« En présentiel — … ») and the organisation's results keep their section spacing above « Par programme ».
 * Axe and screenshots on a desktop and a 390 px phone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'
import { signInWithSession } from './support/sign-in'

const MENTEE = 'mentee@mentoryou.demo'
const COORDINATOR = 'coordination@mentoryou.demo'
const PLACE = 'Bureaux de MentorYou, Rue Coenraets 72'
let s: BrowserSession
/** The demo mentee's next session as the API lists it to her, and her active duo. */
let next: { sessionId: string; title: string; startsAt: string; startsAtUtc: string; place: string | null }
let duoId: string
/** The closing interview's day, three weeks ahead (a Brussels wall time at 18:30). */
const interviewDay = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  s = await browserSession('portal-mentee', MENTEE, {
    timezoneId: 'UTC',
    prepare: async (platform) => {
      const mentee = await signIn(platform, MENTEE)
      next = (await mentee.get(`/api/matching/orgs/${PLS}/me/sessions`)).body.items[0]
      duoId = (await mentee.get(`/api/matching/orgs/${PLS}/me/duos`)).body.items.find((d: { state: string }) => d.state === 'active').id
      const coordinator = await signIn(platform, COORDINATOR)
      const planned = await coordinator.put(`/api/monitoring/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}/closing-interview`, {
        startsAt: `${interviewDay}T18:30`, minutes: 60, mode: 'in-person', place: PLACE,
      })
      expect(planned.status, JSON.stringify(planned.body)).toBe(200)
    },
  })
})
afterAll(() => s?.close())

describe('a mentee’s sessions in her portal, in Brussels time', () => {
  it('lists her next session at 18:30 in a UTC browser and gives its calendar file', async () => {
    expect(next).toMatchObject({ title: 'Séance d’information collective — témoignage d’un binôme' })
    expect(next.startsAt.slice(11)).toBe('18:30')
    const { page } = s
    await page.goto(`${s.platform.url}/orgs/${PLS}/portal`)
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC')
    const section = page.locator('section[aria-labelledby="my-sessions-title"]')
    await section.getByRole('heading', { name: fr.portal.sessions.title }).waitFor()
    const [y, m, d] = next.startsAt.slice(0, 10).split('-')
    const when = fr.portal.sessions.when.replace('{date}', `${d}/${m}/${y}`).replace('{time}', '18:30').replace('{minutes}', '90')
    await section.getByText(when).waitFor()
    await section.getByText(next.place!).waitFor()
    // The UTC wall time (16:30 or 17:30) is said nowhere.
    expect(await section.innerText()).not.toMatch(/\b1[67]:30\b/)

    const button = section.getByRole('button', { name: `${fr.portal.sessions.addToCalendar} : ${next.title}` })
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe(`seance-information-${next.startsAt.slice(0, 10)}.ics`)
    // The run's one Chromium may be remote: the file is saved here rather than read where the browser put it.
    const saved = join(s.dataDir, download.suggestedFilename())
    await download.saveAs(saved)
    const ics = readFileSync(saved, 'utf8')
    expect(ics).toContain(`DTSTART:${next.startsAtUtc.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`)
    expect(ics).toMatch(/DTSTART:\d{8}T1[67]3000Z/)
    await page.getByText(fr.portal.sessions.calendarSaid).waitFor({ state: 'attached' })
    await s.shoot('portal-mentee-sessions')
  })

  it('says her closing interview at 18:30 with its place after a spaced dash', async () => {
    const { page } = s
    await page.goto(`${s.platform.url}/orgs/${PLS}/portal/duos/${duoId}`)
    const card = page.locator('section[aria-labelledby="portal-closing-title"]')
    await card.waitFor()
    expect(await card.innerText()).toContain('18:30')
    await card.getByText(`${fr.duoEnd.interview.modes['in-person']} — ${PLACE}`).waitFor()
    await s.shoot('portal-mentee-closing')
  })

  it('shows staff the interview’s place after a spaced dash and the results’ sections spaced', async () => {
    const { page } = s
    await signInWithSession(page, s.platform, COORDINATOR)
    await page.goto(`${s.platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/duos/${duoId}`)
    const place = page.getByText(`${fr.duoEnd.interview.modes['in-person']} — ${PLACE}`)
    await place.waitFor()
    const [y, m, d] = interviewDay.split('-')
    await page.getByText(`${d}/${m}/${y} 18:30`).first().waitFor()
    await place.scrollIntoViewIfNeeded()
    await s.shoot('staff-duo-closing-place')

    await page.goto(`${s.platform.url}/orgs/${PLS}/results`)
    const heading = page.getByRole('heading', { name: fr.results.programmes, level: 2 })
    await heading.waitFor()
    // 1.5rem above, as the results' other sections have (it sat at 0 under the last chart's table toggle).
    expect(await heading.evaluate((h) => (globalThis as unknown as { getComputedStyle(e: unknown): { marginTop: string } }).getComputedStyle(h).marginTop)).toBe('24px')
    await s.shoot('org-results-by-programme')
  })
})
