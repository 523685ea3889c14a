/**
 * Removing a member from the keyboard, in a real browser: the confirmation dialog takes focus, Escape gives it back
 * to the Remove button, and once the member is removed (their row, and the button with it, gone) focus goes on from
 * the list's heading rather than falling back to the page's start. With axe and screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../web/src/lib/i18n/fr.json'
import { PLS } from '../support/client'
import { browserSession, type BrowserSession } from './support/session'

let session: BrowserSession
let platform: Platform
let page: Page

beforeAll(async () => {
  session = await browserSession('members', 'admin@mentoryou.demo')
  ;({ platform, page } = session)
})

afterAll(() => session?.close())

const focusedId = () => page.evaluate<string | undefined>('document.activeElement?.id')
const focusedLabel = () => page.evaluate<string | null | undefined>("document.activeElement?.getAttribute('aria-label')")

describe('removing a member from the keyboard', () => {
  it('confirms in a dialog, and goes on from the list once the member is gone', async () => {
    await page.goto(`${platform.url}/orgs/${PLS}/members`)
    const form = page.locator('form', { has: page.getByLabel(fr.members.email) })
    await form.getByLabel(fr.members.email).fill('de-passage@pls.demo')
    await form.getByLabel(fr.members.name).fill('De Passage')
    await form.getByRole('button', { name: fr.members.invite }).click()
    const row = page.getByRole('row').filter({ hasText: 'de-passage@pls.demo' })
    await row.waitFor()

    const removeLabel = fr.members.removeOf.replace('{name}', 'De Passage')
    await row.getByRole('button', { name: removeLabel }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: fr.members.removeTitle })
    await dialog.waitFor()
    await session.shoot('members-remove-dialog')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await focusedLabel()).toBe(removeLabel)

    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await dialog.getByRole('button', { name: fr.members.remove, exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('status').filter({ hasText: fr.members.removed.replace('{name}', 'De Passage') }).waitFor()
    expect(await row.count()).toBe(0)
    await expect.poll(focusedId).toBe('member-list-title')
    await session.shoot('members-removed')
  })
})
