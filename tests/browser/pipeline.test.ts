/**
 * Recruitment and selection in a real browser: a coordinator sees the People tab as a board by stage and as a
 * filtered list whose address can be shared, records a mentee's interview with the eligibility checklist, is told in
 * words why the acceptance is refused while a blocking item is not met, accepts once it is met, and refuses another
 * mentee with a reason and a referral — each step on the person's timeline; axe on every screen, screenshots.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { methodologyRules } from '@binome/core/methodologies'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME } from '../support/client'
import { seriousViolations } from './support/axe'
import { browserSession, type BrowserSession } from './support/session'
import { artifactsDir } from './support/web-build'

const COORDINATOR = 'coordination@mentoryou.demo'
const shotsDir = join(artifactsDir, 'pipeline')
const eligibility = methodologyRules('pls-mentoryou')!.eligibility.filter((i) => i.side === 'mentee')
const permit = eligibility.find((i) => i.id === 'mentee-foreign-job-seeker-with-permit')!

let session: BrowserSession
let platform: Platform
let page: Page

const peopleUrl = () => `${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/people`
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The control labelled exactly `label` (a required one's label ends with a mark hidden from screen readers). */
const labelled = (label: string) => page.getByLabel(new RegExp(`^\\s*${escape(label)}\\s*\\*?\\s*$`))
const shoot = (name: string) => page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true })
const pipeline = () => page.getByRole('region', { name: fr.pipeline.title })
const timeline = () => page.getByRole('region', { name: fr.timeline.title })

/** Opens the first mentee of the list filtered on a stage (through the address, as a shared link would) and names them. */
async function openFirstMentee(stage: string): Promise<string> {
  await page.goto(`${peopleUrl()}?view=list&kind=mentee&stage=${stage}`)
  const link = page.getByRole('table').getByRole('row').nth(1).getByRole('link')
  const name = ((await link.textContent()) ?? '').trim()
  await link.click()
  await page.getByRole('heading', { level: 2, name }).waitFor()
  return name
}

beforeAll(async () => {
  // The whole demo with its first runs, the coordinator signed in.
  session = await browserSession('pipeline', COORDINATOR, { platform: { demoRuns: true } })
  ;({ platform, page } = session)
  mkdirSync(shotsDir, { recursive: true })
})

afterAll(() => session?.close())

describe('the People tab', () => {
  it('shows the board by stage, each column counted, with the first cards', async () => {
    await page.goto(peopleUrl())
    await page.getByRole('heading', { level: 2, name: fr.people.title }).waitFor()
    const ready = page.getByRole('region', { name: new RegExp(`^${escape(fr.status.person.ready)}`) })
    // The demo programme: 15 mentors and 15 mentees, most of them ready to be matched.
    expect(await ready.getByRole('heading', { level: 3 }).textContent()).toMatch(/\d+/)
    const count = Number((await ready.locator('.count').textContent())?.trim())
    expect(count).toBeGreaterThan(5)
    expect(await ready.getByRole('listitem').count()).toBe(5)
    // Every column is there, in the pipeline's order, and the seen stages' cards name the side.
    const heads = await page.locator('.board h3').allTextContents()
    expect(heads.map((h) => h.replace(/\d+/g, '').trim())).toEqual(Object.values(fr.status.person))
    expect(await seriousViolations(page)).toEqual([])
    await shoot('board')

    // "more" opens the list filtered on that stage.
    await ready.getByRole('link', { name: new RegExp(`^Voir les ${count} personnes`) }).click()
    await page.waitForURL(/view=list&stage=ready/)
    await page.getByRole('table').waitFor()
    expect(await page.getByRole('status').filter({ hasText: /correspondent à ces filtres/ }).textContent()).toContain(`${count} personnes`)
  })

  it('filters the list from a form kept in the address, by the keyboard', async () => {
    await page.goto(`${peopleUrl()}?view=list`)
    await page.getByRole('table').waitFor()
    await labelled(fr.people.filters.kind).selectOption('mentee')
    await labelled(fr.people.filters.stage).selectOption('applied')
    await labelled(fr.people.filters.q).focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/view=list&kind=mentee&stage=applied/)
    const rows = page.getByRole('table').getByRole('row')
    await expect.poll(() => rows.count()).toBe(5) // the header, the two demo mentees who just applied and the two who applied online
    for (const cell of await page.getByRole('table').locator('tbody td:nth-child(3)').allTextContents()) {
      expect(cell.trim()).toBe(fr.status.person.applied)
    }
    expect(await page.getByText(/4 éléments affichés/).count()).toBe(1)
    // Reloading the address gives the same view: the filters live in it.
    await page.reload()
    await page.getByRole('table').waitFor()
    expect(await labelled(fr.people.filters.stage).inputValue()).toBe('applied')
    expect(await seriousViolations(page)).toEqual([])
    await shoot('list-filtered')

    // The board keeps the filters: one column, the applied mentees.
    await page.getByRole('navigation', { name: fr.people.views.label }).getByRole('link', { name: fr.people.views.board }).click()
    await page.waitForURL(/people\?kind=mentee&stage=applied$/)
    expect(await page.locator('.board h3').count()).toBe(1)
  })
})

describe('interview and decision', () => {
  let accepted = ''

  it('records the interview with the eligibility checklist; a blocking item not met refuses the acceptance in words', async () => {
    accepted = await openFirstMentee('informed')
    expect(await pipeline().textContent()).toContain(fr.status.person.informed)
    await pipeline().getByRole('button', { name: fr.pipeline.interview.record }).click()
    const form = page.getByRole('region', { name: fr.pipeline.interview.title })
    await form.waitFor()
    await labelled(fr.pipeline.interview.duration).fill('55')
    await form.getByRole('checkbox', { name: fr.pipeline.interview.commitsToDuration }).check()
    await form.getByRole('checkbox', { name: fr.pipeline.interview.commitsToFrequency }).check()
    await labelled(fr.pipeline.interview.expectations).fill('Retrouver un emploi d’aide-soignante, réalistes à six mois.')
    await labelled(fr.pipeline.interview.notes).fill('Entretien d’une heure au bureau de Saint-Gilles.')
    for (const item of eligibility) {
      const group = form.getByRole('group', { name: new RegExp(`^${escape(item.label.fr)}`) })
      // The permit is not there yet: not met, with what was seen.
      await group.getByRole('radio', { name: item === permit ? fr.pipeline.interview.notMet : fr.pipeline.interview.met, exact: true }).check()
      if (item === permit) await group.getByRole('textbox').fill('Titre de séjour en renouvellement, annexe 15 seulement')
    }
    expect(await seriousViolations(page)).toEqual([])
    await shoot('interview-form')
    await form.getByRole('button', { name: fr.pipeline.interview.save }).click()
    await pipeline().getByText(fr.pipeline.interview.saved).waitFor()
    expect(await pipeline().textContent()).toContain(fr.status.person.interviewed)

    await pipeline().getByRole('button', { name: fr.pipeline.events.accept }).click()
    const refusal = pipeline().getByRole('alert')
    await refusal.filter({ hasText: 'Une condition bloquante n’est pas remplie' }).waitFor()
    // The unmet item is marked, named, and the person stays interviewed.
    expect(await pipeline().locator('li.unmet').textContent()).toContain(permit.label.fr)
    expect(await pipeline().textContent()).toContain(fr.fieldReasons['blocking-not-met'])
    expect(await pipeline().textContent()).toContain(fr.status.person.interviewed)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('accept-refused')
  })

  it('accepts the mentee once the blocking item is met, and the timeline tells each step', async () => {
    await pipeline().getByRole('button', { name: fr.pipeline.interview.edit }).click()
    const form = page.getByRole('region', { name: fr.pipeline.interview.title })
    const group = form.getByRole('group', { name: new RegExp(`^${escape(permit.label.fr)}`) })
    await group.getByRole('radio', { name: fr.pipeline.interview.met, exact: true }).check()
    await group.getByRole('textbox').fill('Titre de séjour A renouvelé le 25/11, vu en original')
    await form.getByRole('button', { name: fr.pipeline.interview.save }).click()
    await pipeline().getByText(fr.pipeline.interview.saved).waitFor()
    await pipeline().getByRole('button', { name: fr.pipeline.events.accept }).click()
    await pipeline().getByText(/maintenant à l’étape « Accepté·e »/).waitFor()
    expect(await pipeline().locator('.current').textContent()).toContain(fr.status.person.accepted)

    const entries = timeline().getByRole('listitem')
    // Newest first: the acceptance, then the interviews, by the coordinator (named from the members list).
    expect(await entries.first().textContent()).toContain(`${fr.status.person.interviewed} → ${fr.status.person.accepted}`)
    expect(await timeline().textContent()).toContain(fr.timeline.interview)
    expect(await entries.first().textContent()).not.toContain(fr.timeline.aMember)
    expect(await seriousViolations(page)).toEqual([])
    await shoot('accepted')
    expect(accepted).not.toBe('')
  })

  it('refuses another mentee: the reason is required, the referral recorded and shown', async () => {
    const refused = await openFirstMentee('applied')
    expect(refused).not.toBe(accepted)
    await pipeline().getByRole('button', { name: fr.pipeline.events.refuse }).click()
    const form = page.getByRole('region', { name: fr.pipeline.refuse.title })
    await form.getByRole('button', { name: fr.pipeline.refuse.confirm }).click()
    // Without a reason nothing is sent: the field says it is required.
    await expect.poll(() => labelled(fr.pipeline.refuse.reason).getAttribute('aria-invalid')).toBe('true')
    expect(await pipeline().textContent()).toContain(fr.status.person.applied)
    await labelled(fr.pipeline.refuse.reason).fill('Cherche une formation qualifiante avant un emploi : le mentorat viendra après.')
    // The organisation's network partners that receive people are offered by name.
    await labelled(fr.pipeline.refuse.referredTo).selectOption({ label: 'Centre de formation Cureghem Métiers' })
    expect(await seriousViolations(page)).toEqual([])
    await shoot('refuse-form')
    await form.getByRole('button', { name: fr.pipeline.refuse.confirm }).click()
    await pipeline().getByText(/maintenant à l’étape « Refusé·e »/).waitFor()
    const text = (await pipeline().textContent()) ?? ''
    expect(text).toContain('Cherche une formation qualifiante')
    expect(text).toContain(fr.pipeline.decision.referredTo)
    expect(text).toContain('Centre de formation Cureghem Métiers')
    // Reopening is the only way on from a refusal (besides closing).
    expect(await pipeline().getByRole('button', { name: fr.pipeline.events.accept }).count()).toBe(0)
    expect(await pipeline().getByRole('button', { name: fr.pipeline.events.reopen }).count()).toBe(1)

    const first = timeline().getByRole('listitem').first()
    expect(await first.textContent()).toContain(`${fr.status.person.applied} → ${fr.status.person.refused}`)
    expect(await first.textContent()).toContain('Centre de formation Cureghem Métiers')

    // A note lands on top of the timeline.
    await labelled(fr.timeline.addNote).fill('Rappelée le 30/11 : inscrite à la session de janvier de Bruxelles Formation.')
    await timeline().getByRole('button', { name: fr.timeline.saveNote }).click()
    await timeline().getByText(fr.timeline.noteAdded).waitFor()
    expect(await timeline().getByRole('listitem').first().textContent()).toContain('session de janvier')
    expect(await seriousViolations(page)).toEqual([])
    await shoot('refused')
  })
})
