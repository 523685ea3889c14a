/**
 * Consent on a person's page in a real browser (issue 12): the demo coordinator opens an applicant who applied through
 * the public form, sees the consent they gave (which notice, when), records its withdrawal — a confirmation step first,
 * its button focused — and sees the consent marked withdrawn and the path closed, with no withdrawal offered any more;
 * the API says the same. The same page lists the e-mails the platform sent the person (here a session invitation).
 * axe on every screen, screenshots.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn, type ApiClient } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { artifactsDir } from './support/web-build'

const COORDINATOR = 'coordination@mentoryou.demo'
// The API checks go through another account: a second code for the same address within 30 s is not sent.
const ADMIN = 'admin@mentoryou.demo'
const shotsDir = join(artifactsDir, 'consent')
const programme = `/api/onboarding/orgs/${PLS}/programmes/${PLS_PROGRAMME}`

let session: BrowserSession
let platform: Platform
let page: Page
let api: ApiClient

const shoot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
const today = () => {
  const d = new Date()
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`
}

beforeAll(async () => {
  // The whole demo with its first runs, the coordinator signed in (consent here is a person's page, not the sign-in's).
  session = await browserSession('consent', COORDINATOR, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
  api = await signIn(platform, ADMIN)
})

afterAll(() => session?.close())

/** A demo applicant of the PLS programme whose consent is still given and whose path is open. */
async function applicantWithConsent(): Promise<{ id: string; firstName: string; lastName: string }> {
  const applied = (await api.get(`${programme}/people?stage=applied&kind=mentee&limit=100`)).body.items as { id: string; firstName: string; lastName: string }[]
  for (const person of applied) {
    const consents = (await api.get(`${programme}/people/${person.id}/consents`)).body.items as { consent: { withdrawnAt?: string } }[]
    if (consents.length > 0 && consents.every((c) => !c.consent.withdrawnAt)) return person
  }
  throw new Error('the demo has no applicant with a consent given')
}

describe('consent on a person’s page', () => {
  it('withdraws a consent after a confirmation: shown withdrawn, the path closed', async () => {
    const person = await applicantWithConsent()
    // An invitation to a session, so the page has an e-mail to list.
    const infoSession = (await api.post(`${programme}/sessions`, {
      kind: 'information', title: 'Séance d’information de décembre', startsAt: '2026-12-17T18:00', durationMinutes: 60,
      place: 'Rue Coenraets 72, Saint-Gilles', videoLink: null, capacity: 10, topics: ['who-can-take-part'],
    })).body
    expect((await api.post(`${programme}/sessions/${infoSession.id}/invitations`, { personIds: [person.id] })).status).toBe(200)
    const [invitation] = (await api.get(`${programme}/people/${person.id}/mails`)).body.items

    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people/${person.id}`)
    await page.getByRole('heading', { level: 2, name: `${person.firstName} ${person.lastName}` }).waitFor()
    const panel = page.getByRole('region', { name: fr.consent.title })
    const line = panel.getByRole('listitem').first()
    await line.waitFor()
    expect(await line.textContent()).toContain(fr.consent.given.split(' {date}')[0]!)
    expect(await line.textContent()).not.toContain(fr.consent.withdrawnOn.split(' {date}')[0]!)

    // The e-mails sent: the invitation, with its subject and address.
    const mails = page.getByRole('region', { name: fr.person.mails.title })
    await mails.getByText(invitation.subject).waitFor()
    expect(await mails.textContent()).toContain(invitation.to)
    expect(await mails.textContent()).toContain(fr.rules.templates.kinds['email-information-session'])
    expect(await seriousViolations(page)).toEqual([])
    await shoot('consent-given')

    // The withdrawal asks first; its confirmation button takes the focus; cancelling changes nothing.
    await panel.getByRole('button', { name: fr.consent.withdraw }).click()
    const confirm = panel.getByRole('group')
    await confirm.getByText(fr.consent.confirm).waitFor()
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('consent-withdraw-confirm')
    expect(await seriousViolations(page)).toEqual([])
    await shoot('consent-confirm')
    await confirm.getByRole('button', { name: fr.common.cancel }).click()
    expect(await confirm.count()).toBe(0)
    expect((await api.get(`${programme}/people/${person.id}`)).body.stage).toBe('applied')

    await panel.getByRole('button', { name: fr.consent.withdraw }).click()
    await panel.getByRole('group').getByRole('button', { name: fr.consent.withdraw }).click()
    await panel.getByText(fr.consent.withdrawn).waitFor()
    await line.getByText(fr.consent.withdrawnOn.replace('{date}', today())).waitFor()
    // The path is closed on the page (the pipeline reads the person again), and no withdrawal is offered any more.
    const pipeline = page.getByRole('region', { name: fr.pipeline.title })
    await pipeline.getByText(fr.status.person.closed).first().waitFor()
    expect(await panel.getByRole('button', { name: fr.consent.withdraw }).count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('consent-withdrawn')

    // What is stored says the same: the consent kept as withdrawn, the path closed, the timeline told why.
    const stored = (await api.get(`${programme}/people/${person.id}`)).body
    expect(stored.stage).toBe('closed')
    const consents = (await api.get(`${programme}/people/${person.id}/consents`)).body.items
    expect(consents.every((c: { consent: { withdrawnAt?: string } }) => Boolean(c.consent.withdrawnAt))).toBe(true)
    const timeline = (await api.get(`${programme}/people/${person.id}/timeline?limit=5`)).body.items
    expect(timeline[0]).toMatchObject({ kind: 'consent-withdrawn', stage: { from: 'applied', to: 'closed' } })
  })
})
