/**
 * The review of a run in a real browser: the MentorYou coordinator opens the demo programme's run, opens a mentee's
 * alternatives with their exact losses, excludes one of those pairs, sees the rule listed, and runs again with it; then
 * starts a run whose losses take many worker invocations (2 mentees each) and follows their progress until they are
 * ready — with axe and screenshots (tests/artifacts/matching-review-*.png) on a desktop and on a 390 px phone.
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS, PLS_PROGRAMME, signIn } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

const COORDINATOR = 'coordination@mentoryou.demo'

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  session = await browserSession('review', COORDINATOR, {
    // The whole demo with its first runs; each worker invocation writes 2 mentees' alternatives, then hands over to a
    // continuation message (as a national run does every 250 mentees when its time runs out).
    platform: { demoRuns: true, matchingLosses: { chunk: 2, budgetMs: 0 } },
    // The other coordinator starts the run.
    async prepare(p) {
      const coordinator = await signIn(p, 'coordination2@mentoryou.demo')
      expect((await coordinator.post(`/api/matching/orgs/${PLS}/programmes/${PLS_PROGRAMME}/runs`, {})).status).toBe(202)
      await p.drain()
    },
  })
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const shoot = (name: string) => session.shoot(name)

describe('reviewing a run: alternatives, pair rules, re-run', () => {
  it('opens a mentee’s alternatives with their losses, excludes a pair and runs again', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
    await page.getByRole('button', { name: /^Voir le matching du/ }).first().click()
    const open = page.getByRole('button', { name: /^Voir les alternatives pour / }).first()
    await open.waitFor()
    const name = (await open.getAttribute('aria-label'))!.replace('Voir les alternatives pour ', '')
    await open.click()
    const panel = page.locator('section[aria-labelledby="alternatives-title"]')
    await panel.locator('tbody tr').first().waitFor()
    expect(await panel.locator('h4').textContent()).toContain(name)
    // The suggested mentor first, then the others with their loss in points.
    expect(await panel.locator('tbody tr').first().textContent()).toContain(fr.matching.review.suggested)
    const rows = await panel.locator('tbody tr').count()
    expect(rows).toBeGreaterThan(1)
    expect(await panel.locator('tbody tr').nth(1).textContent()).toMatch(/−\d+(,\d+)? pts/)
    await shoot('matching-review-alternatives')

    await panel.locator('tbody tr').nth(1).getByRole('button', { name: /^Exclure / }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: fr.matching.review.done.exclude }).count()).toBe(1)
    expect(await page.locator('#pair-rules-title').textContent()).toContain('1 règle sur les binômes')
    await shoot('matching-review-excluded')

    const runsBefore = await page.getByRole('button', { name: /^Voir le matching du/ }).count()
    await page.getByRole('button', { name: fr.matching.review.rerun }).click()
    const status = page.locator('section[aria-labelledby="run-result-title"] [role="status"]').first()
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toContain(fr.status.run.completed)
    // The new run, which applied the rule, is in the history with its suggestions.
    await expect.poll(() => page.getByRole('button', { name: /^Voir le matching du/ }).count()).toBe(runsBefore + 1)
    await page.locator('section[aria-labelledby="run-result-title"] tbody tr').first().waitFor()
    await shoot('matching-review-rerun')
  })

  it('shows the exact losses’ progress while the worker computes them, a mentee not reached yet, then the losses ready', async () => {
    await platform.drain()
    // The queue holds the losses' continuations until the test lets them go, so that the progress is seen mid-way
    // whatever the machine's speed; each is then delivered as it was sent. A held message is acknowledged as SQS does,
    // with the MD5 of its body, which the SQS client checks (the worker on the session's event loop sends through it).
    const queue = platform.matchingQueue
    const send = queue.send.bind(queue)
    const held: string[] = []
    const hold = (body: string) => {
      held.push(body)
      return { messageId: `held-${held.length}`, md5OfBody: createHash('md5').update(body, 'utf8').digest('hex') }
    }
    queue.send = (body, options) => (body.includes('"lossesFrom"') ? hold(body) : send(body, options))
    try {
      await page.goto(`${platform.url}/orgs/${PLS}/programmes/${PLS_PROGRAMME}/matching`)
      await page.getByRole('button', { name: fr.matching.start }).click()
      const result = page.locator('section[aria-labelledby="run-result-title"]')
      const label = result.locator('label[for="losses-progress"]')
      await expect.poll(() => label.count(), { timeout: 60_000 }).toBe(1)
      const figures = /^Pertes exactes : (\d+) \/ (\d+) mentoré·es$/
      await expect.poll(async () => (await label.textContent())?.trim() ?? '', { timeout: 30_000 }).toMatch(figures)
      const [, done, total] = (await label.textContent())!.trim().match(figures)!.map(Number)
      expect(done).toBeGreaterThan(0)
      expect(total).toBeGreaterThan(done!)
      expect(await result.locator('progress#losses-progress').getAttribute('value')).toBe(String(done))
      expect(await result.getByRole('status').filter({ hasText: fr.matching.losses.computing }).count()).toBe(1)
      expect(held.length).toBeGreaterThan(0)

      // The last suggested mentee's alternatives come after those of every pair above it: not written yet.
      const open = result.getByRole('button', { name: /^Voir les alternatives pour / }).last()
      const name = (await open.getAttribute('aria-label'))!.replace('Voir les alternatives pour ', '')
      await open.click()
      const panel = page.locator('section[aria-labelledby="alternatives-title"]')
      const waiting = fr.matching.losses.menteeWaiting.replace('{name}', name)
      await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain(waiting)
      expect(await panel.locator('tbody tr').count()).toBe(0)
      await shoot('matching-review-losses-progress')

      queue.send = send
      for (const body of held.splice(0)) send(body)
      // The panel polls the run until its losses are ready, and asks again for the open mentee's alternatives.
      await expect.poll(() => result.getByRole('status').filter({ hasText: 'Pertes exactes prêtes' }).count(), { timeout: 60_000 }).toBe(1)
      expect(await label.count()).toBe(0)
      await panel.locator('tbody tr').first().waitFor({ timeout: 10_000 })
      expect(await panel.textContent()).not.toContain(waiting)
      await shoot('matching-review-losses-ready')
    } finally {
      queue.send = send
      for (const body of held.splice(0)) send(body)
    }
  })
})
