/**
 * A coordinator enters a mentee in a real browser: the People tab's list shows facets with the form's labels, the new
 * person page renders the PLS intake form by field kind, required answers are asked for next to their question,
 * and the person's page shows the answers in French — with axe checking each page on the way. Screenshots.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { findField } from '@binome/core'
import { methodologyRules } from '@binome/core/methodologies'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { artifactsDir } from './support/web-build'

const COORDINATOR = 'coordination@mentoryou.demo'
const shotsDir = join(artifactsDir, 'people')
const form = methodologyRules('pls-mentoryou')!.forms.mentee
/** A question of the PLS mentee form, by its French label. */
const question = (id: string) => findField(form, id)!.label.fr

/** The control labelled exactly `label` (a required one's label ends with a mark hidden from screen readers). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const labelled = (label: string) => page.getByLabel(new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`))

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  // The whole demo with its first runs, the coordinator signed in.
  session = await browserSession('people', COORDINATOR, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
})

afterAll(() => session?.close())

describe('people as answers to the programme’s form', () => {
  it('lists the seeded people with their sector and languages in French', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people?view=list&kind=mentor`)
    const sophie = page.getByRole('table').getByRole('row', { name: /Sophie Lambert/ })
    await sophie.waitFor()
    // The option's French label, not its stored value; languages named, not coded.
    expect(await sophie.textContent()).toContain('Banque et assurances')
    expect(await sophie.textContent()).toMatch(/français.*anglais/)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'people-list.png'), fullPage: true })
  })

  it('lines up the filters of each row: labels on one line, controls on one line, the hinted partner filter too', async () => {
    const filters = page.getByRole('search', { name: fr.people.filters.title })
    const ids = ['q', 'kind', 'stage', 'locality', 'sector', 'language', 'referredBy']
    const boxes = await Promise.all(ids.map(async (id) => ({
      id,
      control: (await filters.locator(`#filter-${id}`).boundingBox())!,
      label: (await filters.locator(`label[for="filter-${id}"]`).boundingBox())!,
    })))
    // The grid's rows as they wrapped: a filter starts a new row when it sits left of the one before.
    const rows: (typeof boxes)[] = []
    for (const box of boxes) {
      const row = rows.at(-1)
      if (row && box.control.x > row.at(-1)!.control.x) row.push(box)
      else rows.push([box])
    }
    expect(rows.length).toBeLessThan(ids.length) // a real row of several filters, not a column
    const spread = (values: number[]) => Math.max(...values) - Math.min(...values)
    for (const row of rows) {
      const which = row.map((b) => b.id).join(', ')
      expect(spread(row.map((b) => b.control.y)), `controls' tops in ${which}`).toBeLessThanOrEqual(2)
      expect(spread(row.map((b) => b.label.y)), `labels' tops in ${which}`).toBeLessThanOrEqual(2)
    }
    await filters.screenshot({ path: join(shotsDir, 'people-filters.png') })
  })

  it('enters a mentee through the form of the programme, field by field', async () => {
    await page.getByRole('link', { name: fr.people.new.mentee }).click()
    await page.getByRole('heading', { level: 2, name: fr.people.new.mentee }).waitFor()
    await labelled(fr.person.firstName).fill('Hana')
    await labelled(fr.person.lastName).fill('Girma')
    await labelled(fr.person.email).fill('hana.girma@exemple.be')
    await labelled(fr.person.birthDate).fill('08/03/1994')
    // Sent without the required answers: each is asked for next to its question, nothing is created.
    await page.getByRole('button', { name: fr.person.create }).click()
    await expect.poll(() => labelled(question('sector')).getAttribute('aria-invalid')).toBe('true')
    expect(page.url()).toMatch(/\/people\/new/)
    expect(await seriousViolations(page)).toEqual([])

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
    await page.getByRole('checkbox', { name: 'Course à pied' }).check()
    await page.screenshot({ path: join(shotsDir, 'new-mentee.png'), fullPage: true })
    await page.getByRole('button', { name: fr.person.create }).click()

    await page.getByRole('heading', { level: 2, name: 'Hana Girma' }).waitFor()
    const answers = page.getByRole('region', { name: fr.person.answers })
    const text = (await answers.textContent()) ?? ''
    for (const shown of ['Santé', 'Infirmier·ère', 'Schaerbeek', 'Course à pied', 'Oui']) expect(text).toContain(shown)
    expect(text).toMatch(/tigrigna \(langue maternelle\)/i)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: join(shotsDir, 'person.png'), fullPage: true })
  })
})
