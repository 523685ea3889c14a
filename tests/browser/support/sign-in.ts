import type { Page } from 'playwright-core'
import type { Platform } from '@binome/local'
import fr from '../../../web/src/lib/i18n/fr.json'
import { latestCode } from '../../support/client'

/**
 * Signs `email` in through the French sign-in page as a person does (address, code from the local outbox, verify)
 * and waits for the home page.
 *
 * @example
 * await signInThroughUi(page, platform, 'coordination@mentoryou.demo')
 */
export async function signInThroughUi(page: Page, platform: Platform, email: string): Promise<void> {
  await page.goto(`${platform.url}/signin`)
  await page.getByLabel(fr.signin.email).fill(email)
  await page.getByRole('button', { name: fr.signin.sendCode }).click()
  await page.getByLabel(fr.signin.code).fill(await latestCode(platform, email))
  await page.getByRole('button', { name: fr.signin.verify, exact: true }).click()
  await page.waitForURL(`${platform.url}/`)
}
