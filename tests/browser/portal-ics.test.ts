/**
 * "Add to my calendar" in a real browser (issue 10): the demo mentor opens her portal, finds the next peer meeting she
 * registered for (the demo's community, packages/local/src/seed/demo-community.ts) and downloads its calendar file;
 * the file is a calendar holding the meeting at its start — with axe and screenshots on a desktop and a 390 px phone.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const MENTOR = 'mentor@mentoryou.demo'
let s: BrowserSession
/** The next peer meeting as the API lists it to the mentor. */
let next: { sessionId: string; title: string; startsAtUtc: string; registration: string | null }

beforeAll(async () => {
  s = await browserSession('portal-ics', MENTOR, {
    prepare: async (platform) => {
      const mentor = await signIn(platform, MENTOR)
      next = (await mentor.get(`/api/matching/orgs/${PLS}/me/peer-meetings`)).body.items[0]
    },
  })
})
afterAll(() => s?.close())

describe('a peer meeting’s calendar file in the portal', () => {
  it('downloads the meeting the mentor registered for, as a calendar at its start', async () => {
    expect(next).toMatchObject({ title: 'Rencontre entre mentors', registration: 'registered' })
    const { page } = s
    await page.goto(`${s.platform.url}/orgs/${PLS}/portal`)
    const button = page.getByRole('button', { name: `${fr.portal.peer.addToCalendar} : ${next.title}` }).first()
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/^rencontre-mentors-\d{4}-\d{2}-\d{2}\.ics$/)
    // The run's one Chromium may be remote: the file is saved here rather than read where the browser put it.
    const saved = join(s.dataDir, download.suggestedFilename())
    await download.saveAs(saved)
    const ics = readFileSync(saved, 'utf8')
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    const start = next.startsAtUtc.replace(/[-:]/g, '').replace(/\.\d{3}/, '')
    expect(ics).toContain(`DTSTART:${start}`)
    await page.getByText(fr.portal.peer.calendarSaid).waitFor({ state: 'attached' })
    await s.shoot('portal-ics')
  })
})
