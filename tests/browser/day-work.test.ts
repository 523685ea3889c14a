/**
 * A coordinator's day in a real browser: after a matching run and the daily sweep on the demo data, the
 * MentorYou coordinator signs in, finds the day's work on the organisation's home, follows a line to the
 * programme, goes through every tab with the keyboard, reloads on a tab's own address, and opens the old
 * programme address — with axe on the home and on each tab, on a desktop and on a 390 px phone.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'
const programmeUrl = () => `${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`

let session: BrowserSession
let platform: Platform
let page: Page
/** Screenshots go to SHOTS_DIR when given (to look at them), else with the other test artifacts. */
let shotsDir: string

beforeAll(async () => {
  // Without the demo's own first runs: the one finished run below is the one the home must show.
  // The people as recruited, before the demo's duos (their alerts and counts are tests/api/demo-duos.test.ts's).
  session = await browserSession('day-work', COORDINATOR, {
    platform: { demoDuos: false },
    async prepare(p) {
      // Work for the day: a finished matching run (by the other coordinator) and the daily sweep's alerts.
      const other = await signIn(p, 'coordination2@mentoryou.demo')
      expect((await other.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, {})).status).toBe(202)
      await p.drain()
      await p.runSchedule('daily-monitoring')
    },
  })
  ;({ platform, page, shotsDir } = session)
})

afterAll(() => session?.close())

/** Screenshots of the page as it is, on a desktop and on a 390 px phone; the phone must not scroll sideways. */
async function shoot(name: string) {
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  expect(await page.evaluate('document.documentElement.scrollWidth'), `${name} fits a phone`).toBeLessThanOrEqual(390)
  expect(await seriousViolations(page), `${name} on a phone`).toEqual([])
  await page.screenshot({ path: join(shotsDir, `${name}-mobile.png`), fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
}

const tabBar = () => page.getByRole('navigation', { name: fr.programmeTabs.label })
const currentTabName = async () => (await tabBar().locator('[aria-current="page"]').textContent())?.trim()

describe("a coordinator's day", () => {
  it('opens the organisation from the home on the day of work', async () => {
    await page.locator('section[aria-labelledby="orgs-title"] a').first().click()
    await page.waitForURL(new RegExp(`/orgs/${PLS}$`))

    const work = page.getByRole('region', { name: fr.dayWork.title })
    await work.waitFor()
    // When the sweep ran, its alerts, the finished run and the applicants, each a link to its programme tab.
    expect(await work.textContent()).toMatch(/Suivi quotidien passé le /)
    const alerts = work.getByRole('list', { name: /^Alertes du suivi/ })
    expect(await alerts.getByRole('link', { name: /9 mentoré·es inscrit·es attendent un mentor/ }).count()).toBe(1)
    const runs = work.getByRole('list', { name: /^Matching terminé récemment/ })
    expect(await runs.getByRole('link').getAttribute('href')).toBe(`/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    const waiting = work.getByRole('list', { name: /^En attente d’une décision/ })
    expect(await waiting.getByRole('link', { name: /personnes attendent une décision/ }).getAttribute('href')).toBe(
      `/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`,
    )
    expect(await work.getByText(fr.dayWork.nothing).count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('home')
  })

  it('follows an alert to the Matching tab of its programme', async () => {
    await page
      .getByRole('region', { name: fr.dayWork.title })
      .getByRole('link', { name: /9 mentoré·es inscrit·es attendent un mentor/ })
      .click()
    await page.waitForURL(`${programmeUrl()}/matching`)
    await page.getByRole('heading', { level: 2, name: fr.matching.title }).waitFor()
    expect(await currentTabName()).toBe(fr.programmeTabs.matching)
    expect(await page.title()).toMatch(new RegExp(`^${fr.programmeTabs.matching} · `))
  })

  it('goes through every tab with the keyboard, each with its own address and no serious axe finding', async () => {
    const tabs = [
      { name: fr.programmeTabs.overview, url: programmeUrl(), ready: () => page.getByRole('heading', { level: 2, name: fr.programme.details }) },
      { name: fr.programmeTabs.people, url: `${programmeUrl()}/people`, ready: () => page.getByRole('heading', { level: 2, name: fr.people.title }) },
      { name: fr.programmeTabs.matching, url: `${programmeUrl()}/matching`, ready: () => page.getByRole('heading', { level: 2, name: fr.matching.title }) },
      { name: fr.programmeTabs.duos, url: `${programmeUrl()}/duos`, ready: () => page.getByRole('heading', { level: 2, name: fr.duos.title }) },
      { name: fr.programmeTabs.tracking, url: `${programmeUrl()}/tracking`, ready: () => page.getByRole('heading', { level: 2, name: fr.tracking.title }) },
      { name: fr.programmeTabs.calendar, url: `${programmeUrl()}/calendar`, ready: () => page.getByRole('heading', { level: 2, name: fr.calendar.upcoming }) },
    ]
    for (const [i, tab] of tabs.entries()) {
      // After each navigation focus is on the programme's heading; the tab bar comes next in the keyboard order.
      await expect.poll(() => page.evaluate('document.activeElement?.tagName'), { message: `focus before ${tab.name}` }).toBe('H1')
      for (let n = 0; n <= i; n++) await page.keyboard.press('Tab')
      expect((await page.evaluate('document.activeElement?.textContent'))?.toString().trim()).toBe(tab.name)
      await page.keyboard.press('Enter')
      await page.waitForURL(tab.url)
      await tab.ready().waitFor()
      expect(await currentTabName()).toBe(tab.name)
      expect(await seriousViolations(page), tab.name).toEqual([])
      await shoot(`tab-${['overview', 'people', 'matching', 'duos', 'tracking', 'calendar'][i]}`)
    }
  })

  it('shows the overview counts: people by side and stage, those waiting for a decision, and the latest run', async () => {
    await page.goto(programmeUrl())
    const mentees = page.getByRole('region', { name: new RegExp(`^${fr.people.mentees}`) })
    await mentees.waitFor()
    // The demo programme has 17 mentees: 9 ready, the others one or two at each earlier step (see the seed), and two
    // more at `applied` who applied through the public form.
    const terms = await mentees.locator('dt').allTextContents()
    const numbers = await mentees.locator('dd').allTextContents()
    expect(Object.fromEntries(terms.map((t, i) => [t.trim(), numbers[i]?.trim()]))).toEqual({
      [fr.status.person.applied]: '4',
      [fr.status.person.informed]: '1',
      [fr.status.person.interviewed]: '1',
      [fr.status.person.accepted]: '1',
      [fr.status.person.refused]: '1',
      [fr.status.person.ready]: '9',
    })
    // Applied, informed and interviewed: 6 people still to decide on.
    expect(await mentees.textContent()).toContain('6 personnes attendent une décision.')
    const latest = page.getByRole('region', { name: fr.overview.latestRun })
    expect(await latest.textContent()).toContain(fr.status.run.completed)
    expect(await currentTabName()).toBe(fr.programmeTabs.overview)
  })

  it('opens a tab from its own address on reload (the SPA fallback serves it)', async () => {
    await page.goto(`${programmeUrl()}/people`)
    await page.getByRole('heading', { level: 2, name: fr.people.title }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 2, name: fr.people.title }).waitFor()
    expect(await currentTabName()).toBe(fr.programmeTabs.people)
    const direct = await fetch(`${programmeUrl()}/matching`)
    expect(direct.status).toBe(200)
    expect(direct.headers.get('content-type')).toMatch(/text\/html/)
  })

  it('says which source failed, and then never "nothing to do"', async () => {
    const sweepRoute = /\/api\/monitoring\/orgs\/[^/]+\/sweep$/
    await page.route(sweepRoute, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'down' } }) }),
    )
    await page.goto(`${platform.url}/orgs/${PLS}`)
    const work = page.getByRole('region', { name: fr.dayWork.title })
    await work.getByRole('alert').filter({ hasText: fr.dayWork.failed.sweep }).waitFor()
    expect(await work.getByText(fr.dayWork.nothing).count()).toBe(0)
    // The other sources still show their lines.
    expect(await work.getByRole('list', { name: /^En attente d’une décision/ }).count()).toBe(1)
    expect(await seriousViolations(page)).toEqual([])
    await page.unroute(sweepRoute)
  })

  it('says "nothing to do" when the sweep ran and every source is empty', async () => {
    const empty = JSON.stringify({ items: [], nextCursor: null })
    const lists = [
      /\/api\/monitoring\/orgs\/[^/]+\/(me\/)?alerts(\?|$)/,
      /\/api\/matching\/orgs\/[^/]+\/programmes\/[^/]+\/runs(\?|$)/,
      /\/api\/onboarding\/orgs\/[^/]+\/programmes\/[^/]+\/people(\?|$)/,
    ]
    // The people waiting are counted by the pipeline's count route.
    const counts = /\/api\/onboarding\/orgs\/[^/]+\/programmes\/[^/]+\/pipeline(\?|$)/
    await page.route(counts, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ counts: {} }) }))
    for (const list of lists) await page.route(list, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: empty }))
    await page.goto(`${platform.url}/orgs/${PLS}`)
    const work = page.getByRole('region', { name: fr.dayWork.title })
    await work.getByText(fr.dayWork.nothing).waitFor()
    expect(await work.textContent()).toMatch(/Suivi quotidien passé le /)
    expect(await work.getByRole('list').count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'home-nothing.png'), fullPage: true })
    for (const list of lists) await page.unroute(list)
    await page.unroute(counts)
  })
})

