/**
 * A duo from a run's suggestion to its start, in real browsers (issue 9): the MentorYou coordinator proposes the
 * demo mentee Amina Haddad to the demo mentor Sophie Lambert from the run's review; Sophie opens the link of the
 * proposal e-mail (read from the local outbox) in her own tab and accepts; the coordinator fixes the first meeting; each
 * side says it went well from their portal; the coordinator generates the contract; Sophie, then Amina, read and sign
 * it in their portal, and the coordinator signs it for the organisation; the duo shows active on the Duos tab. Axe on
 * each screen and screenshots (tests/artifacts/duo-*.png) of the portal's proposal, the portal's contract signing and
 * the staff duo page.
 */
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInWithSession } from './support/sign-in'

const COORDINATOR = 'coordination@mentoryou.demo'
const MENTOR = 'mentor@mentoryou.demo'
const MENTEE = 'mentee@mentoryou.demo'
const programmeUrl = () => `${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}`

let session: BrowserSession
let platform: Platform
let shotsDir: string
let staff: Page
let other: ApiClient
let duoId: string

/**
 * A tab of its own for each person, signed in once with a session of its own: the app keeps its session in the tab's
 * sessionStorage (only the language is in localStorage), so tabs of one browser are separate people.
 */
const pages = new Map<string, Page>()
async function personPage(email: string): Promise<Page> {
  const known = pages.get(email)
  if (known) return known
  const page = await session.browser.context.newPage()
  await signInWithSession(page, platform, email)
  pages.set(email, page)
  return page
}

async function shoot(page: Page, name: string) {
  expect(await seriousViolations(page), name).toEqual([])
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
}

/** Waits for the page's success message. */
const saysDone = (page: Page, text: string) => expect.poll(() => page.getByText(text).count(), { timeout: 20_000 }).toBeGreaterThan(0)

beforeAll(async () => {
  // From the people ready to match, without the demo's own duos; a run whose only rule locks Amina with Sophie, so
  // that the review suggests that pair (the other coordinator sets it, before the coordinator's browser signs in).
  session = await browserSession('duo', COORDINATOR, {
    platform: { demoDuos: false },
    async prepare(p) {
      other = await signIn(p, 'coordination2@mentoryou.demo')
      const rules = `/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}`
      expect((await other.put(`${rules}/pair-rules/mentee-01/mentor-01`, { kind: 'lock', note: 'Se connaissent par le réseau de PLS' })).status).toBe(200)
      expect((await other.post(`${rules}/runs`, {})).status).toBe(202)
      await p.drain()
    },
  })
  ;({ platform, page: staff, shotsDir } = session)
  pages.set(COORDINATOR, staff)
})

afterAll(() => session?.close())

describe('a duo from the run to its start', () => {
  it('is proposed from the run’s review and accepted by the mentor from the e-mail’s link', async () => {
    await staff.goto(`${programmeUrl()}/matching`)
    await staff.getByRole('button', { name: /^Voir le matching du/ }).first().click()
    await staff.getByRole('checkbox', { name: 'Sélectionner le binôme Amina Haddad → Sophie Lambert' }).check()
    await staff.getByRole('button', { name: 'Proposer 1 binôme' }).click()
    await saysDone(staff, '1 binôme proposé.')

    // The proposal e-mail to Sophie links to the duo's page in her portal.
    const sophie = (await other.get(`/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/mentor-01`)).body
    const mail = platform.outbox.list({ to: sophie.email }).find((m) => /\/portal\/duos\//.test(m.text ?? ''))!
    const link = /https?:\/\/\S+\/orgs\/pls-mentoryou\/portal\/duos\/([A-Za-z0-9_-]+)/.exec(mail.text!)!
    duoId = link[1]!

    const mentor = await personPage(MENTOR)
    await mentor.goto(link[0])
    await mentor.getByRole('button', { name: fr.portal.proposal.accept, exact: true }).waitFor()
    await mentor.getByRole('heading', { level: 1, name: 'Proposition : Amina' }).waitFor()
    await shoot(mentor, 'duo-portal-proposal')
    await mentor.getByRole('button', { name: fr.portal.proposal.accept, exact: true }).click()
    await saysDone(mentor, fr.portal.done.accept)
  })

  it('has its first meeting fixed by the coordinator and validated by both sides', async () => {
    await staff.goto(`${programmeUrl()}/duos/${duoId}`)
    await staff.getByRole('button', { name: fr.duos.schedule }).click()
    // The meeting took place yesterday (the verdicts come after it).
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleString('sv-SE', { timeZone: 'Europe/Brussels' }).slice(0, 10)
    const [y, m, d] = yesterday.split('-')
    await staff.locator('#duo-meeting-startsAt').fill(`${d}/${m}/${y}`)
    await staff.locator('#duo-meeting-startsAt-time').fill('10:00')
    await staff.locator('#duo-meeting-place').fill('Banque, Avenue Louise 54, Ixelles (accueil)')
    await staff.getByRole('button', { name: fr.common.save }).click()
    await saysDone(staff, fr.duos.saved)

    for (const email of [MENTOR, MENTEE]) {
      const page = await personPage(email)
      await page.goto(`${platform.url}/orgs/${PLS}/portal/duos/${duoId}`)
      await page.getByRole('button', { name: fr.portal.verdict.validate }).click()
      await saysDone(page, fr.portal.done.validate)
    }
  })

  it('gets its contract, signed by the mentor, the mentee and the organisation, and starts', async () => {
    await staff.goto(`${programmeUrl()}/duos/${duoId}`)
    await staff.getByRole('button', { name: fr.duos.contract.generate }).click()
    await saysDone(staff, fr.duos.contract.generated)

    for (const email of [MENTOR, MENTEE]) {
      const page = await personPage(email)
      await page.goto(`${platform.url}/orgs/${PLS}/portal/duos/${duoId}`)
      await page.getByText(fr.portal.contract.toSign).waitFor()
      await page.getByRole('button', { name: fr.portal.contract.download }).click()
      await page.getByRole('checkbox', { name: /^J’ai lu le contrat \(version 1\)/ }).check()
      if (email === MENTOR) await shoot(page, 'duo-portal-contract')
      await page.getByRole('button', { name: fr.portal.contract.sign }).click()
      await saysDone(page, fr.portal.done.sign)
    }

    await staff.reload()
    await staff.getByRole('button', { name: fr.duos.contract.download }).click()
    await staff.getByRole('checkbox', { name: /^J’ai lu le contrat \(version 1\)/ }).check()
    await staff.getByRole('button', { name: fr.duos.contract.signForOrg }).click()
    await saysDone(staff, fr.duos.contract.signed)
    await staff.getByText(fr.duos.period).waitFor()
    await shoot(staff, 'duo-staff')

    // The Duos tab lists it among the active duos.
    await staff.goto(`${programmeUrl()}/duos?state=active`)
    await expect.poll(() => staff.getByRole('row').filter({ hasText: 'Amina Haddad' }).count(), { timeout: 20_000 }).toBe(1)

    // Started, the duo is no longer a proposal in Sophie's portal: Amina is her mentee.
    const mentor = await personPage(MENTOR)
    await mentor.goto(`${platform.url}/orgs/${PLS}/portal`)
    await mentor.getByRole('heading', { level: 2, name: 'Votre mentoré·e : Amina' }).waitFor()
    expect(await mentor.getByRole('heading', { name: /^Proposition/ }).count()).toBe(0)
  })
})
