/**
 * A partner user ("partenaire ISP") in a real browser: its home is the people its own service referred and where
 * each stands — never those another service referred or nobody did; it refers a job seeker with the programme's
 * form and a note (a missing answer is asked for next to its question first), and finds them on its list. An admin
 * sees the organisation's network partners. Axe checks every page; screenshots under tests/artifacts/referrals.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { findField } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import { plsMentees, type Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { signInWithSession } from './support/sign-in'
import { artifactsDir } from './support/web-build'

const PARTNER = 'partenaire@mission-locale.demo'
const ADMIN = 'admin@mentoryou.demo'
const shotsDir = join(artifactsDir, 'referrals')
const form = methodologyRules('pls-mentoryou')!.forms.mentee
const question = (id: string) => findField(form, id)!.label.fr
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const labelled = (label: string) => page.getByLabel(new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`))
const name = (i: number) => `${plsMentees[i]!.firstName} ${plsMentees[i]!.lastName}`

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  // The referred people as recruited, before MentorYou's demo duos move some of them on; the demo's first runs kept.
  session = await browserSession('referrals', PARTNER, { platform: { demoRuns: true, demoDuos: false } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
})

afterAll(() => session?.close())

describe('a partner user refers people and follows only its own referrals', () => {
  it('opens on the people its service referred, and on no one else', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}`)
    await page.waitForURL(`${platform.url}/orgs/${PLS}/referrals`)
    await page.getByRole('heading', { level: 1, name: fr.referrals.title }).waitFor()
    const table = page.getByRole('region', { name: 'MentorYou 2026-2027' }).last()
    await table.getByRole('row', { name: new RegExp(name(0)) }).waitFor()
    const text = (await table.textContent()) ?? ''
    // Referred by its service (every third mentee of the demo), at different stages.
    for (const i of [0, 3, 12]) expect(text).toContain(name(i))
    // Mentees 0 and 3 wait, ready, for matching; mentee 12 has just applied (the demo's pipeline).
    expect(text).toContain(fr.status.person.ready)
    expect(text).toContain(fr.status.person.applied)
    // Referred by the social service, or by nobody: absent.
    for (const i of [1, 4, 13]) expect(text).not.toContain(name(i))
    // Only the answers the programme lets partners see, under their question: here "referred by", nothing else.
    expect(text).toContain(`${question('referredBy')} : `)
    expect(text).not.toContain(question('sector'))
    expect(await page.getByRole('link', { name: fr.nav.programmes }).count()).toBe(0)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'partner-home.png'), fullPage: true })
  })

  it('refers a job seeker with the programme’s form and a note; a missing answer is asked for first', async () => {
    await page.getByRole('link', { name: fr.referrals.refer }).click()
    await page.getByRole('heading', { level: 1, name: fr.referrals.newTitle }).waitFor()
    await labelled(fr.person.firstName).fill('Meron')
    await labelled(fr.person.lastName).fill('Gebremedhin')
    await labelled(fr.person.email).fill('meron.gebremedhin@exemple.be')
    await labelled(fr.person.birthDate).fill('02/11/1993')
    await labelled(fr.referrals.noteLabel).fill('Suivie chez nous depuis mars, très motivée.')
    await page.getByRole('button', { name: fr.referrals.submit }).click()
    await expect.poll(() => labelled(question('sector')).getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toMatch(/\/referrals\/new/)
    expect(await labelled(fr.person.firstName).inputValue()).toBe('Meron')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'refer-errors.png'), fullPage: true })

    await labelled(question('workPermit')).selectOption('yes')
    await labelled(question('jobSeekerRegistered')).selectOption('yes')
    await labelled(question('locality')).fill('Schaerbeek')
    await page.getByRole('button', { name: fr.person.addLanguage }).click()
    await labelled('Langue 1').selectOption('ti')
    await labelled('Niveau de la langue 1').selectOption('native')
    await labelled(question('sector')).selectOption('healthcare')
    await labelled(question('function')).selectOption('nurse')
    await labelled(question('path')).fill('Infirmière à Asmara pendant huit ans')
    await labelled(question('motivation')).fill('Reprendre mon métier')
    await labelled(question('expectations')).fill('Faire reconnaître mon diplôme')
    await page.getByRole('button', { name: fr.referrals.submit }).click()

    await page.waitForURL(/\/referrals\?referred=/)
    await page.getByRole('status').filter({ hasText: 'Meron Gebremedhin' }).waitFor()
    const row = page.getByRole('region', { name: 'MentorYou 2026-2027' }).last().getByRole('row', { name: /Meron Gebremedhin/ })
    const rowText = (await row.textContent()) ?? ''
    expect(rowText).toContain(fr.status.person.applied)
    expect(rowText).toContain('Suivie chez nous depuis mars')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'partner-home-after.png'), fullPage: true })
  })

  it('an admin sees the organisation’s network partners', async () => {
    await page.getByRole('button', { name: fr.header.signOut }).click()
    await page.waitForURL(/\/signin/)
    await signInWithSession(page, platform, ADMIN)
    await page.goto(`${platform.url}/orgs/${PLS}/network`)
    const list = page.getByRole('region', { name: fr.network.listTitle }).last()
    await list.getByRole('row', { name: /Antenne Emploi Schaerbeek/ }).waitFor()
    const text = (await list.textContent()) ?? ''
    for (const shown of ['Maison du français d’Ixelles', fr.network.kind.receives, fr.network.inactive]) expect(text).toContain(shown)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'network.png'), fullPage: true })

    // A partner's page: its details to edit, and the people it referred, the one referred above among them.
    await list.getByRole('link', { name: 'Antenne Emploi Schaerbeek' }).click()
    await page.getByRole('heading', { level: 1, name: 'Antenne Emploi Schaerbeek' }).waitFor()
    const referred = page.getByRole('region', { name: 'Personnes orientées vers MentorYou 2026-2027' }).last()
    await referred.getByRole('row', { name: /Meron Gebremedhin/ }).waitFor()
    expect(await referred.textContent()).toContain(name(0))
    expect(await referred.textContent()).not.toContain(name(4))
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'network-partner.png'), fullPage: true })
  })
})
